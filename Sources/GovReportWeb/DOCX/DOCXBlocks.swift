import GovReport

/// Turns the body of `word/document.xml` into blocks: each `w:p` a paragraph (runs' `w:t` joined, `w:tab`
/// a space, `w:br`/`w:cr` a line break; deleted text and field codes skipped), text boxes (`w:txbxContent`,
/// the first choice of `mc:AlternateContent` only) paragraphs of their own after the paragraph holding
/// them, each `w:tbl` a grid: `w:gridSpan` a column span, `w:vMerge` a row span, `w:gridBefore` empty cells.
/// A table that holds another table is layout: its cells are read as blocks.
struct DOCXBlocks {
    private(set) var blocks: [MarkupDocument.Block] = []
    private var tableCount = 0

    static func blocks(of body: MarkupElement) -> [MarkupDocument.Block] {
        var reader = DOCXBlocks()
        reader.walk(body)
        return reader.blocks
    }

    private mutating func walk(_ container: MarkupElement) {
        for element in container.elements {
            switch element.name {
            case "w:p": paragraph(element)
            case "w:tbl" where !element.descendants("w:tbl").isEmpty:
                for row in element.elements where row.name == "w:tr" {
                    for cell in row.elements where cell.name == "w:tc" { walk(cell) }
                }
            case "w:tbl":
                tableCount += 1
                blocks.append(.table(Self.grid(element, number: tableCount)))
            case "w:sdt": element.child("w:sdtContent").map { walk($0) }
            case "w:customXml", "w:smartTag", "w:ins": walk(element)
            default: break
            }
        }
    }

    private mutating func paragraph(_ p: MarkupElement) {
        var boxes: [MarkupElement] = []
        let text = Self.text(of: p, boxes: &boxes)
        if !text.allSatisfy(\.isWhitespace) {
            blocks.append(.paragraph(text))
        } else if boxes.isEmpty, let picture = p.descendants("wp:docPr").first ?? p.descendants("w:pict").first {
            // A picture alone in a paragraph: where a table should be, the table was pasted as an image.
            blocks.append(.image(picture.attributes["descr"].flatMap { $0.isEmpty ? nil : $0 } ?? picture.attributes["name"] ?? "picture"))
        }
        for box in boxes { walk(box) }
    }

    /// The text of a paragraph; text boxes found inside are collected, not read into it.
    static func text(of p: MarkupElement, boxes: inout [MarkupElement]) -> String {
        var text = ""
        func visit(_ element: MarkupElement) {
            for child in element.children {
                guard case .element(let e) = child else { continue }
                switch e.name {
                case "w:t":
                    for case .text(let t) in e.children { text += t }
                case "w:tab", "w:ptab": text += " "
                case "w:br", "w:cr": text += "\n"
                case "w:noBreakHyphen": text += "-"
                case "w:txbxContent": boxes.append(e)
                case "mc:AlternateContent": e.child("mc:Choice").map(visit)
                case "w:delText", "w:instrText", "w:del", "w:pPr", "w:rPr", "w:fldData": break
                default: visit(e)
                }
            }
        }
        visit(p)
        return text
    }

    /// A `w:tbl` as a grid: cells continuing a vertical merge grow the span of the cell that restarted it.
    static func grid(_ table: MarkupElement, number: Int) -> CellGrid {
        var rows: [[CellGrid.SpannedCell]] = []
        /// Open vertical merges: grid column → (row, index in that row) of the cell that started it.
        var open: [Int: (row: Int, index: Int)] = [:]
        for tr in table.elements where tr.name == "w:tr" {
            var cells: [CellGrid.SpannedCell] = []
            var column = 0
            if let before = tr.child("w:trPr")?.child("w:gridBefore")?.attributes["w:val"].flatMap({ Int($0) }), before > 0 {
                cells.append(CellGrid.SpannedCell("", columnSpan: before))
                column = before
            }
            for tc in tr.elements where tc.name == "w:tc" {
                let properties = tc.child("w:tcPr")
                let span = properties?.child("w:gridSpan")?.attributes["w:val"].flatMap { Int($0) } ?? 1
                let merge = properties?.child("w:vMerge")
                if let merge, merge.attributes["w:val"] ?? "continue" == "continue", let start = open[column] {
                    rows[start.row][start.index].rowSpan += 1
                } else {
                    if merge != nil { open[column] = (rows.count, cells.count) } else { open[column] = nil }
                    cells.append(CellGrid.SpannedCell(cellText(tc), columnSpan: span))
                }
                column += max(1, span)
            }
            rows.append(cells)
        }
        return CellGrid(number: number, rows: rows)
    }

    /// A cell's paragraphs (and nested tables' cells) joined (see `CellGrid.joinLines`).
    static func cellText(_ cell: MarkupElement) -> String {
        var reader = DOCXBlocks()
        reader.walk(cell)
        return MarkupDocument.cellText(reader.blocks)
    }
}
