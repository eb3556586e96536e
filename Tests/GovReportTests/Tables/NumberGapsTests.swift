@testable import GovReport
import Testing

/// Cells of neighbouring columns glued into one number token are cut where the line's text shows their
/// glyphs apart; a label printed a character per line keeps the values on its last line.
@Suite struct NumberGapsTests {
    /// A line of tokens (text, x0, x1) whose text prints `text`.
    func line(_ text: String, _ tokens: [(String, Double, Double)], y: Double = 100, height: Double = 12.6) -> TextLine {
        let made = tokens.map { Token(text: $0.0, box: Box(x0: $0.1, y0: y, x1: $0.2, y1: y + height), page: 1) }
        return TextLine(page: 1, box: Box.enclosing(made.map(\.box))!, text: text, tokens: made, glyphHeight: height)
    }

    func token(_ text: String, _ x0: Double, _ x1: Double) -> Token {
        Token(text: text, box: Box(x0: x0, y0: 100, x1: x1, y1: 112.6), page: 1)
    }

    @Test("the gaps inside a number token are read from the spaces of the line's text")
    func gapsFromLineText() {
        // r51_0086d: 199 | 44 | 4 in three narrow columns, digits drawn 2.2 pt apart, the cells 7–8 pt apart.
        let row = line("一、本年新收政府信息公开申请数量 199 44 4 / 9", [("一、本年新收政府信息公开申请数量", 140.4, 364.4),
                       ("199444", 409.7, 473.6), ("/", 498.7, 502.6), ("9", 564.2, 571.2)])
        #expect(NumberGaps.inside(row) == [1: [3, 5]])
        // Text that does not follow the tokens glyph for glyph tells nothing.
        #expect(NumberGaps.inside(line("199444 / 9", [("199444", 409.7, 473.6), ("/", 498.7, 502.6), ("9", 564.2, 571.2)])).isEmpty)
        #expect(NumberGaps.inside(line("1 99444 / 8", [("199444", 409.7, 473.6), ("/", 498.7, 502.6), ("9", 564.2, 571.2)])).isEmpty)
    }

    @Test("a number apart between some digits and not others is cut there, one cell a part")
    func cutWhereApart() {
        let parts = NumberGaps.pieces(token("199444", 409.7, 473.6), gaps: [3, 5])
        #expect(parts.map(\.text) == ["199", "44", "4"])
        #expect(parts.allSatisfy { $0.oneCell && $0.estimated })
        #expect(parts[0].box.x0 == 409.7 && abs(parts[2].box.x1 - 473.6) < 1e-9)
        #expect(parts[1].box.x0 > parts[0].box.x1 && parts[2].box.x0 > parts[1].box.x1)
        // A token that reads as no number (r59_0020d: 2,526 and 244 glued) is cut where each run is one.
        #expect(NumberGaps.pieces(token("2,526244", 372.6, 446.4), gaps: [5]).map(\.text) == ["2,526", "244"])
        // Runs that are no numbers leave the token whole.
        #expect(NumberGaps.pieces(token("1,,26", 372.6, 400), gaps: [2]).map(\.text) == ["1,,26"])
    }

    @Test("a number apart between every two digits is cut only when the gaps are wider than a digit")
    func everyDigitApart() {
        // r13_0052d: 2 (其他) and 3 (总计), Courier 5.4 pt a digit, 7.8 pt apart.
        #expect(NumberGaps.pieces(token("23", 419.9, 438.5), gaps: [1], digitWidth: 5.4).map(\.text) == ["2", "3"])
        // A number drawn letter-spaced (7 pt digits, 2.2 pt apart) stays whole, as it does with no digit width known.
        #expect(NumberGaps.pieces(token("199", 409.7, 435.1), gaps: [1, 2], digitWidth: 7).map(\.text) == ["199"])
        #expect(NumberGaps.pieces(token("23", 419.9, 438.5), gaps: [1]).map(\.text) == ["23"])
    }

