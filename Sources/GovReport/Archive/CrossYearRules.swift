/// The rules across the reports of one agency (Docs/rules.md, "Across years"):
///
/// - **X1** (error): 四、结转下年度继续办理 of year N = 二、上年结转 of year N+1, per column;
/// - **X2** (warning): 现行有效件数(N) = 现行有效件数(N−1) + 本年制发(N) − 本年废止(N), for 规章 and
///   行政规范性文件 (2021-template tables only: the 2019 template prints no 现行有效件数);
/// - **X3** (warning): one agency and year stored with different figures, one finding per table that differs;
/// - **X4** (info): a year missing between the first and the last year stored.
///
/// Only the rows the two templates share are compared, so 2020 → 2021 is checked like any other pair.
/// A finding that involves a table not read `complete` (or a blank cell) is a warning that says the reading
/// is uncertain, never an error against the publisher.
///
/// ```swift
/// let findings = CrossYearRules().check(AgencySeries.group(archived))
/// findings.map(\.instance)  // ["X1:natural_person", "X1:total"]
/// ```
public struct CrossYearRules: Sendable {
    public var settings: CheckSettings

    public init(settings: CheckSettings = CheckSettings()) { self.settings = settings }

    /// Every finding of every series, by agency, then year, then rule.
    public func check(_ series: [AgencySeries]) -> [SeriesFinding] {
        series.flatMap(check)
    }

    /// X3 for every year stored twice, X1 and X2 for every pair of consecutive years, X4 for every gap.
    public func check(_ series: AgencySeries) -> [SeriesFinding] {
        let years = series.sortedYears
        var findings: [SeriesFinding] = []
        for year in years {
            guard let entry = series.years[year] else { continue }
            for version in entry.versions.dropFirst() {
                findings += versions(version[0], entry.report, agencyKey: series.agencyKey)
            }
            if let previous = series.years[year - 1] {
                findings += carryOver(from: previous.report, to: entry.report, agencyKey: series.agencyKey)
                findings += inForce(from: previous.report, to: entry.report, agencyKey: series.agencyKey)
            }
        }
        if let first = years.first, let last = years.last {
            for year in first...last where series.years[year] == nil {
                findings.append(gap(year, agencyKey: series.agencyKey, before: years.last { $0 < year } ?? first,
                                    after: years.first { $0 > year } ?? last))
            }
        }
        return findings.sorted { ($0.year, $0.finding.rule) < ($1.year, $1.finding.rule) }
    }

    /// X1 between two reports (`older` the year before `newer`), per column of section 三.
    public func carryOver(from older: ArchivedReport, to newer: ArchivedReport, agencyKey: String) -> [SeriesFinding] {
        guard let before = older.report.requests, let now = newer.report.requests,
              let year = newer.year, let previousYear = older.year else { return [] }
        return TemplateRows.requestColumns.compactMap { column -> SeriesFinding? in
            guard let forward = before["carried_forward", column.key], let over = now["carried_over", column.key],
                  abs(forward.value - over.value) > settings.tolerance else { return nil }
            let doubt = CrossYearText.doubt([(older, .requests), (newer, .requests)],
                                            blank: forward.isPlaceholder || over.isPlaceholder)
            let n = FindingText.number
            let col = column.label
            let finding = Finding(
                rule: "X1", severity: doubt == nil ? .error : .warning, table: now, row: "carried_over",
                column: column.key, printed: over.value, expected: forward.value, page: over.page,
                message: "“\(col)”列：\(year)年报告“二、上年结转政府信息公开申请数量”为\(n(over.value))件\(FindingText.page(over.page).zh)，"
                    + "但\(previousYear)年报告“四、结转下年度继续办理”为\(n(forward.value))件\(FindingText.page(forward.page).zh)，两者应相等。"
                    + (doubt?.zh ?? ""),
                messageEnglish: "Column \(column.key): the \(year) report carries over \(n(over.value))\(FindingText.page(over.page).en), "
                    + "but the \(previousYear) report carries forward \(n(forward.value))\(FindingText.page(forward.page).en); they must be equal."
                    + (doubt?.en ?? ""))
            return SeriesFinding(agencyKey: agencyKey, year: year, finding: finding,
                                 subject: ReportReference(newer, page: over.page),
                                 other: ReportReference(older, page: forward.page))
        }
    }

