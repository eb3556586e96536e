/// The headline figures of a report: one number each for a series row, a chart bar or a regression.
///
/// Each is a cell (or a sum of cells) of the template tables; nil when a cell is missing, and for the
/// figures the 2019 template does not print (现行有效件数, 收费金额).
///
/// ```swift
/// Headline.value(Headline.figure("new_requests")!, in: report)  // 67
/// ```
public struct HeadlineFigure: Hashable, Sendable {
    /// Column name in `export --table series` and key in `compare` output.
    public var key: String
    public var label: String
    public var labelEnglish: String
    public var table: TableKind
    /// The cells added up: (row, column).
    public var cells: [Cell]

    public struct Cell: Hashable, Sendable { public var row: String; public var column: String }
}

public enum Headline {
    public static let figures: [HeadlineFigure] = [
        figure("new_requests", "本年新收申请", "new requests", .requests, [("new_requests", "total")]),
        figure("carried_over", "上年结转", "carried over", .requests, [("carried_over", "total")]),
        figure("granted", "予以公开", "granted", .requests, [("granted", "total")]),
        figure("partially_granted", "部分公开", "partially granted", .requests, [("partially_granted", "total")]),
        figure("not_held", "本机关不掌握", "not held", .requests, [("unable.not_held", "total")]),
        figure("total_handled", "办理结果总计", "total handled", .requests, [("total", "total")]),
        figure("carried_forward", "结转下年度", "carried forward", .requests, [("carried_forward", "total")]),
        figure("reviews", "行政复议", "reviews", .reviewLitigation, [("review", "total")]),
        figure("lawsuits", "行政诉讼", "lawsuits", .reviewLitigation,
               [("litigation_direct", "total"), ("litigation_after_review", "total")]),
        figure("normative_documents_in_force", "现行有效规范性文件", "normative documents in force", .proactive,
               [("normative_documents", "in_force")]),
        figure("fees_10k_yuan", "收费金额（万元）", "fees (10k yuan)", .proactive, [("fees", "amount_10k_yuan")]),
    ]

    /// The figure with this key.
    public static func figure(_ key: String) -> HeadlineFigure? { figures.first { $0.key == key } }

    /// The figure's value in `report`: the sum of its cells, nil when one is missing.
    public static func value(_ figure: HeadlineFigure, in report: Report) -> Double? {
        guard let table = report.table(figure.table) else { return nil }
        var sum = 0.0
        for cell in figure.cells {
            guard let found = table[cell.row, cell.column] else { return nil }
            sum += found.value
        }
        return sum
    }

    private static func figure(_ key: String, _ label: String, _ english: String, _ table: TableKind,
                               _ cells: [(String, String)]) -> HeadlineFigure {
        HeadlineFigure(key: key, label: label, labelEnglish: english, table: table,
                       cells: cells.map { HeadlineFigure.Cell(row: $0.0, column: $0.1) })
    }
}
