/// The header a matrix page is read against, repaired where extraction or the page break spoiled it, and the
/// cells whose glyphs carry no text.
extension GeometryTableReader {
    /// The header of a table's first page, joined to its lines left at the foot of the page before when the
    /// page break cut it (`自` … `总` there, `然` / `人` … `计` here) and this page's lines alone do not name
    /// every column: the pieces right of the label column below the last line crossing into it (narrative
    /// text), moved up to stand just above this page's header.
    static func headerCutByPageBreak(_ header: [TablePiece], labels: [TablePiece], labelRight: Double,
                                     columns: [ColumnDefinition], unit: Double, headerSpanning: [String]) -> [TablePiece] {
        guard let page = header.first?.page, let headerTop = header.map(\.box.y0).min() else { return header }
        let before = labels.filter { $0.page == page - 1 }
        let crossing = before.filter { $0.box.x0 < labelRight && $0.box.x1 > labelRight }.map(\.box.y1).max() ?? -Double.infinity
        let foot = before.filter { p in
            p.box.x0 > labelRight && p.box.y0 >= crossing && !headerSpanning.contains { TextSearch.contains(p.folded, $0) }
        }
        guard let footBottom = foot.map(\.box.y1).max(),
              HeaderBands.names(header: header, columns: columns, unit: unit) == nil else { return header }
        let shift = headerTop - 0.2 * unit - footBottom
        return foot.map { p in
            TablePiece(text: p.text, box: Box(x0: p.box.x0, y0: p.box.y0 + shift, x1: p.box.x1, y1: p.box.y1 + shift),
                       page: page, grid: p.grid)
        } + header
    }

    /// True for text made only of glyphs that carry no text (`■■■`, `�`, private-use code points): a font
    /// whose glyphs map to no characters, printing a cell's number.
    static func isGlyphsWithoutText(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            (0x25A0...0x25FF).contains(s.value) || s.value == 0xFFFD || (0xE000...0xF8FF).contains(s.value)
        }
    }

    /// A header piece naming no column (申请人情况, the label column's （本列数据的勾稽关系…）) is left out, but
    /// when the label column's header is glued to a column name's first line (`（本列数据的勾稽关系为：自`),
    /// the characters right of the label column are that name's.
    static func labelHeaderTail(_ piece: TablePiece, labelRight: Double) -> TablePiece? {
        guard piece.box.x0 < labelRight else { return nil }
        let tail = TablePieces.characters(of: piece).filter { $0.box.midX > labelRight }
        guard let box = Box.enclosing(tail.map(\.box)) else { return nil }
        return TablePiece(text: tail.map(\.text).joined(), box: box, page: piece.page, grid: piece.grid)
    }
}
