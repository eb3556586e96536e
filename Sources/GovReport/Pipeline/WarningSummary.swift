/// Folds repeated extraction warnings into one per table and kind: a table with 169 blank cells gets one
/// `blank_cell` warning that counts them and lists the cells, not 169 lines.
///
/// ```swift
/// WarningSummary.grouped(warnings).map(\.message)
/// // ["169 cells of the requests table are blank; read as 0: granted/research, …"]
/// ```
public enum WarningSummary {
    /// Warnings with every (table, code) that occurs more than once folded into one, in first-seen order.
    public static func grouped(_ warnings: [ExtractionWarning]) -> [ExtractionWarning] {
        var order: [String] = []
        var groups: [String: [ExtractionWarning]] = [:]
        for w in warnings {
            let key = (w.table ?? "") + "\u{1}" + w.code
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(w)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            return group.count == 1 ? first : folded(group)
        }
    }

    /// One warning for several of one kind in one table: a count, then the cells (or rows) named.
    static func folded(_ group: [ExtractionWarning]) -> ExtractionWarning {
        let first = group[0]
        let table = first.table.map { "the \($0) table" } ?? "the report"
        let places = group.map { w in [w.row, w.column].compactMap { $0 }.joined(separator: "/") }.filter { !$0.isEmpty }
        let message: String
        if first.code == "blank_cell" {
            message = "\(group.count) cells of \(table) are blank; read as 0: \(places.joined(separator: ", "))."
        } else {
            message = "\(group.count) × \(first.code) in \(table): " + group.map(\.message).joined(separator: " ")
        }
        let rows = Set(group.compactMap(\.row))
        return ExtractionWarning(code: first.code, message: message, table: first.table,
                                 row: rows.count == 1 ? first.row : nil, column: nil,
                                 page: group.compactMap(\.page).min())
    }
}
