import Testing
@testable import GovReport

/// A PDF-like line: one token, glyphs `height` high.
func pdfLine(_ text: String, page: Int, x: Double = 80, y: Double, height: Double = 20, width: Double? = nil) -> TextLine {
    let box = Box(x0: x, y0: y, x1: x + (width ?? Double(text.count) * 16), y1: y + height)
    return TextLine(page: page, box: box, text: text, tokens: [Token(text: text, box: box, page: page)], glyphHeight: height)
}

@Suite("Page furniture")
struct PageFurnitureTests {
    @Test("decorated page numbers", arguments: [
        ("- 3 -", true), ("-3-", true), ("—3—", true), ("— 12 —", true), ("第3页", true), ("第 3 页 共 9 页", true),
        ("共9页 第3页", true), ("3/9", true), ("Page 3 of 9", true),
        ("3", false), ("0 0 0", false), ("-", false), ("第二十条第（一）项", false), ("2021年", false),
        ("3 / 9", true), ("4 / 1 1 6", false), ("2 / / 1", false),   // a row of table values whose zeros print "/"
        ("— 1 1 2 — — — —", false), ("- 3 - 4 -", false),              // and one whose zeros print "—"
    ])
    func decorated(text: String, expected: Bool) {
        #expect(PageFurniture.isDecoratedPageNumber(text) == expected)
    }

    @Test("the shortcuts before the page-number patterns: dashed numbers by hand, lines without digits rejected")
    func pageNumberShortcuts() {
        #expect(["-3-", "--12--", "~7~", "•1234•", "-3~"].allSatisfy(PageFurniture.isDashedNumber))
        #expect(!["-", "3-", "-3", "-12345-", "-3-4-", "-三-", "- 3 -", ""].contains(where: PageFurniture.isDashedNumber))
        // `\d` matches any character with a numeric value, so only ASCII and general punctuation are digit-free.
        #expect(["3", "第三页", "〇", "²", "٣", "-三-"].allSatisfy(PageFurniture.mayHoldDigit))
        #expect(!["-", "- -", "——", "Page", "·•"].contains(where: PageFurniture.mayHoldDigit))
        #expect(PageFurniture.isDecoratedPageNumber("-三-"))   // not dashed by hand: the pattern decides
    }

    @Test("fractions and marked lines are told without regular expressions, as the patterns would tell them")
    func handWrittenTests() {
        #expect(["3/9", "12/120", "1234/1", "三/九", "٣/9"].allSatisfy(PageFurniture.isFraction))
        #expect(!["3/", "/9", "3/9/1", "12345/1", "3/9a", "3-9", ""].contains(where: PageFurniture.isFraction))
        // A table row whose zeros print "—" starts with a mark but does not end in one: no pattern is tried.
        #expect(!PageFurniture.mayBeMarked("-0-3", first: "-"))
        #expect(!PageFurniture.isDecoratedPageNumber("— 0 — 3"))
        #expect(PageFurniture.mayBeMarked("·3·", first: "·") && PageFurniture.isDecoratedPageNumber("·3·"))
        #expect(!PageFurniture.mayBeMarked("第3条", first: "第") && PageFurniture.mayBeMarked("第3页", first: "第"))
        #expect(PageFurniture.mayBeMarked("PAGE3", first: "P") && PageFurniture.isDecoratedPageNumber("PAGE 3"))
        #expect(!PageFurniture.mayBeMarked("Part3", first: "P"))
    }

    @Test("PDF: footers, bare page numbers and a running header go; a repeated table header stays")
    func pdfFurniture() {
        let body = ["主动公开情况。", "依申请公开情况。", "政府信息管理情况。", "平台建设情况。"]
        var lines: [TextLine] = []
        for page in 1...4 {
            lines.append(pdfLine("某某局2021年政府信息公开工作年度报告", page: page, y: 40, height: 12))
            lines.append(pdfLine("申请人情况", page: page, y: 100, height: 14))     // a table header on every page
            lines.append(pdfLine("自然人 商业企业", page: page, y: 117, height: 14))
            lines.append(pdfLine(body[page - 1], page: page, y: 300))
            lines.append(pdfLine(page % 2 == 0 ? "\(page)" : "- \(page) -", page: page, x: 290, y: 770, height: 18))
        }
        let kept = PageFurniture.removed(from: lines, source: .pdf).map(\.text)
        #expect(kept.filter { body.contains($0) }.count == 4)
        #expect(kept.filter { $0 == "申请人情况" }.count == 4)
        #expect(!kept.contains { $0.contains("年度报告") })
        #expect(!kept.contains { $0.contains("-") || $0.count == 1 })
    }

    @Test("a fraction past the last page of a paged text is a row of cells (５２ / ６６０), kept")
    func fractionPastLastPage() {
        let lines = [pdfLine("其他对外管理服务", page: 1, y: 90), pdfLine("５２ / ６６０", page: 1, y: 110),
                     pdfLine("行政处罚", page: 2, y: 90), pdfLine("2/2", page: 2, y: 780)]
        #expect(PageFurniture.removed(from: lines, source: .pdf).map(\.text) == ["其他对外管理服务", "５２ / ６６０", "行政处罚"])
    }

