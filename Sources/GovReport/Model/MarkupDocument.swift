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

    /// The tables, in order.
    public var tables: [CellGrid] {
        blocks.compactMap { if case .table(let grid) = $0 { return grid } else { return nil } }
    }
}