    /// X2 between two reports, for 规章 and 行政规范性文件 of 2021-template section 二 tables.
    public func inForce(from older: ArchivedReport, to newer: ArchivedReport, agencyKey: String) -> [SeriesFinding] {
        guard let before = older.report.proactive, let now = newer.report.proactive,
              let year = newer.year, let previousYear = older.year else { return [] }
        return ["regulations", "normative_documents"].compactMap { row -> SeriesFinding? in
            guard let last = before[row, "in_force"], let issued = now[row, "issued"],
                  let repealed = now[row, "repealed"], let printed = now[row, "in_force"] else { return nil }
            let expected = last.value + issued.value - repealed.value
            guard abs(printed.value - expected) > settings.tolerance else { return nil }
            let doubt = CrossYearText.doubt([(older, .proactive), (newer, .proactive)],
                                            blank: [last, issued, repealed, printed].contains(where: \.isPlaceholder))
            let text = CrossYearText.inForce(row: FindingText.rowLabel(.proactive, now.template, row), key: row,
                                             year: year, previousYear: previousYear, last: last.value,
                                             issued: issued.value, repealed: repealed.value,
                                             printed: printed.value, page: printed.page)
            let finding = Finding(
                rule: "X2", severity: .warning, table: now, row: row, column: "in_force", printed: printed.value,
                expected: expected, page: printed.page,
                message: text.zh + (doubt?.zh ?? ""), messageEnglish: text.en + (doubt?.en ?? ""))
            return SeriesFinding(agencyKey: agencyKey, year: year, finding: finding,
                                 subject: ReportReference(newer, page: printed.page),
                                 other: ReportReference(older, page: last.page))
        }
    }

    /// X3: a version of a year against the one that stands for it, one finding per table that differs.
    func versions(_ version: ArchivedReport, _ preferred: ArchivedReport, agencyKey: String) -> [SeriesFinding] {
        guard let year = preferred.year else { return [] }
        return TableKind.allCases.compactMap { kind -> SeriesFinding? in
            let a = version.report.table(kind), b = preferred.report.table(kind)
            let differences = CrossYearText.differences(a, b, tolerance: settings.tolerance)
            guard let first = differences.first, let table = a ?? b else { return nil }
            let doubt = CrossYearText.doubt([(version, kind), (preferred, kind)], blank: false)
            let text = CrossYearText.versions(table: table, year: year, differences: differences,
                                              paths: (version.path, preferred.path))
            let finding = Finding(
                rule: "X3", severity: .warning, table: table, row: first.row, column: first.column,
                printed: first.value, expected: first.other, page: first.page,
                message: text.zh + (doubt?.zh ?? ""), messageEnglish: text.en + (doubt?.en ?? ""))
            return SeriesFinding(agencyKey: agencyKey, year: year, finding: finding,
                                 subject: ReportReference(version, page: first.page),
                                 other: ReportReference(preferred, page: first.otherPage))
        }
    }

    /// X4: `year` is missing between `before` and `after`.
    func gap(_ year: Int, agencyKey: String, before: Int, after: Int) -> SeriesFinding {
        SeriesFinding(agencyKey: agencyKey, year: year, finding: Finding(
            rule: "X4", severity: .info,
            message: "未找到该机关\(year)年度的报告，而\(before)年和\(after)年的报告均已入库：序列在此中断，跨年核对跳过这一年。",
            messageEnglish: "No \(year) report of this agency is stored, though \(before) and \(after) are: the series has a gap and the cross-year checks skip it."),
            subject: nil, other: nil)
    }
}

extension Report {
    /// The table of a kind, when it was found.
    public func table(_ kind: TableKind) -> Table? {
        switch kind {
        case .proactive: return proactive
        case .requests: return requests
        case .reviewLitigation: return reviewLitigation
        }
    }
}
