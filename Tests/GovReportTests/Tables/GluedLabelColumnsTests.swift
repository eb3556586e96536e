@testable import GovReport
import Testing

/// Label columns glued into one token across the gaps between them, and header lines staggered closer
/// than a line: where the pieces are placed once cut.
@Suite struct GluedLabelColumnsTests {
    let rows = GeometryTableReader.requestCandidates

    /// One line holding one token.
    func line(_ text: String, _ x0: Double, _ x1: Double, _ y: Double, height: Double = 12) -> TextLine {
        let token = Token(text: text, box: Box(x0: x0, y0: y, x1: x1, y1: y + height), page: 1)
        return TextLine(page: 1, box: token.box, text: text, tokens: [token], glyphHeight: height)
    }

    func separated(_ lines: [TextLine], unit: Double) -> [TablePiece] {
        LabelColumns.separated(TablePieces.pieces(of: lines, settings: TableSettings()), unit: unit,
                               openings: LabelColumns.Openings(rows))
    }

    @Test("an item cut off a line glued across three label columns starts where its column's rows start")
    func itemAtItsColumnsEdge() {
        // 三、本年度办理结果 at x 120 and （三）不予公开 at x 144, a character per line; the rows at x 168, 11.5 per
        // ideograph. 果（1.属于 is 果, a gap, （, a gap, 1.属于: the characters' share of the width puts 1.属于 at 152.
        let pieces = separated([line("果（1.属于", 120, 200, 100), line("三国家秘", 144, 202.5, 116), line("）密", 144, 179.5, 132),
                                line("3.危及", 168, 191, 148), line("安全一稳", 168, 214, 164)], unit: 12)
        #expect(pieces.map(\.text) == ["果（", "1.属于", "三", "国家秘", "）", "密", "3.危及", "安全一稳"])
        #expect(pieces[1].box.x0 == 168)
        #expect(pieces[3].box.x0 >= 167 && pieces[5].box.x0 >= 167)
    }

    @Test("an item glued to the line before it without a gap stays where its characters put it")
    func itemWithoutGap() {
        // 本 of the parent label glued to （二）部分公 (x 146); the group label （三） starts further right (157),
        // in its own column: no row of level 2 starts there.
        let pieces = separated([line("本（二）部分公", 134, 216, 100), line("结", 134, 144, 116), line("（三）", 157, 187, 116)], unit: 13)
        #expect(pieces.map(\.text) == ["本", "（二）部分公", "结", "（三）"])
        #expect(abs(pieces[1].box.x0 - 145.7) < 0.1)
    }

    @Test("a group label's line ending in its closing bracket is not cut before the bracket")
    func closingBracketStays() {
        // （三） printed over two lines beside 1.属于国 (x 174): `三）` crosses the child's edge, but no line opens with `）`.
        let pieces = separated([line("1.属于国", 174, 206, 100), line("三）", 161.7, 178.7, 110)], unit: 8.5)
        #expect(pieces.map(\.text) == ["1.属于国", "三）"])
    }

    @Test("a group label's prefix glued to a child's wrapped line is cut when the line below, set taller than the digits, was glued too")
    func gluedPrefixBesideTallLines() {
        // The table's unit is its digits' height (9.45); the label lines are 13.5 high and 16 apart.
        let pieces = separated([line("1.属于国家", 213.2, 263.8, 672, height: 13.5), line("（三）秘密", 176.7, 234.2, 685.6, height: 13.5),
                                line("不予公2.其他法律", 176.7, 263.8, 701.7, height: 13.5)], unit: 9.45)
        #expect(pieces.map(\.text) == ["1.属于国家", "（三）", "秘密", "不予公", "2.其他法律"])
        #expect(pieces[2].box.x0 == 213.2 && pieces[4].box.x0 == 213.2)
    }

    @Test("a group label centred in its column, its prefix's line starting half a character left of the next, is cut off the child's lines")
    func centredGroupLabelPrefix() {
        // （五）不予处理 centred two or three characters per line at x 336.5 / 341.5, glued to 4.无正当理由大量反复申请's lines.
        let pieces = separated([line("4.无正", 364.5, 392.7, 396.8, height: 10), line("（五）当理由", 336.5, 394.5, 409.3, height: 10),
                                line("不予大量反", 341.5, 394.5, 421.8, height: 10), line("处理复申请", 341.5, 394.5, 434.3, height: 10)],
                               unit: 9.25)
        #expect(pieces.map(\.text) == ["4.无正", "（五）", "当理由", "不予", "大量反", "处理", "复申请"])
    }

    @Test("header names centred in cells of different line counts, their lines staggered closer than a line, are read")
    func staggeredHeaderLines() {
        func piece(_ text: String, _ x0: Double, _ midY: Double) -> TablePiece {
            TablePiece(text: text, box: Box(x0: x0, y0: midY - 6, x1: x0 + 12 * Double(text.count), y1: midY + 6), page: 1)
        }
        // 商业企业 and 科研机构 glued on their first line (商业企科研), the lines of the cells 3 to 8 points apart.
        let header = [piece("自然", 243.2, 173), piece("社会", 356.8, 176), piece("总计", 473.3, 181), piece("商业企科研", 276.4, 184),
                      piece("法律服", 393, 184), piece("人", 249.2, 188), piece("公益", 356.8, 191), piece("其他", 436.8, 191),
                      piece("业", 288.4, 199), piece("机构", 321.2, 199), piece("务机构", 393, 199), piece("组织", 356.8, 206)]
        let names = HeaderBands.names(header: header, columns: TemplateRows.requestColumns, unit: 12.06)
        let ranges = names?.ranges ?? []
        #expect(ranges.count == 7)
        if ranges.count == 7 {
            #expect(abs(ranges[4].x0 - 393) < 0.5 && abs(ranges[4].x1 - 429) < 0.5)   // 法律服务机构
            #expect(abs(ranges[5].x0 - 436.8) < 0.5)                                  // 其他
        }
    }
}
