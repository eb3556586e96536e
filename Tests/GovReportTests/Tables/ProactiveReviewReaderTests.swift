@testable import GovReport
import Testing

/// The geometric reader on sections 二 and 四: layouts that used to read wrong while the table said `complete`
/// (seeded random layouts r1_0003w, r1_0044d, r1_0136d, r1_0030d, r1_0154d, r1_0160d, r1_0279w, r1_0011w).
@Suite struct ProactiveReviewReaderTests {
    static let proactiveHeader: [(String, Double)] = [("信息内容", 100), ("本年制发件数", 200), ("本年废止件数", 300), ("现行有效件数", 400)]

    @Test("section 二 set tight: each row keeps the values printed beside its label")
    func tightRows() throws {
        var b = TableTokenBuilder()
        b.pitch = 10.5   // rows barely taller than their glyphs: the slack above a label must not reach the row above
        b.line([("二、主动公开政府信息情况", 60)])
        b.line(Self.proactiveHeader)
        b.row("规章", ["1", "2", "3"], centres: [230, 330, 430])
        b.row("行政规范性文件", ["4", "5", "6"], centres: [230, 330, 430])
        b.line([("信息内容", 100), ("本年处理决定数量", 300)])
        b.row("行政许可", ["7"], centres: [340])
        b.row("行政处罚", ["8"], centres: [340])
        b.row("行政强制", ["9"], centres: [340])
        b.line([("信息内容", 100), ("本年收费金额（单位：万元）", 300)])
        b.row("行政事业性收费", ["0.5"], centres: [340])
        let reading = GeometryTableReader.proactive(b.lines)
        let table = try #require(reading.table)
        #expect(table["regulations"]?.cells.map(\.cell.value) == [1, 2, 3])
        #expect(table["normative_documents"]?.cells.map(\.cell.value) == [4, 5, 6])
        #expect(["licensing", "penalty", "coercion"].map { table[$0, "decisions"]?.value } == [7, 8, 9])
        #expect(reading.warnings.isEmpty)
    }

    @Test("section 二: a second row of values beside one label, and text that reads as no number, are warned")
    func extraBandAndUnreadable() throws {
        var b = TableTokenBuilder()
        b.line([("二、主动公开政府信息情况", 60)])
        b.line(Self.proactiveHeader)
        b.row("规章", ["1", "■■", "3"], centres: [230, 330, 430])
        b.row("行政规范性文件", ["4", "5", "6"], centres: [230, 330, 430])
        b.line([("7", 225), ("8", 325), ("9", 425)])   // values no row label holds
        let reading = GeometryTableReader.proactive(b.lines)
        let codes = Set(reading.warnings.map(\.code))
        #expect(codes.isSuperset(of: ["cell_unreadable", "unassigned_values"]))
        #expect(reading.warnings.first { $0.code == "cell_unreadable" }?.row == "regulations")
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
    }

    @Test("section 二: a row printing fewer values places them where full rows print that column (right-aligned)")
    func sparseRowRightAligned() throws {
        var b = TableTokenBuilder()
        b.line([("二、主动公开政府信息情况", 60)])
        b.line([("信息内容", 60), ("本年新制作数量", 200), ("本年新公开数量", 300), ("对外公开总数量", 400)])
        b.line([("规章", 60), ("1", 285), ("2", 385), ("3", 485)])
        b.line([("规范性文件", 60), ("4", 285), ("5", 385), ("6", 485)])
        // 上一年 sits at the left of its header, 增/减 at the right of its own: a number right-aligned in the first
        // column lies nearer the second header word.
        b.line([("信息内容", 60), ("上一年项目数量", 200), ("本年增/减", 300), ("处理决定数量", 400)])
        b.line([("行政许可", 60), ("53", 280), ("12", 380), ("1369", 470)])
        b.line([("其他对外管理服务事项", 60), ("23", 280), ("2", 385), ("8", 485)])
        b.line([("行政处罚", 60), ("13", 280), ("4", 385), ("575", 475)])
        b.line([("行政强制", 60), ("5", 285), ("13", 480)])
        let table = try #require(GeometryTableReader.proactive(b.lines).table)
        #expect(table["coercion"]?.cells.map(\.cell.printed) == ["5", "", "13"])
    }

