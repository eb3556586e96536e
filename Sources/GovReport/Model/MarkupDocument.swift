/// A document read from markup (a web page or a Word file): its article body as blocks in reading order.
///
/// The readers of `GovReportWeb` make it; `Extractor.extract(markup:source:)` reads it like any other
/// report: paragraphs become lines, tables are read as grids.
///
/// ```swift
/// let document = MarkupDocument(blocks: [.paragraph("二、主动公开政府信息情况"), .table(grid)])
/// document.tables.count // 1
/// ```
public struct MarkupDocument: Hashable, Sendable {
    /// One block of the body.
    public enum Block: Hashable, Sendable {
        /// A paragraph or heading: its text with runs joined, line breaks as "\n".
        case paragraph(String)
        /// A table with its merged cells spread out.
        case table(CellGrid)
        /// An image standing where content would be (`alt` text or file name).
        case image(String)
    }

    public var blocks: [Block]
    /// The page's meta tags (web pages only).
    public var meta: PageMeta?

    public init(blocks: [Block], meta: PageMeta? = nil) { self.blocks = blocks; self.meta = meta }

    /// The text of a table cell read as blocks: its lines (paragraphs, line breaks, nested tables' cells)
    /// joined as `CellGrid.joinLines` joins them.
    public static func cellText(_ blocks: [Block]) -> String {
        CellGrid.joinLines(blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let text): return text.split(separator: "\n").map(String.init)
            case .table(let grid): return grid.rows.flatMap { $0.map(\.text) }
            case .image: return []
            }
        })
    }

    /// The tables, in order.
    public var tables: [CellGrid] {
        blocks.compactMap { if case .table(let grid) = $0 { return grid } else { return nil } }
    }
}
