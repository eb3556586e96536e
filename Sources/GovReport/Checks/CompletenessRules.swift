/// Completeness rules: what a template report should contain and does not, or contains in the wrong form.
///
/// - C1: a numbered section (一 … 六) was not found.
/// - C2: a template table (sections 二, 三, 四) was not found.
/// - C3: a template row was not found in a table, or a row lacks some of its columns.
/// - C4: a table follows the 2019 template (or prints 2019's single （六）其他处理 row) in a report for 2021 or later.
///   (2019/2020 reports may use the 2021 tables: that is legal and not reported.)
/// - C5: cells printed blank or with a placeholder ("—", "/", "无" …), one finding per table.
/// - C6: the year in the title contradicts the statistics period stated in the text.
enum CompletenessRules {
    static func check(_ report: Report, settings: CheckSettings) -> [Finding] {
        var out: [Finding] = []
        out += missingSections(report, settings)
        out += missingTables(report)
        for table in report.tables {
            out += missingRows(table)
            out += templateMismatch(table, year: ReportYear.year(of: report))
            if settings.reportEmptyCells, let empty = emptyCells(table) { out.append(empty) }
        }
        if let mismatch = yearMismatch(report) { out.append(mismatch) }
        return out
    }

    static func missingSections(_ report: Report, _ settings: CheckSettings) -> [Finding] {
        let found = Set(report.sections.map(\.number))
        return settings.expectedSections.filter { !found.contains($0) }.map { n in
            let numeral = SectionHeadings.numerals[n - 1]
            let heading = headings[n - 1]
            return Finding(rule: "C1", severity: .warning,
                           message: "报告中未找到第\(numeral)部分“\(heading)”。",
                           messageEnglish: "Section \(n) (\(numeral)、\(heading)) was not found in the report.")
        }
    }

    /// The template's section headings, for messages.
    static let headings = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                           "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]

    static func missingTables(_ report: Report) -> [Finding] {
        let present: [TableKind: Table?] = [.proactive: report.proactive, .requests: report.requests,
                                            .reviewLitigation: report.reviewLitigation]
        return TableKind.allCases.filter { present[$0] ?? nil == nil }.map { kind in
            let name = FindingText.tableName(kind)
            return Finding(rule: "C2", severity: .warning, table: kind.rawValue,
                           message: "报告中未找到\(name.zh)，无法核对其数字。",
                           messageEnglish: "\(name.en.prefix(1).uppercased() + name.en.dropFirst()) was not found; its figures cannot be checked.")
        }
    }

    /// Row keys and their columns the table's template prescribes.
    static func expectedRows(_ table: Table) -> [(key: String, columns: [String])] {
        switch table.kind {
        case .requests:
            let columns = TemplateRows.requestColumns.map(\.key)
            // A single （六）其他处理 row in a 2021 table (or split rows in a 2019 one) is C4's concern, not a gap.
            return TemplateRows.requestRows(MatrixRules.form(of: table)).map { ($0.key, columns) }
        case .reviewLitigation:
            return TemplateRows.reviewGroups.map { ($0.key, TemplateRows.reviewColumns.map(\.key)) }
        case .proactive:
            return TemplateRows.proactiveRows(table.template).map { ($0.row.key, $0.columns.map(\.key)) }
        }
    }

    static func missingRows(_ table: Table) -> [Finding] {
        let name = FindingText.tableName(table.kind)
        return expectedRows(table).compactMap { key, columns in
            let label = FindingText.rowLabel(table.kind, table.template, key)
            guard let row = table[key] else {
                return Finding(rule: "C3", severity: .warning, table: table.kind.rawValue, row: key, rowLabel: label,
                               message: "\(name.zh)中未找到“\(label)”这一行。",
                               messageEnglish: "Row \(key) (\(label)) was not found in \(name.en).")
            }
            let missing = columns.filter { row[$0] == nil }
            guard !missing.isEmpty else { return nil }
            let labels = missing.map { FindingText.columnLabel(table.kind, table.template, row: key, $0) }
            return Finding(rule: "C3", severity: .warning, table: table.kind.rawValue, row: key, column: missing[0],
                           rowLabel: label, columnLabel: labels[0], page: row.cells.first?.cell.page,
                           message: "\(name.zh)“\(label)”行缺少“\(labels.joined(separator: "”“"))”列的数字。",
                           messageEnglish: "Row \(key) of \(name.en) lacks the column(s) \(missing.joined(separator: ", ")).")
        }
    }

    static func templateMismatch(_ table: Table, year: Int?) -> [Finding] {
        guard let year, TemplateVersion.implied(byYear: year) == .v2021 else { return [] }
        let name = FindingText.tableName(table.kind)
        if table.template == .v2019 {
            return [Finding(rule: "C4", severity: .warning, table: table.kind.rawValue,
                            page: table.rows.first?.cells.first?.cell.page,
                            message: "这是\(year)年度报告，应使用2021年版模板，但\(name.zh)按2019年版模板印制。",
                            messageEnglish: "This is a \(year) report, which must use the 2021 template, but \(name.en) follows the 2019 template.")]
        }
        if table.kind == .requests, let other = table["other"] {
            return [Finding(rule: "C4", severity: .warning, table: table.kind.rawValue, row: "other",
                            rowLabel: FindingText.rowLabel(.requests, .v2019, "other"), page: other.cells.first?.cell.page,
                            message: "这是\(year)年度报告，2021年版模板把“（六）其他处理”分为三行，但\(name.zh)只印了一行（2019年版格式）。",
                            messageEnglish: "This is a \(year) report: the 2021 template splits （六）其他处理 into three rows, "
                                + "but \(name.en) prints it as one row (the 2019 form).")]
        }
        return []
    }

    static func emptyCells(_ table: Table) -> Finding? {
        let blanks = table.rows.flatMap { row in row.cells.filter { $0.cell.isPlaceholder }.map { (row.key, $0.column, $0.cell) } }
        guard let (row, column, cell) = blanks.first else { return nil }
        let name = FindingText.tableName(table.kind)
        let cellName = FindingText.cellName(table.kind, table.template, row: row, column: column)
        let shown = cell.printed.isEmpty ? "空白" : "“\(cell.printed)”"
        let shownEn = cell.printed.isEmpty ? "blank" : "\"\(cell.printed)\""
        let page = FindingText.page(cell.page)
        return Finding(rule: "C5", severity: .warning, table: table, row: row, column: column,
                       printed: cell.value, expected: nil, page: cell.page,
                       message: "\(name.zh)有\(blanks.count)个单元格未填数字，如\(cellName.zh)印为\(shown)\(page.zh)；这些单元格按0记录，请核实。",
                       messageEnglish: "\(blanks.count) cell(s) of \(name.en) print no number, e.g. \(cellName.en) is \(shownEn)\(page.en); "
                           + "they are recorded as 0, please verify.")
    }

    static func yearMismatch(_ report: Report) -> Finding? {
        guard let titleYear = ReportYear.titleYear(report), let period = ReportYear.statedPeriod(report),
              period.end != titleYear else { return nil }
        let page = FindingText.page(period.page)
        return Finding(rule: "C6", severity: .warning, printed: Double(titleYear), expected: Double(period.end), page: period.page,
                       message: "标题写的是\(titleYear)年，但正文所述统计期限为\(period.start)年至\(period.end)年\(page.zh)。",
                       messageEnglish: "The title says \(titleYear), but the text states a statistics period of \(period.start) to \(period.end)\(page.en).")
    }
}