    @Test("section 四 in two parts, its header one character per line, a number wrapped in its cell")
    func reviewLayouts() throws {
        // 行政复议's five columns with their values, then 行政诉讼's ten with theirs.
        var b = TableTokenBuilder()
        b.line([("四、政府信息公开行政复议、行政诉讼情况", 60)])
        b.line([("行政复议", 200)])
        let five = (0..<5).map { 60 + Double($0) * 60 }
        b.line(five.enumerated().map { i, x in (["结果", "结果", "其他", "尚未", "总计"][i], x) })
        b.line(five.enumerated().compactMap { i, x in i == 4 ? nil : (["维持", "纠正", "结果", "审结"][i], x) })
        b.line(five.enumerated().map { i, x in (["4", "/", "1", "1", "6"][i], x + 5) })
        b.line([("行政诉讼", 200)])
        let ten = (0..<10).map { 60 + Double($0) * 30 }
        b.line(ten.enumerated().map { i, x in (["结果", "结果", "其他", "尚未", "总计"][i % 5], x) })
        b.line(ten.enumerated().compactMap { i, x in i % 5 == 4 ? nil : (["维持", "纠正", "结果", "审结"][i % 5], x) })
        b.line(ten.map { ("/", $0 + 5) })
        let stacked = try #require(GeometryTableReader.reviewLitigation(b.lines).table)
        #expect(stacked["review"]?.cells.map(\.cell.value) == [4, 0, 1, 1, 6])

        // One row of fifteen columns named one character per line; 11 printed as 1 over 1; a page number below.
        var c = TableTokenBuilder()
        c.line([("四、政府信息公开行政复议、行政诉讼情况", 60)])
        c.line([("行政复议", 60), ("行政诉讼", 300)])
        let xs = (0..<15).map { 60 + Double($0) * 30 }
        let names = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        for k in 0..<4 {
            c.line(xs.enumerated().compactMap { i, x in names[i % 5].count > k ? (String(Array(names[i % 5])[k]), x) : nil })
        }
        var values = ["5", "2", "2", "2", "1", "", "1", "1", "2", "4", "2", "", "1", "1", "4"]
        c.pitch = 12
        c.line(xs.enumerated().compactMap { i, x in values[i].isEmpty ? nil : (values[i], x) })
        c.line([("1", xs[4])])
        c.y += 200
        c.line([("9", 300)])
        let wrapped = GeometryTableReader.reviewLitigation(c.lines)
        values[4] = "11"
        let table = try #require(wrapped.table)
        #expect(table.rows.flatMap { $0.cells.map(\.cell.printed) } == values)
        #expect(wrapped.warnings.allSatisfy { $0.code == "blank_cell" })
    }

    @Test("section 四: a number and a dash glued from neighbouring cells are cut apart, as in section 三 (never negative)")
    func reviewGluedDash() throws {
        var b = TableTokenBuilder()
        let xs = (0..<15).map { 60 + Double($0) * 32 }
        b.reviewHeader(columnsAt: xs)
        // 尚未审结 `—` and 总计 `1` glued (`—1`, not -1); the rest blank.
        b.line([("1", xs[0] + 2), ("—1", xs[3] + 20)] + xs.dropFirst(5).map { ("—", $0 + 2) })
        let reading = GeometryTableReader.reviewLitigation(b.lines)
        let table = try #require(reading.table)
        #expect(table["review"]?.cells.map(\.cell.value) == [1, 0, 0, 0, 1])
        #expect(TableVerification.status(of: reading, sectionFound: true) == .complete)
    }

