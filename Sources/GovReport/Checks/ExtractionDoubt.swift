/// Rule E1: the checker trusts only what was read with certainty.
///
/// When a table's reading is not `complete` (rows or values missing, readings that disagree, cells in
/// doubt), a broken sum in it may be our misreading rather than the publisher's error. Its R1–R4 (and B1)
/// findings are then replaced by one E1 warning per table that names the rules and rows involved and the
/// page to look at: an extraction doubt, not a claim against the report.
///
/// ```swift
/// ExtractionDoubt.apply(MatrixRules.check(table, settings: s), to: table, status: .partial)
/// // [Finding(rule: "E1", severity: .warning, …)]
/// ```
enum ExtractionDoubt {
    static func apply(_ findings: [Finding], to table: Table, status: TableStatus) -> [Finding] {
        guard status != .complete, !findings.isEmpty else { return findings }
        var instances: [String] = []
        for f in findings {
            let instance = f.rule == "B1" ? "B1:\(f.row ?? "")" : f.instance
            if !instances.contains(instance) { instances.append(instance) }
        }
        var rows: [String] = []
        for f in findings where f.rule != "N1" { if let r = f.row, !rows.contains(r) { rows.append(r) } }
        let page = findings.filter { $0.rule != "N1" }.compactMap(\.page).min() ?? table.firstPage
        let name = FindingText.tableName(table.kind)
        let labels = rows.prefix(4).map { FindingText.rowLabel(table.kind, table.template, $0) }
        let more = rows.count > 4 ? "等\(rows.count)行" : ""
        let pageText = FindingText.page(page)
        return [Finding(
            rule: "E1", severity: .warning, table: table.kind.rawValue, row: rows.first, page: page,
            message: "\(name.zh)的读取不完全确定（\(instances.joined(separator: "、"))不成立），“\(labels.joined(separator: "”“"))”\(more)的读数可能有误，请对照原表核实\(pageText.zh)。",
            messageEnglish: "The reading of \(name.en) is uncertain (\(instances.joined(separator: ", ")) do not hold): rows \(rows.joined(separator: ", ")) may be misread; check the table\(pageText.en).")]
    }
}
