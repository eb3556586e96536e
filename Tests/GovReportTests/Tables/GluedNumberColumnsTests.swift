@testable import GovReport
import Testing

/// Numbers of two cells glued into one token, cut where the columns' numbers stand: the columns' ranges
/// must not be taken from the glued token itself, nor left at a header's band when a page prints nothing
/// in a column.
@Suite struct GluedNumberColumnsTests {
    func piece(_ text: String, _ x0: Double, _ x1: Double, page: Int = 1) -> TablePiece {
        TablePiece(text: text, box: Box(x0: x0, y0: 100, x1: x1, y1: 112), page: page)
    }

    @Test("a glued number is cut against its columns in the order the alignment reads them")
    func cutInAlignmentOrder() {
        // 其他's numbers end at 477.9; the 总计 column, read on a page whose only 总计 is glued to 11 (`11170`),
        // spans the glued token and so starts left of 其他: right-aligned, 其他 is still the first.
        let columns = [ValueColumn(key: "other_org", x0: 471.2, x1: 477.9), ValueColumn(key: "total", x0: 464.5, x1: 511)]
        #expect(ColumnFinder.split(piece("11170", 464.5, 511), across: columns, digitWidth: 6.67, alignment: .right).map(\.text)
                == ["11", "170"])
    }

    @Test("a 无 glued to a label line is cut off when the first column's other cells are glued to their labels too")
    func gluedWuBesideGluedSlashes() {
        // Zeros printed / and 无 by turns in narrow columns: the first column (x 359) prints one `/` of its own;
        // its other cells are glued to their label lines, `申请内容/`, `理由大量/`, `供公开出无`.
        func line(_ y: Double, _ tokens: [(String, Double, Double)]) -> TextLine {
            let made = tokens.map { Token(text: $0.0, box: Box(x0: $0.1, y0: y, x1: $0.2, y1: y + 18), page: 1) }
            return TextLine(page: 1, box: Box.enclosing(made.map(\.box))!, text: "", tokens: made, glyphHeight: 18)
        }
        let cells = [("无", 392.6, 406.6), ("/", 452.8, 456.7), ("无", 496.9, 510.9)]
        let lines = [line(100, [("申请内容/", 290.5, 363.2)] + cells), line(120, [("2.重复申", 290.5, 343), ("/", 359.3, 363.2)] + cells),
                     line(140, [("供公开出无", 290.5, 378.5)] + cells), line(160, [("理由大量/", 290.5, 363.2)] + cells)]
        let pieces = GluedPlaceholders.separated(TablePieces.pieces(of: lines, settings: TableSettings()), unit: 18, joinGap: 4)
        #expect(pieces.contains { $0.text == "供公开出" } && !pieces.contains { $0.text == "供公开出无" })
    }

    @Test("a band takes no range from a number glued over another band's value, nor the header's band when this page prints nothing in it")
    func narrowedWithoutGluedNumbers() {
        let bands = HeaderBands.ColumnBands(columns: [ValueColumn(key: "other_org", x0: 418, x1: 447),
                                                      ValueColumn(key: "total", x0: 447, x1: 489)], alignment: .centre)
        // `18233` (18 and 233) reaches over the 8 printed under 其他 on the row below.
        let onPage = [piece("18233", 425.2, 473.9), piece("8", 421.5, 429.6), piece("109", 448.5, 472.8)]
        let narrowed = GeometryTableReader.narrowed(bands, to: onPage, earlier: [:]).columns
        #expect(narrowed[1].x0 == 448.5 && narrowed[1].x1 == 472.8)
        // A first page printing nothing under 其他 but the glued `11170`: 其他 as the next page prints it.
        let right = HeaderBands.ColumnBands(columns: [ValueColumn(key: "other_org", x0: 450.3, x1: 493.8),
                                                      ValueColumn(key: "total", x0: 493.8, x1: 530)], alignment: .right)
        let next = [piece("4", 471.2, 477.9, page: 2), piece("74", 497.7, 511.1, page: 2)]
        let first = GeometryTableReader.narrowed(right, to: [piece("11170", 464.5, 511)], earlier: [:]) { next }.columns
        #expect(first[0].x0 == 471.2 && first[0].x1 == 477.9)
    }
}