    /// Section 四's values as printed, (text, column) with the text 2 points right of its column's x, and the
    /// groups they read as.
    static let gluedZeroWords: [(name: String, printed: [(String, Int)], groups: [[Double]])] = [
        // Zeros `——`: 复议 总计 `3` glued to the five `——` of 未经复议直接起诉, 复议后起诉 维持 `1` to the three after it.
        ("——", [("——", 0), ("1", 1), ("1", 2), ("1", 3), ("3——————————", 4), ("1——————", 10), ("1", 14)],
         [[0, 1, 1, 1, 3], [0, 0, 0, 0, 0], [1, 0, 0, 0, 1]]),
        // Zeros 不适用: a number glued to its neighbour's 不适用.
        ("不适用", [("8", 0), ("3", 1), ("2", 2), ("2", 3), ("15不适用", 4), ("2", 6), ("1", 7), ("1", 8), ("4", 9),
                  ("2不适用", 10), ("1不适用", 12), ("3", 14)],
         [[8, 3, 2, 2, 15], [0, 2, 1, 1, 4], [2, 0, 1, 0, 3]]),
    ]

    @Test("section 四: placeholders glued across cells are cut one a cell: `——` two dashes a cell, 不适用 whole (r97_0005d, r99_0018d)",
          arguments: gluedZeroWords.indices)
    func reviewGluedZeroWords(case index: Int) throws {
        let example = Self.gluedZeroWords[index]
        var b = TableTokenBuilder()
        let xs = (0..<15).map { 60 + Double($0) * 32 }
        b.reviewHeader(columnsAt: xs)
        b.line(example.printed.map { ($0.0, xs[$0.1] + 2) })
        let reading = GeometryTableReader.reviewLitigation(b.lines)
        let table = try #require(reading.table)
        #expect(table.rows.map { $0.cells.map(\.cell.value) } == example.groups, "zeros \(example.name)")
        #expect(TableVerification.status(of: reading, sectionFound: true) == .complete)
    }

    @Test("section 四: numbers glued to the halves of 不适用 wrapped in narrow cells are doubted, never dropped unseen (r99_0012d)")
    func reviewNumberGluedToWords() throws {
        var b = TableTokenBuilder()
        let xs = (0..<15).map { 60 + Double($0) * 32 }
        b.reviewHeader(columnsAt: xs)
        b.line([("1不适不适不适", xs[0] + 2), ("1", xs[4] + 2), ("1不适不适不适", xs[5] + 2), ("1", xs[9] + 2),
                ("1不适不适不适", xs[10] + 2), ("1", xs[14] + 2)])
        b.line((0..<15).filter { $0 % 5 != 0 && $0 % 5 != 4 }.map { ("用", xs[$0]) })
        let reading = GeometryTableReader.reviewLitigation(b.lines)
        #expect(reading.warnings.contains { $0.code == "cell_unreadable" && $0.message.contains("1不适不适不适") })
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
    }

