/// The three template tables.
public enum TableKind: String, Codable, Sendable, CaseIterable {
    /// Section 二, 主动公开政府信息情况.
    case proactive
    /// Section 三, 收到和处理政府信息公开申请情况.
    case requests
    /// Section 四, 政府信息公开行政复议、行政诉讼情况.
    case reviewLitigation = "review_litigation"
}

/// One table cell: the number it stands for and where it came from.
public struct Cell: Codable, Hashable, Sendable {
    /// The value; blank and placeholder cells ("—", "/", "无") carry 0 as the template prescribes.
    public var value: Double
    /// The text as printed ("" for a blank cell).
    public var printed: String
    /// 1-based page, when known.
    public var page: Int?
    /// Where on the page (PDF points, top-left origin); nil for plain-text input or blank cells.
    public var box: Box?
    /// A unit printed inside the cell or its header (e.g. 元, 万元), when there is one.
    public var unit: String?
    /// For a cell read by OCR: how sure the recognizer was of its read, 0...1.
    public var confidence: Double?
    /// Where in a web page's or Word file's tables the cell is (those have no pages or boxes).
    public var grid: GridPlace?

    public init(value: Double, printed: String, page: Int? = nil, box: Box? = nil, unit: String? = nil,
                confidence: Double? = nil, grid: GridPlace? = nil) {
        self.value = value; self.printed = printed; self.page = page; self.box = box; self.unit = unit
        self.confidence = confidence; self.grid = grid
    }

    /// True when the cell printed no digit (blank or a placeholder such as "—").
    public var isPlaceholder: Bool { !printed.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) } }
}

/// A cell's place in the tables of a web page or Word file: the table's number in the document and the
/// row and column in that table once merged cells are spread out (all 1-based).
public struct GridPlace: Codable, Hashable, Sendable {
    public var table: Int
    public var row: Int
    public var column: Int

    public init(table: Int, row: Int, column: Int) { self.table = table; self.row = row; self.column = column }
}

/// One row of a table under its stable key (e.g. `withheld.state_secret`).
public struct TableRow: Hashable, Sendable {
    public var key: String
    /// The row label as printed (wrapped lines joined).
    public var label: String
    /// Cells in template column order; a column missing here was not found.
    public var cells: [(column: String, cell: Cell)]

    public init(key: String, label: String, cells: [(column: String, cell: Cell)]) {
        self.key = key; self.label = label; self.cells = cells
    }

    public subscript(column: String) -> Cell? { cells.first { $0.column == column }?.cell }

    public static func == (a: TableRow, b: TableRow) -> Bool {
        a.key == b.key && a.label == b.label && a.cells.map(\.column) == b.cells.map(\.column)
            && a.cells.map(\.cell) == b.cells.map(\.cell)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// A reconstructed template table: rows in template order, each with its cells.
///
/// ```swift
/// report.requests?["withheld.state_secret", "commercial"]?.value
/// ```
public struct Table: Hashable, Sendable {
    public var kind: TableKind
    /// The template this table's wording follows (detected per table).
    public var template: TemplateVersion
    public var rows: [TableRow]

    public init(kind: TableKind, template: TemplateVersion, rows: [TableRow]) {
        self.kind = kind; self.template = template; self.rows = rows
    }

    public subscript(row: String) -> TableRow? { rows.first { $0.key == row } }
    public subscript(row: String, column: String) -> Cell? { self[row]?[column] }

    /// The page of the first cell that knows its page: where a warning about the whole table points.
    var firstPage: Int? { rows.lazy.flatMap(\.cells).compactMap(\.cell.page).first }
}
