import Testing
@testable import GovReport

@Suite("Paragraphs")
struct ParagraphsTests {
    /// pdftotext -raw style: no indents, lines about 27 characters, paragraphs end on short lines.
    static let raw = """
    一、总体情况
    2021 年，我局在市委、市政府的正确领导下，紧紧围绕中
    心工作，深入推进决策、执行、管理、服务、结果公开，持续
    加强政策解读和回应关切，不断提升政务公开标准化规范化水
    平，政府信息公开工作取得了新的成效。现将有关情况报告如
    下。
    主动公开：根据工作需要，在门户网站按时报送政务信
    息，更新政务专栏，通过政务微博、微信公众号及时推送信
    息，全年微信公众号共发布信息 731 篇。
    （二）依申请公开
    本年度新收政府信息公开申请 28 件，加上年结转 1 件，共
    计 29 件。严格按照《条例》规定的程序和时限办理政府信息公
    开申请，规范答复文书格式，做到依法、规范、及时答复。
    已办结 27 件，其中予以公开 22 件，部分公开 2 件，不予
    公开 3 件，无法提供 3 件。
    """

    @Test("raw text: wrapped lines joined, breaks at short lines, headings, leads and lost indents")
    func rawText() {
        let texts = Paragraphs.paragraphs(of: TextLines.lines(fromPlainText: Self.raw)).map(\.text)
        #expect(texts == [
            "一、总体情况",
            "2021年，我局在市委、市政府的正确领导下，紧紧围绕中心工作，深入推进决策、执行、管理、服务、结果公开，持续加强政策解读和回应关切，不断提升政务公开标准化规范化水平，政府信息公开工作取得了新的成效。现将有关情况报告如下。",
            "主动公开：根据工作需要，在门户网站按时报送政务信息，更新政务专栏，通过政务微博、微信公众号及时推送信息，全年微信公众号共发布信息731篇。",
            "（二）依申请公开",
            "本年度新收政府信息公开申请28件，加上年结转1件，共计29件。严格按照《条例》规定的程序和时限办理政府信息公开申请，规范答复文书格式，做到依法、规范、及时答复。",
            "已办结27件，其中予以公开22件，部分公开2件，不予公开3件，无法提供3件。",
        ])
    }

    @Test("seed style: a blank line after every line is not a paragraph break")
    func blankLineStyle() {
        let spaced = Self.raw.split(separator: "\n").joined(separator: "\n\n")
        let plain = Paragraphs.paragraphs(of: TextLines.lines(fromPlainText: Self.raw)).map(\.text)
        #expect(Paragraphs.paragraphs(of: TextLines.lines(fromPlainText: spaced)).map(\.text) == plain)
    }

    @Test("plain text without blank-line style: a blank line ends a paragraph")
    func blankLineBreaks() {
        let text = "主动公开：根据工作需要，在门户网站按时报送政务信息，更新政务\n专栏。\n\n依申请公开：全年未收到政府信息公开申请，我局继续做好相关\n准备工作。"
        #expect(Paragraphs.paragraphs(of: TextLines.lines(fromPlainText: text)).count == 2)
    }

    @Test("PDF geometry: first-line indent, short last line, page break inside a paragraph")
    func pdfGeometry() {
        // 16pt body from x 80 to 512 (27 characters), indent 32pt, pitch 29pt.
        func line(_ text: String, page: Int, row: Int, indent: Bool = false, full: Bool = true) -> TextLine {
            let x0 = indent ? 112.0 : 80
            return pdfLine(text, page: page, x: x0, y: 100 + Double(row) * 29, height: 21,
                           width: full ? 512 - x0 : Double(text.count) * 16)
        }
        let lines = [
            line("主动公开：根据工作需要，在门户网站按时报送政务信", page: 1, row: 0, indent: true),
            line("息，更新政务专栏，通过政务微博、微信公众号及时推送信", page: 1, row: 1),
            line("息，全年发布信息731篇。加大行政权力运行信息公开力度，", page: 1, row: 2),
            line("按照“谁执", page: 2, row: 0, full: false).with(x1: 512),
            line("法、谁公示”的原则公开执法信息。", page: 2, row: 1, full: false),
            line("依申请公开：全年共收到政府信息公开申请199件。已办", page: 2, row: 2, indent: true),
            line("结183件。", page: 2, row: 3, full: false),
            line("清河市人力资源和社会保障局", page: 2, row: 5, full: false).moved(x: 300),
        ]
        let paragraphs = Paragraphs.paragraphs(of: lines)
        #expect(paragraphs.map(\.text) == [
            "主动公开：根据工作需要，在门户网站按时报送政务信息，更新政务专栏，通过政务微博、微信公众号及时推送信息，全年发布信息731篇。加大行政权力运行信息公开力度，按照“谁执法、谁公示”的原则公开执法信息。",
            "依申请公开：全年共收到政府信息公开申请199件。已办结183件。",
            "清河市人力资源和社会保障局",
        ])
        #expect(paragraphs.map(\.page) == [1, 2, 2])
        #expect(paragraphs.map(\.lastPage) == [2, 2, 2])
        #expect(paragraphs.map(\.lineRange) == [0..<5, 5..<7, 7..<8])
    }

    @Test("starts of blocks", arguments: [
        ("（二）依申请公开", true), ("主动公开：根据工作需要", true), ("1.属于国家秘密", true), ("一、总体情况", true),
        ("2.5万元", false), ("2021年，我局", false), ("法、谁公示”的原则", false),
    ])
    func startsBlock(text: String, expected: Bool) {
        #expect(Paragraphs.startsBlock(text) == expected)
    }
}

extension TextLine {
    func with(x1: Double) -> TextLine {
        var line = self; line.box.x1 = x1; return line
    }

    func moved(x: Double) -> TextLine {
        var line = self; let width = box.width; line.box.x0 = x; line.box.x1 = x + width; return line
    }
}