    @Test("section 四: a header cut by the page break or printed in parts names the columns of blank cells")
    func reviewHeaderApart() throws {
        let xs = (0..<15).map { 60 + Double($0) * 32 }
        // 结果 … 总计 at the foot of one page, 维持 … 审结 and the values atop the next.
        var b = TableTokenBuilder()
        b.line([("四、政府信息公开行政复议、行政诉讼情况", 60)])
        b.line([("行政复议", 100), ("行政诉讼", 330)])
        b.line(xs.enumerated().map { i, x in (["结果", "结果", "其他", "尚未", "总计"][i % 5], x) })
        b.newPage()
        b.line(xs.enumerated().compactMap { i, x in i % 5 == 4 ? nil : (["维持", "纠正", "结果", "审结"][i % 5], x) })
        b.line([("2", xs[1] + 5), ("2", xs[4] + 5), ("1", xs[5] + 5), ("1", xs[9] + 5)])
        let cut = try #require(GeometryTableReader.reviewLitigation(b.lines).table)
        #expect(cut.rows.flatMap { $0.cells.map(\.cell.value) } == [0, 2, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0])
        // 行政复议's five columns over its values, then 行政诉讼's ten, whose cells are all blank.
        var c = TableTokenBuilder()
        c.line([("四、政府信息公开行政复议、行政诉讼情况", 60)])
        c.line([("行政复议", 200)])
        let five = (0..<5).map { 60 + Double($0) * 80 }
        c.line(five.enumerated().map { i, x in (["结果", "结果", "其他", "尚未", "总计"][i], x) })
        c.line(five.enumerated().compactMap { i, x in i == 4 ? nil : (["维持", "纠正", "结果", "审结"][i], x) })
        c.line([("1", five[0] + 5), ("1", five[4] + 5)])
        c.line([("行政诉讼", 200)])
        let ten = (0..<10).map { 60 + Double($0) * 40 }
        c.line(ten.enumerated().map { i, x in (["结果", "结果", "其他", "尚未", "总计"][i % 5], x) })
        c.line(ten.enumerated().compactMap { i, x in i % 5 == 4 ? nil : (["维持", "纠正", "结果", "审结"][i % 5], x) })
        c.line([("五、存在的主要问题及改进情况", 60)])
        let parts = try #require(GeometryTableReader.reviewLitigation(c.lines).table)
        #expect(parts.rows.flatMap { $0.cells.map(\.cell.value) } == [1, 0, 0, 0, 1] + Array(repeating: 0, count: 10))
    }

    @Test("section 四: a number glued to its blank neighbour's (`1` `12` read `112`) is cut where the group adds up")
    func reviewGluedNeighbours() throws {
        var b = TableTokenBuilder()
        let xs = (0..<15).map { 60 + Double($0) * 32 }
        b.reviewHeader(columnsAt: xs)
        b.line([("10", xs[0] + 5), ("-", xs[1] + 7), ("1", xs[2] + 7), ("112", xs[4] + 2)] + xs.dropFirst(5).map { ("-", $0 + 7) })
        let reading = GeometryTableReader.reviewLitigation(b.lines)
        let table = try #require(reading.table)
        #expect(table["review"]?.cells.map(\.cell.value) == [10, 0, 1, 1, 12])
        // No cut adds up (or more than one does): left as printed.
        let unsplit = [[TablePiece(text: "99", box: Box(x0: 0, y0: 0, x1: 10, y1: 10), page: 1)], [], [], [], []]
        #expect(GeometryTableReader.splitGluedNeighbours(unsplit, groupSize: 5) == nil)
    }