    @Test("a row of cells whose text folds like a page fraction (17 / 2562) is kept: its tokens stand apart")
    func spreadFraction() {
        let cells = [("17", 230.0), ("/", 340.0), ("2562", 440.0)].map { text, x in
            Token(text: text, box: Box(x0: x, y0: 110, x1: x + Double(text.count) * 7, y1: 124), page: 2)
        }
        let row = TextLine(page: 2, box: Box(x0: 230, y0: 110, x1: 468, y1: 124), text: "17 / 2562", tokens: cells, glyphHeight: 14)
        let lines = [pdfLine("行政许可", page: 2, y: 90), row, pdfLine("务事项", page: 2, y: 126)]
        #expect(PageFurniture.removed(from: lines, source: .pdf).map(\.text) == ["行政许可", "17 / 2562", "务事项"])
        #expect(PageFurniture.removed(from: [pdfLine("3 / 9", page: 2, x: 280, y: 780)], source: .pdf).isEmpty)
        // A footer with words at its two ends is a page number however far apart they stand.
        let ends = [("第3页", 80.0), ("共9页", 450.0)].map { text, x in
            Token(text: text, box: Box(x0: x, y0: 780, x1: x + 40, y1: 794), page: 2)
        }
        let footer = TextLine(page: 2, box: Box(x0: 80, y0: 780, x1: 490, y1: 794), text: "第3页 共9页", tokens: ends, glyphHeight: 14)
        #expect(PageFurniture.removed(from: [pdfLine("行政许可", page: 2, y: 90), footer], source: .pdf).map(\.text) == ["行政许可"])
    }

    @Test("a bare number is kept when it does not count up with the pages (a table cell)")
    func bareCell() {
        let lines = [pdfLine("行政许可", page: 1, y: 700), pdfLine("0", page: 1, x: 300, y: 760),
                     pdfLine("行政处罚", page: 2, y: 100), pdfLine("7", page: 2, x: 300, y: 760)]
        #expect(PageFurniture.removed(from: lines, source: .pdf).map(\.text) == ["行政许可", "0", "行政处罚", "7"])
    }

    @Test("plain text: page numbers out; without form feeds each one starts a new page")
    func plainText() {
        let text = "一、总体情况\n\n把控公开信息来源，\n\n\n\n- 3 -\n\n进一步规范信息公开审查制度。\n\n第4页\n\n无。"
        let kept = PageFurniture.removed(from: TextLines.lines(fromPlainText: text)).filter { !$0.text.isEmpty }
        #expect(kept.map(\.text) == ["一、总体情况", "把控公开信息来源，", "进一步规范信息公开审查制度。", "无。"])
        #expect(kept.map(\.page) == [1, 1, 2, 3])
    }

    @Test("plain text with form feeds: bare numbers at page ends and a repeated footer go")
    func plainTextPages() {
        let body = ["主动公开情况。", "依申请公开情况。", "政府信息管理情况。", "平台建设情况。"]
        let pages = (1...4).map { "\(body[$0 - 1])\n某某局政务公开办公室\n\($0)" }
        let kept = PageFurniture.removed(from: TextLines.lines(fromPlainText: pages.joined(separator: "\u{0C}")))
        #expect(kept.map(\.text) == body)
    }

    @Test("plain text: table rows of numbers alone at the ends of several pages are not a running footer")
    func numberRowsAtPageEnds() {
        let rows = ["1 1 2 2 2 2 2", "3 0 0 1 0 0 4", "0 0 0 0 0 0 0"]
        let pages = (1...3).map { "第\($0)页的表格\n\(rows[$0 - 1])" }
        let kept = PageFurniture.removed(from: TextLines.lines(fromPlainText: pages.joined(separator: "\u{0C}")))
        #expect(kept.map(\.text).filter { rows.contains($0) } == rows)
    }

    @Test("plain text: a row of placeholders (无 无 无 …) repeated at the ends of several pages is a table row")
    func placeholderRowsAtPageEnds() {
        let row = "无 无 无 无 无 无 无"
        let pages = (1...3).map { "第\($0)页的表格\n\(row)\n第\($0)页" }
        let kept = PageFurniture.removed(from: TextLines.lines(fromPlainText: pages.joined(separator: "\u{0C}")))
        #expect(kept.map(\.text).filter { $0 == row }.count == 3)
        #expect(!kept.map(\.text).contains { $0.hasPrefix("第") && $0.hasSuffix("页") })
        #expect(PageFurniture.isCellValues("— 3 无") && PageFurniture.isCellValues("无") && !PageFurniture.isCellValues("某某局 办公室"))
    }

    @Test("plain text: cells ending two pages that count up by chance (0 on page 4, 1 on page 5) stay; three pages so offset go")
    func cellsCountingUpByChance() {
        let cells = (1...5).map { page in page < 4 ? "第\(page)页的正文。" : "第\(page)页的表格\n0\n\n\(page - 4)" }
        let table = PageFurniture.removed(from: TextLines.lines(fromPlainText: cells.joined(separator: "\u{0C}")))
        #expect(table.map(\.text).filter { $0 == "0" || $0 == "1" } == ["0", "0", "0", "1"])
        let body = ["封面。", "主动公开情况。", "依申请公开情况。", "政府信息管理情况。"]
        let numbered = (1...4).map { "\(body[$0 - 1])\n\($0 - 1)" }
        let kept = PageFurniture.removed(from: TextLines.lines(fromPlainText: numbered.joined(separator: "\u{0C}")))
        #expect(kept.map(\.text).filter { !$0.isEmpty } == body)
    }

    @Test("plain text: one placeholder (无) ending several pages is a table's cell, plain pdftotext printing a cell per line")
    func placeholderCellsAtPageEnds() {
        let pages = (1...3).map { "第\($0)页的表格\n1\n\n无\n第\($0)页" }
        let kept = PageFurniture.removed(from: TextLines.lines(fromPlainText: pages.joined(separator: "\u{0C}")))
        #expect(kept.map(\.text).filter { $0 == "无" }.count == 3)
    }
}