    @Test("table pieces take the table's digit width from its single digits")
    func piecesOfLines() {
        let lines = [line("（一）予以公开 1 / 2 3", [("（一）予以公开", 171.2, 235), ("1", 323.2, 328.6), ("/", 347, 351), ("23", 419.9, 438.5)]),
                     line("（七）总计 2 / 4 9", [("（七）总计", 171.2, 210), ("2", 323.2, 328.6), ("/", 347, 351), ("4", 419.9, 425.3),
                                               ("9", 433.1, 438.5)], y: 120)]
        let texts = TablePieces.pieces(of: lines, settings: TableSettings()).map(\.text)
        #expect(texts == ["（一）予以公开", "1", "/", "2", "3", "（七）总计", "2", "/", "4", "9"])
    }

    @Test("a number glued to a label's end is cut where its glyphs stand apart")
    func labelWithNumberApart() {
        // r79_0110d: 54 (自然人) and 8 (商业企业), 14 pt, glued to the label's end by gaps narrower than a token's.
        let row = line("一、本年新收政府 54 8 2", [("一、本年新收政府548", 117.2, 265.6), ("2", 299.9, 307.7)], height: 14)
        #expect(NumberGaps.tail("548", of: "一、本年新收政府548", gaps: NumberGaps.inside(row)[0] ?? []) == [2])
        let texts = TablePieces.pieces(of: [row], settings: TableSettings()).map(\.text)
        #expect(texts == ["一、本年新收政府", "54", "8", "2"])
        // A number whose digits touch stays whole.
        #expect(NumberGaps.tail("548", of: "一、本年新收政府548", gaps: [8]) == nil)
    }

    @Test("a slash standing apart from the numbers glued before it is a cell of its own")
    func slashApart() {
        // r101_0018d: 1259 | 166 | / of three columns, digits drawn 2.2 pt apart, the cells 8–11 pt apart.
        let row = line("（七）总计 1259 166 / 52", [("（七）总计", 127.2, 194.7), ("1259166/", 208.6, 296.1), ("52", 344.8, 361.9)],
                       height: 13.6)
        let texts = TablePieces.pieces(of: [row], settings: TableSettings()).map(\.text)
        #expect(texts == ["（七）总计", "1259", "166", "/", "52"])
        // Without a gap beside it the slash stays glued (a fraction, a date).
        let cut = NumberGaps.cutAtApartPlaceholders(token("1259166/", 208.6, 296.1), gaps: [4])
        #expect(cut.map(\.token.text) == ["1259166/"])
        // A dash glued to one number (`—25`, r83_0020d) is left to `TablePieces.unsigned`, which keeps the ends.
        #expect(NumberGaps.cutAtApartPlaceholders(token("—25", 410.6, 439.5), gaps: [1]).map(\.token.text) == ["—25"])
    }

    @Test("a slash glued after a label's closing quote is a cell")
    func slashAfterQuote() {
        let parts = TablePieces.splitTrailingNumber(token("3.危及“三安全一稳定”/", 250.5, 409.7), grid: false)
        #expect(parts.map(\.text) == ["3.危及“三安全一稳定”", "/"])
    }

    @Test("a label printed a character per line keeps the values on its last line")
    func labelOneCharacterPerLine() {
        // r59_0047w: 4.保 (the item's prefix never wrapped apart from 保) over 护 … 益, the values beside 益.
        func label(_ text: String, _ y: Double) -> TablePiece {
            TablePiece(text: text, box: Box(x0: 185.4, y0: y, x1: text.count > 1 ? 202 : 193.4, y1: y + 10.4), page: 1)
        }
        let words = ["4.保", "护", "第", "三", "方", "合", "法", "权", "益", "5.属", "于", "三", "类", "内", "部", "事", "务", "信", "息"]
        let labels = words.enumerated().map { label($0.element, 232.1 + Double($0.offset) * 10.8) }
        let values = [TablePiece(text: "1", box: Box(x0: 220.9, y0: 318.5, x1: 224.9, y1: 328.9), page: 1)]
        let anchors = LabelAnchors.anchors(rows: GeometryTableReader.requestCandidates, labels: labels, values: values,
                                           unit: 10.4, settings: TableSettings())
        let third = anchors.first { $0.row.key == "withheld.third_party_rights" }
        #expect(third?.bottom ?? 0 >= 328.9)
        #expect(anchors.first { $0.row.key == "withheld.internal_affairs" }?.top == labels[9].box.y0)
    }
}