    @Test("section 四: one number whose digits stand under two neighbouring columns is two cells")
    func reviewDigitsApart() throws {
        var b = TableTokenBuilder()
        let xs = (0..<15).map { 60 + Double($0) * 12 }
        b.reviewHeader(columnsAt: xs)
        // 总计 of 行政复议 and 结果维持 of 行政诉讼 glued: `１１` spans both columns' centres.
        b.line([("1", xs[0] + 7.5), ("１１", xs[4] + 4), ("1", xs[9] + 7.5)])
        let table = try #require(GeometryTableReader.reviewLitigation(b.lines).table)
        #expect(table.rows.flatMap { $0.cells.map(\.cell.value) } == [1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0])
        #expect(GeometryTableReader.digitsApart([TablePiece(text: "11", box: Box(x0: 100, y0: 0, x1: 110, y1: 10), page: 1)],
                                                centres: [90, 105, 120]).count == 1)
    }

    @Test("header pieces of section 四 and unreadable text", arguments: [
        ("结果", true), ("其他结果", true), ("总计", true), ("行政复议", true), ("注：单位为件", false), ("结", false),
    ])
    func reviewHeader(text: String, header: Bool) {
        let piece = TablePiece(text: text, box: Box(x0: 0, y0: 0, x1: 20, y1: 10), page: 1)
        #expect(GeometryTableReader.isReviewHeader(piece) == header)
    }

    @Test("text that reads as neither a number nor words", arguments: [
        ("■■", true), ("1—", true), ("N/A", true), ("（", false), ("规章", false), ("—", false),
    ])
    func unreadable(text: String, unreadable: Bool) {
        let piece = TablePiece(text: text, box: Box(x0: 0, y0: 0, x1: 20, y1: 10), page: 1)
        #expect(piece.value == nil || !unreadable)
        #expect(piece.value != nil || GeometryTableReader.isUnreadable(piece) == unreadable)
    }

    /// Plain text read on pdftotext's character grid, as the extractor reads it for tables.
    static func gridLines(_ text: [String]) -> [TextLine] { TextLines.lines(fromPlainText: text.joined(separator: "\n")) }

    @Test("plain text 四: a value -layout spaced under the wrong header word goes where the groups add up (r1_0190d)")
    func reviewPlacedByArithmetic() throws {
        let text = [
            "    四、政府信息公开行政复议、行政诉讼情况",
            "",
            "                                              行政诉讼",
            "         行政复议              未经复议直接起诉                            复议后起诉",
            "结果 结果 其他 尚未    结果 结果 其他 尚未    结果 结果 其他 尚未",
            "维持 纠正 结果 审结 总计 维持 纠正 结果 审结 总计 维持 纠正 结果 审结 总计",
            "１                  １",
        ]
        let reading = GeometryTableReader.reviewLitigation(Self.gridLines(text))
        let table = try #require(reading.table)
        // The second １ stands under 未经复议直接起诉's 结果纠正; only 行政复议's 总计 makes every group add up.
        #expect(table["review"]?.cells.map(\.cell.value) == [1, 0, 0, 0, 1])
        #expect(table["litigation_direct"]?.cells.map(\.cell.value) == [0, 0, 0, 0, 0])
        #expect(!reading.warnings.contains { $0.code == "columns_guessed" })
    }

    @Test("plain text 四: -layout printing a value before its neighbour's (`1 无` for 无, 1) breaks R4 and is doubted (r7_0053w)")
    func reviewOutOfOrderDoubted() throws {
        let text = [
            "    四、政府信息公开行政复议、行政诉讼情况",
            "                             行政诉讼",
            "      行政复议            未经复议直接起诉    复议后起诉",
            "结    结 其 尚           结 结 其 尚    结 结 其 尚",
            "果    果   他   未   总   果    果   他     未   总   果   果   他       未   总",
            "维    纠   结   审   计   维    纠   结     审   计   维   纠   结       审   计",
            "持    正   果   结       持    正   果     结       持   正   果       结",
            "1    无   无 1 无       无    无   无     无   无   1   无   无       无   1",
        ]
        let reading = GeometryTableReader.reviewLitigation(Self.gridLines(text))
        #expect(try #require(reading.table)["review"]?.cells.map(\.cell.value) == [1, 0, 0, 1, 0])
        #expect(TableVerification.status(of: reading, sectionFound: true) == .complete)
        let plain = TableExtraction(settings: ExtractionSettings(), lineSource: .plainText).doubtedOutOfOrder(reading)
        #expect(TableVerification.status(of: plain, sectionFound: true) == .partial)
        #expect(plain.warnings.contains { $0.code == "cells_doubtful" && $0.row == "review" })
        // A PDF prints each value where it stands: its reading is not doubted so.
        let pdf = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf).doubtedOutOfOrder(reading)
        #expect(pdf.warnings.count == reading.warnings.count)
    }

    @Test("plain text 四: placeholders in any columns, and a wrapped number continuing the number before it (-raw, r1_0030d)")
    func reviewRawText() throws {
        let header = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉"]
            + Array(repeating: ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], count: 3).flatMap { $0 }
        // Eight dashes for fifteen columns: wherever they stand, every cell is 0.
        let dashes = GeometryTableReader.reviewLitigation(Self.gridLines(header + ["— — — — — — — —", "五、存在的主要问题及改进情况"]))
        #expect(try #require(dashes.table).rows.allSatisfy { $0.cells.allSatisfy { $0.cell.value == 0 } })
        #expect(!dashes.warnings.contains { $0.code == "columns_guessed" })

        // 行政复议's 总计 11 wrapped: pdftotext -raw prints its second １ on a line of its own, at the margin.
        let raw = header + ["５ ２ ２ ２ １", "１", "５ １ １ ２ ９ ２ — １ １ ４", "五、存在的主要问题及改进情况"]
        let reading = GeometryTableReader.reviewLitigation(Self.gridLines(raw))
        let table = try #require(reading.table)
        #expect(table["review"]?.cells.map(\.cell.value) == [5, 2, 2, 2, 11])
        #expect(table["litigation_after_review"]?.cells.map(\.cell.value) == [2, 0, 1, 1, 4])
        #expect(TableVerification.status(of: reading, sectionFound: true) == .complete)
    }

    @Test("plain text 二: a placeholder between two header words is certain, a number there is not")
    func proactivePlainText() throws {
        let text = [
            "     二、主动公开政府信息情况",
            "               第二十条第（一）项",
            "        信息内容         本年制发件数     本年废止件数       现行有效件数",
            "规章                          —                9",   // the dash between two header words
            "规范性文件                      23            3         80",
        ]
        let reading = GeometryTableReader.proactive(Self.gridLines(text))
        let table = try #require(reading.table)
        #expect(table["regulations"]?.cells.map(\.cell.value) == [0, 0, 9])
        #expect(!reading.warnings.contains { $0.code == "columns_guessed" })

        var between = text
        between[3] = "规章                     —                  5"   // the 5 lines up with no value of the full row
        let guessed = GeometryTableReader.proactive(Self.gridLines(between))
        #expect(guessed.warnings.contains { $0.code == "columns_guessed" && $0.row == "regulations" })
    }

    @Test("BlankCellPlacement: standing values stay, the arithmetic moves one that breaks it, free zeros never matter")
    func blankCellPlacement() {
        let r4 = { (cells: [Double]) in BlankCellPlacement.addsUp(cells, groupSize: 5) }
        let moved = BlankCellPlacement.resolve(values: [2, 2], standing: [0, 5], nearest: [0, 5], count: 15, holds: r4)
        #expect(moved.columns == [0, 4] && moved.certain)
        let zeros = BlankCellPlacement.resolve(values: [0, 0, 3], standing: [nil, nil, 2], nearest: [0, 1, 2], count: 3, holds: { _ in true })
        #expect(zeros.columns == [0, 1, 2] && zeros.certain)
        let free = BlankCellPlacement.resolve(values: [0, 3], standing: [0, nil], nearest: [0, 1], count: 3, holds: { _ in true })
        #expect(free.columns == [0, 1] && !free.certain)
        // The fewest moves a standing number (1 under the next group's 结果维持 to 总计); moving one standing
        // placeholder more (the — under 未经复议直接起诉's 结果维持 back to 行政复议's 总计) gives the lone 1 under no
        // word another column: in doubt (r37_0070d).
        let lying = BlankCellPlacement.resolve(values: [0, 0, 0, 1, 0, 1, 0, 0, 0], standing: [0, 2, 5, nil, 7, 10, nil, 12, nil],
                                               nearest: [0, 2, 5, 6, 7, 10, 11, 12, 14], count: 15, holds: r4)
        #expect(!lying.certain)
        // Nothing adds up: the layout's placement stays, certain only when every value stood under its column.
        let broken = BlankCellPlacement.resolve(values: [1, 5], standing: [0, 4], nearest: [0, 4], count: 5, holds: r4)
        #expect(broken.columns == [0, 4] && broken.certain)
    }
}
