import Foundation
import GovReport
import Testing

/// The pipeline's own decisions on small texts: what is a report, what a pre-2019 report gives.
@Suite struct ExtractorTests {
    static func source(_ name: String) -> SourceInfo {
        SourceInfo(fileName: name, sha256: String(repeating: "0", count: 64), pageCount: 1, kind: .text)
    }

    static let pre2019 = """
    某市民政局2017年政府信息公开工作年度报告

    一、概述

    2017年，我局认真贯彻落实《条例》。

    二、主动公开政府信息情况

    全年主动公开政府信息120条。

    三、依申请公开政府信息情况

    全年收到申请5件。
    """

    @Test("a report before 2019 keeps its text and sections, expects no template table, and has no findings")
    func pre2019Report() throws {
        let report = try Extractor().extract(text: Self.pre2019, source: Self.source("pre.txt"))
        #expect(report.info.template == .pre2019)
        #expect(report.info.year == 2017)
        #expect(report.info.agency == "某市民政局")
        #expect(report.tables.isEmpty)
        #expect(report.warnings.map(\.code) == ["pre2019_report"])
        #expect(report.sections.first?.paragraphs == ["2017年，我局认真贯彻落实《条例》。"])
        #expect(Checker().check(report).filter { $0.severity == .error }.isEmpty)
    }

    @Test("a text that is not a disclosure report is refused with the number of headings found")
    func notAReport() {
        let circular = "关于开展安全检查的通知\n\n一、检查范围\n\n全市各单位。\n\n二、检查时间\n\n十月。\n"
        #expect(throws: ExtractionError.notAReport(path: "n.txt", sectionsFound: 0)) {
            try Extractor().extract(text: circular, source: Self.source("n.txt"))
        }
    }

    @Test("a text with nothing in it")
    func empty() {
        #expect(throws: ExtractionError.noText(path: "e.txt")) {
            try Extractor().extract(text: "\n \n\u{0C}\n", source: Self.source("e.txt"))
        }
    }
}
