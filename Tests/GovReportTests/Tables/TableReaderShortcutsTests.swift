@testable import GovReport
import Testing

/// The table readers' shortcuts (cheap rejections and work done once) against the plain computations
/// they stand for: each must give the same answer.
@Suite struct TableReaderShortcutsTests {
    /// Label texts: every template row's, glued and cut ones, sentences, values.
    static let texts: [String] = TemplateRows.requestRows(.v2021).map(\.label) + TemplateRows.requestRows(.v2019).map(\.label)
        + TemplateRows.proactiveRows(.v2021).map(\.row.label) + TemplateRows.proactiveRows(.v2019).map(\.row.label) + [
            "（三）不4.保护第三方合法权益", "（三）不 4．保护第三方合法权益", "不计其他情形）224", "属于国家秘密12",
            "1.属于国家秘密", "四类过程性", "信息", "本年新收政府信息公开申请数量 12 0 —", "12", "1,234", "—", "无",
            "abc4.x", "第三方4、", "总计", "", "其它处理", "(六)其他处理3.其他",
            "（七）总计４８", "法案卷-", "3.危及“10", "三、(⼀)予以", "１７ ２ ２ / １ １ ２３",
        ]

    @Test("prepared rows match exactly the rows RowMatcher.matches accepts, in row order")
    func preparedMatching() {
        for template in [TemplateVersion.v2019, .v2021] {
            let rows = TemplateRows.requestRows(template) + TemplateRows.proactiveRows(template).map(\.row)
            let prepared = RowMatcher.Prepared(rows)
            for text in Self.texts {
                let folded = Normalizer.fold(text)
                let expected = rows.indices.filter { RowMatcher.matches(folded: folded, rows[$0]) }
                #expect(prepared.matching(folded, bits: RowMatcher.scalarBits(folded)) == expected, "\(text)")
            }
        }
    }

    @Test("item prefixes read on scalars give the answers read on characters")
    func itemPrefixes() {
        let opening = ["(一)其他", "(十二)", "1.属于", "12、其他", "123.x", "1234.x", "一、总体", "一.", "二是", "(一", "()", "1", "",
                       "1\u{301}.x", "(一\u{301})", "一\u{301}、", "(三)\u{301}", "2.\u{301}"]
        let expected = [true, true, true, true, true, false, true, true, false, false, false, false, false,
                        false, false, false, false, false]
        #expect(opening.map(LabelAnchors.hasItemPrefix) == expected)
    }

    @Test("a token the byte filters reject is one the splits leave whole")
    func splitFilters() {
        for text in Self.texts {
            let token = Token(text: text, box: Box(x0: 0, y0: 0, x1: 100, y1: 10), page: 1)
            if !TablePieces.mayHoldItemPrefix(text) { #expect(TablePieces.splitAtItemPrefix(token, grid: false) == [token], "\(text)") }
            if !TablePieces.mayEndInGluedNumber(text) { #expect(TablePieces.splitTrailingNumber(token, grid: false) == [token], "\(text)") }
        }
        #expect(TablePieces.mayHoldItemPrefix("（三）不4.保护第三方合法权益"))
        #expect(TablePieces.mayEndInGluedNumber("不计其他情形）224"))
        #expect(!TablePieces.mayHoldItemPrefix("1.属于国家秘密"))
        #expect(!TablePieces.mayEndInGluedNumber("1,234"))
    }

    @Test("character boxes are each character's sub-box of its piece")
    func characterBoxes() {
        for grid in [false, true] {
            let piece = TablePiece(text: "本年 新制作数量（件）", box: Box(x0: 10, y0: 0, x1: 130, y1: 10), page: 1, grid: grid)
            let chars = Array(piece.text)
            let expected = chars.indices.filter { chars[$0] != " " }.map {
                TablePieces.subBox(of: piece.token, from: $0, to: $0 + 1, grid: grid)
            }
            #expect(TablePieces.characters(of: piece).map(\.box) == expected)
        }
    }

    @Test("stream layout: two rows printed column by column are read back by rows")
    func streamLayoutColumnMajor() {
        let indices = StreamLayout.cellIndices(rows: 2, columns: 3, values: [1, 2, 0, 0, 1, 2], breaks: { _ in false },
                                               rowCheck: StreamLayout.totalIsSum, settings: .init())
        #expect(indices == [[0, 2, 4], [1, 3, 5]])
    }
}
