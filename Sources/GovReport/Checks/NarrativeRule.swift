/// Rule N1: counts stated in the narrative agree with the tables.
///
/// A claim is checked only when at least one of its readings can be computed from cells that were found;
/// it is raised (a warning) only when it disagrees with every reading that can. A reading whose blank
/// cells could account for the difference is not a disagreement (blank is not zero).
enum NarrativeRule {
    static func check(_ report: Report, settings: CheckSettings) -> [Finding] {
        let texts = narrative(of: report)
        var seen = Set<String>()
        return texts.flatMap { text, page in
            NarrativeClaims.claims(in: text).compactMap { claim -> Finding? in
                guard seen.insert("\(claim.quote)|\(claim.value)").inserted else { return nil }
                return finding(claim, report: report, page: page, settings: settings)
            }
        }
    }

    /// The narrative, one text per section (the preamble first) with the section's page.
    ///
    /// Paragraphs are joined per section, so a count wrapped over two lines ("共" / "计29件") stays whole
    /// (folding drops the line breaks). Section 二 holds only its table and is left out.
    static func narrative(of report: Report) -> [(text: String, page: Int?)] {
        [(report.preamble.joined(separator: "\n"), nil)]
            + report.sections.filter { $0.number != 2 }.map { ($0.paragraphs.joined(separator: "\n"), $0.page) }
    }

    /// The value of a reading, and whether blank cells could raise it; nil when a cell is missing.
    static func evaluate(_ reading: NarrativeClaim.Reading, in report: Report) -> (sum: Double, hasBlank: Bool)? {
        guard let table = table(reading.table, in: report) else { return nil }
        var sum = 0.0, hasBlank = false
        for ref in reading.cells {
            guard let cell = table[ref.row, ref.column] else { return nil }
            sum += cell.value
            hasBlank = hasBlank || cell.isPlaceholder
        }
        return (sum, hasBlank)
    }

    static func table(_ kind: TableKind, in report: Report) -> Table? {
        switch kind {
        case .proactive: return report.proactive
        case .requests: return report.requests
        case .reviewLitigation: return report.reviewLitigation
        }
    }

    static func finding(_ claim: NarrativeClaim, report: Report, page: Int?, settings: CheckSettings) -> Finding? {
        let evaluated = claim.readings.compactMap { reading in evaluate(reading, in: report).map { (reading, $0) } }
        guard let (first, firstValue) = evaluated.first else { return nil }
        let agrees = evaluated.contains { _, v in
            abs(v.sum - claim.value) <= settings.tolerance || (v.hasBlank && claim.value > v.sum)
        }
        guard !agrees, let table = table(first.table, in: report) else { return nil }
        let n = FindingText.number
        let zh = evaluated.map { reading, v in "\(describe(reading, table: table).zh)为\(n(v.sum))" }.joined(separator: "，")
        let en = evaluated.map { reading, v in "\(describe(reading, table: table).en) = \(n(v.sum))" }.joined(separator: "; ")
        let anchor = first.cells[0]
        let pageText = FindingText.page(page)
        return Finding(rule: "N1", severity: .warning, table: table, row: anchor.row, column: anchor.column,
                       printed: claim.value, expected: firstValue.sum, page: page,
                       message: "正文称“\(claim.quote)”\(pageText.zh)，但\(FindingText.tableName(table.kind).zh)中\(zh)。",
                       messageEnglish: "The text says \"\(claim.quote)\" (\(n(claim.value)))\(pageText.en), but in "
                           + "\(FindingText.tableName(table.kind).en) \(en).")
    }

    /// "“一、本年新收…”行“总计”列加“二、上年结转…”行“总计”列" / "new_requests/total + carried_over/total".
    static func describe(_ reading: NarrativeClaim.Reading, table: Table) -> (zh: String, en: String) {
        let byRow = Dictionary(grouping: reading.cells, by: \.row)
        let rows = reading.cells.map(\.row).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let zh = rows.map { row -> String in
            let columns = byRow[row, default: []].map { FindingText.columnLabel(table.kind, table.template, row: row, $0.column) }
            let label = FindingText.rowLabel(table.kind, table.template, row)
            return columns.count == 1 ? "“\(label)”\(columns[0])" : "“\(label)”\(columns.joined(separator: "、"))之和"
        }.joined(separator: "加")
        let en = reading.cells.map { "\($0.row)/\($0.column)" }.joined(separator: " + ")
        return (zh, en)
    }
}
