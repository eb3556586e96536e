import GovReport
@testable import GovReportPDF
import Testing

/// Section headings page OCR garbled, found again among the lines between their neighbours' headings.
@Suite struct OCRHeadingsTests {
    /// One page of lines, 20 pt apart, each line's characters 12 pt wide.
    static func page(_ lines: [String], number: Int = 1) -> Page {
        let glyphs = lines.enumerated().flatMap { i, text in
            Glyph.spread(text, over: Box(x0: 72, y0: 72 + Double(i) * 20, x1: 72 + Double(text.count) * 12,
                                         y1: 84 + Double(i) * 20))
        }
        return Page(number: number, width: 595, height: 842, glyphs: glyphs)
    }

    static func headings(_ lines: [String]) -> [String] {
        var pages = [page(lines)]
        OCRHeadings.repair(&pages, ocrPages: [1])
        let repaired = TextLines.lines(of: pages[0])
        return SectionSplitter.spans(in: repaired).map { repaired[$0.headingLine].text }
    }

    static let body = "本年度共收到申请一百件，均已按时办结。"

    @Test("a garbled heading becomes its section's heading, numbered as the others are")
    func garbled() {
        #expect(Self.headings(["一、总体情况", Self.body, "二、主动公开政府信息情况", Self.body,
                               "三、收至和处理政府舍息公开申请情，", Self.body, "四、政府信息公开行政复议、行政诉讼情况",
                               "五存在的要问题改进情况", "六、其他需要报告的事项"])
                == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
        // Unnumbered headings whose 况 OCR read as a semicolon; 第二部 dropped before 分.
        #expect(Self.headings(["总体情况", "主动公开政府信息情;", "收到和处理政府信息公开申请情,",
                               "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]).count == 6)
        // 信 broken into 记-品 and 况 read 区, the numbering lost: four edits counting the hyphen, three without.
        #expect(OCRHeadings.heading(3, Normalizer.fold("收到和处理政府记-品息公开申请情区"), style: .numeral)?.text
                == Normalizer.fold("收到和处理政府信息公开申请情况"))
        // A heading set in a bold drawn twice reads each character twice.
        #expect(OCRHeadings.heading(4, Normalizer.fold("第四部分政府信息公开行行政政复复议议、，行行政政诉诉讼讼情情;况"),
                                    style: .ordinal)?.text == Normalizer.fold("政府信息公开行政复议、行政诉讼情况"))
        #expect(Self.headings(["第一部分总体情况", "分主动公开政府信息情况", "第三部分收到和处理政府信息公开申请情况"])
                == ["第一部分总体情况", "第二部分主动公开政府信息情况", "第三部分收到和处理政府信息公开申请情况"])
    }

    @Test("lines too far from every heading text, numbered as another section or out of order stay as they are")
    func untouched() {
        // Prose that holds the words, a line numbered 五, a heading text after the next section's heading.
        let lines = ["一、总体情况", "我局主动公开政府信息情况良好，全年共发布信息三百条。", "五、主动公开政府信息情况",
                     "三、收到和处理政府信息公开申请情况", "主动公开政府信息情;"]
        #expect(Self.headings(lines) == ["一、总体情况", "三、收到和处理政府信息公开申请情况"])
        #expect(OCRHeadings.heading(2, Normalizer.fold("主动公开信息"), style: .numeral) == nil)
        #expect(OCRHeadings.heading(3, Normalizer.fold("收到申请情况"), style: .numeral) == nil)
        // A heading read well in the document's style is not a repair.
        #expect(OCRHeadings.heading(2, Normalizer.fold("二、主动公开政府信息情况"), style: .numeral) == nil)
    }

    @Test("edit distance")
    func distance() {
        #expect(EditDistance.distance(Array("收至和处理"), Array("收到和处理")) == 1)
        #expect(EditDistance.distance(Array("分主动公开"), Array("主动公开")) == 1)
        #expect(EditDistance.distance(Array(""), Array("总体")) == 2)
        #expect(EditDistance.distance(Array("情况"), Array("况情")) == 2)
    }
}
