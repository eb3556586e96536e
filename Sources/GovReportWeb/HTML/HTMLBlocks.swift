import GovReport

/// Turns an article body into blocks: block elements (p, div, h1–h6, li …) end paragraphs, `<br>` breaks a
/// line, `<table>`s become grids (rowspan/colspan spread out by `CellGrid`), an `<img>` standing alone is an
/// image block. A table that holds another table or section headings is page layout, not data: its cells
/// are read as blocks.
struct HTMLBlocks {
    static let blockElements: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                                             "section", "article", "main", "header", "aside", "blockquote", "pre", "center",
                                             "address", "hr", "form", "fieldset", "figure", "figcaption", "caption", "tr", "td",
                                             "th", "tbody", "thead", "tfoot", "body", "html"]

    private(set) var blocks: [MarkupDocument.Block] = []
    private var line = InlineText()
    private var tableCount = 0

    /// Blocks of `body`, with `title` (printed outside the body) first when given.
    static func blocks(of body: MarkupElement, title: String?) -> [MarkupDocument.Block] {
        var reader = HTMLBlocks()
        if let title { reader.blocks.append(.paragraph(title)) }
        reader.walk(body)
        reader.flush()
        return reader.blocks
    }

    /// True for an element styled `display:none` (hidden print versions, pop-ups).
    /// Read on the style's bytes: Foundation's `String.contains` is slow on Linux, and every pasted `<span>`
    /// has a style.
    static func isHidden(_ element: MarkupElement) -> Bool {
        guard let style = element.attributes["style"] else { return false }
        var compact: [UInt8] = []  // lowercased, without white space
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte > 0x20 { compact.append(byte | 0x20) }
        let target = hiddenStyle
        guard compact.count >= target.count else { return false }
        return (0...(compact.count - target.count)).contains { i in
            compact[i] == target[0] && compact[i..<(i + target.count)].elementsEqual(target)
        }
    }

    private static let hiddenStyle = Array("display:none".utf8)

    private mutating func walk(_ element: MarkupElement) {
        for child in element.children {
            switch child {
            case .text(let text): line.append(text)
            case .element(let e):
                guard !HTMLArticle.dropped.contains(e.name), !Self.isHidden(e) else { continue }
                switch e.name {
                case "br": line.breakLine()
                case "img":
                    flush()
                    blocks.append(.image(e.attributes["alt"].flatMap { $0.isEmpty ? nil : $0 } ?? e.attributes["src"] ?? "img"))
                case "table" where !Self.isLayoutTable(e):
                    flush()
                    tableCount += 1
                    blocks.append(.table(Self.grid(e, number: tableCount)))
                default:
                    let isBlock = Self.blockElements.contains(e.name) || e.name == "table"
                    if isBlock { flush() }
                    walk(e)
                    if isBlock { flush() }
                }
            }
        }
    }

    private mutating func flush() {
        let text = line.take()
        if !text.unicodeScalars.allSatisfy({ CharacterClass.isWhitespace($0) || $0 == "\u{A0}" }) {
            blocks.append(.paragraph(text))
        }
    }

    /// A table used for page layout: it holds another table, or two or more section headings.
    static func isLayoutTable(_ table: MarkupElement) -> Bool {
        if !table.descendants("table").isEmpty { return true }
        var flat = FlatText()
        flat.add(table)
        return Set(HTMLArticle.headingWords.filter { !FlatText.occurrences(of: $0, in: flat.scalars).isEmpty }).count >= 2
    }

    /// The rows of a table (directly or in thead/tbody/tfoot, not of nested tables) as a grid.
    static func grid(_ table: MarkupElement, number: Int) -> CellGrid {
        var rows: [MarkupElement] = []
        for child in table.elements {
            if child.name == "tr" { rows.append(child) }
            if ["thead", "tbody", "tfoot"].contains(child.name) { rows += child.elements.filter { $0.name == "tr" } }
        }
        return CellGrid(number: number, rows: rows.map { row in
            row.elements.filter { $0.name == "td" || $0.name == "th" }.map { cell in
                CellGrid.SpannedCell(cellText(cell), rowSpan: span(cell.attributes["rowspan"]),
                                     columnSpan: span(cell.attributes["colspan"]))
            }
        })
    }

    /// A cell's text: its lines (`<br>`, paragraphs) joined (see `CellGrid.joinLines`).
    static func cellText(_ cell: MarkupElement) -> String {
        var reader = HTMLBlocks()
        reader.walk(cell)
        reader.flush()
        return MarkupDocument.cellText(reader.blocks)
    }

    /// A rowspan or colspan attribute's number; 1 when absent or unreadable ("2 ", "2px" read as 2).
    static func span(_ attribute: String?) -> Int {
        guard let attribute else { return 1 }
        return Int(String(attribute.drop { $0 == " " || $0 == "\t" }.prefix { $0.isASCII && $0.isNumber })) ?? 1
    }
}
