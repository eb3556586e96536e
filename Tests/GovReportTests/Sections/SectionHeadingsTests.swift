import Testing
@testable import GovReport

@Suite("Section headings")
struct SectionHeadingsTests {
    @Test("headings in their variations", arguments: [
        ("一、总体情况", 1), ("⼀、总 体 情 况", 1), ("一．总体情况", 1), ("一 总体情况", 1),
        ("二、主动公开政府信息情况", 2), ("（二）主动公开政府信息情况", 2), ("第二部分 主动公开政府信息情况", 2),
        ("三、收到和处理政府信息公开申请情况", 3),
        ("四、政府信息公开行政复议、行政诉讼情况", 4), ("四、政府信息公开⾏政复议、⾏政诉讼情况", 4),
        ("五、存在的主要问题及改进情况", 5), ("五、政府信息公开工作存在的主要问题及改进情况", 5),
        ("六、其他需要报告的事项", 6), ("六、其它需要报告的事项", 6),
    ])
    func heading(text: String, number: Int) {
        #expect(SectionHeadings.match(text)?.number == number)
    }

    @Test("not headings: table row labels, narrative, long lines", arguments: [
        "四、结转下年度继续办理", "三、本年度办理结果", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
        "二是主动公开政府信息的深度和广度还需进一步拓展", "行政复议", "依申请公开", "主动公开：全年主动公开政府信息情况",
        "全年主动公开政府信息1200条情况", "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况",
        "一、总体情况：2021年，我局在市委、市政府的正确领导下，紧紧围绕中心工作，深入推进决策公开",
    ])
    func notHeading(text: String) {
        #expect(SectionHeadings.match(text) == nil)
    }

    @Test("unnumbered headings", arguments: [
        ("总体情况", 1), ("总 体 情 况", 1), ("主动公开政府信息情况", 2), ("收到和处理政府信息公开申请情况", 3),
        ("政府信息公开行政复议、行政诉讼情况", 4), ("存在的主要问题及改进措施", 5), ("其他需要报告的事项", 6),
    ])
    func bareHeading(text: String, number: Int) {
        #expect(SectionHeadings.match(text) == .init(number: number, style: .bare))
    }

    @Test("a report without numbered headings splits on its bare headings; numbered ones win over bare lines")
    func bareStyle() {
        let bare = ["总体情况", "正文。", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议",
                    "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项", "无。"]
        let spans = SectionSplitter.spans(in: TextLines.lines(fromPlainText: bare.joined(separator: "\n")))
        #expect(spans.map(\.headingLine) == [0, 2, 3, 5, 6, 7])
        let numbered = ["一、总体情况", "主动公开政府信息情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        let mixed = SectionSplitter.spans(in: TextLines.lines(fromPlainText: numbered.joined(separator: "\n")))
        #expect(mixed.map(\.headingLine) == [0, 2, 3, 4, 5, 6])
    }

    @Test("a sub-heading （二）主动公开 inside section 一 does not open section 二 when sections use 一、")
    func styleChoice() {
        let text = ["一、总体情况", "（一）主动公开", "（二）主动公开政府信息情况", "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "无。"]
        let spans = SectionSplitter.spans(in: TextLines.lines(fromPlainText: text.joined(separator: "\n")))
        #expect(spans.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(spans.map(\.headingLine) == [0, 3, 4, 6, 7, 8])
        #expect(spans.last?.range == 8..<10)
    }

    @Test("a table of contents before the body loses to the body's headings")
    func tableOfContents() {
        let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]
        let lines = TextLines.lines(fromPlainText: (headings + ["正文。"] + headings).joined(separator: "\n"))
        #expect(SectionSplitter.spans(in: lines).map(\.headingLine) == [4, 5, 6])
    }
}
