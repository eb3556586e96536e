import Foundation
import Testing
@testable import GovReport
import GovReportTestSupport

/// The seed: a real report's pdftotext output, a blank line after every visual line, a "- 3 -" mid-text.
@Suite("Seed report text", .enabled(if: SharedCorpus.isPresent))
struct SeedDocumentTests {
    let document: DocumentText

    init() throws {
        document = DocumentReader().read(TextLines.lines(fromPlainText: try SharedCorpus.seedText()))
    }

    @Test("six sections with their headings, and the header")
    func sections() {
        #expect(document.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.sections.map(\.heading) == [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ])
        #expect(document.info == ReportInfo(title: "2021年政府信息公开工作年度报告", agency: nil, year: 2021, template: .v2021))
        #expect(document.source == .plainText)
        #expect(!document.isMojibake && document.isReport())
        #expect(document.preamble.isEmpty)
    }

    @Test("section 一: six paragraphs, de-wrapped across the page number")
    func sectionOne() throws {
        let paragraphs = try #require(document.section(1)).paragraphs.map(\.text)
        #expect(paragraphs.count == 6)
        #expect(paragraphs.first == "深入贯彻习近平总书记视察宁夏重要讲话精神，立足新发展阶段、贯彻新发展理念、构建新发展格局，认真贯彻落实市委、市政府关于政务公开的工作部署和要求，围绕促进行政权力公开透明运行的核心要求，聚焦企业群众关切，进一步深化重点领域信息公开，强化政策发布解读，切实加强对政府信息公开工作的统筹部署。")
        #expect(paragraphs.last == "监督保障：严格落实“三校三审”制度，把控公开信息来源，进一步规范信息公开审查制度，明确上网信息审核流程，严格管控采编发布流程和重要稿件送审流程，做到先审查后公开、一稿一审、全面审查。不断强化行政机关公开理念，加强全市政务公开工作人员学习交流，组织我局政务公开工作人员参加2021年全市政务公开专题培训班，强化工作人员依法依规公开的意识，提高政务公开工作人员的业务能力，切实发挥政务公开工作的实际作用。")
        #expect(paragraphs[2] == "依申请公开：2021年1月1日至2021年12月31日，我局未收到政府信息公开申请。")
        #expect(paragraphs.map { String($0.prefix(5)) } == ["深入贯彻习近", "主动公开：", "依申请公开", "政府信息管", "政府信息公", "监督保障："].map { String($0.prefix(5)) })
    }

    @Test("the last paragraph of section 一 runs over the page break the page number marked")
    func pages() throws {
        let last = try #require(document.section(1)?.paragraphs.last)
        #expect(last.page == 1 && last.lastPage == 2)
        #expect(document.section(6)?.page == 2)
    }

    @Test("no page numbers, no blank paragraphs, narrative paragraphs end sentences")
    func clean() {
        let all = document.sections.flatMap(\.paragraphs).map(\.text)
        #expect(!all.contains { $0.contains("- 3 -") || $0.contains("-3-") })
        #expect(!all.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        for section in document.sections where !section.hasTable {
            for paragraph in section.paragraphs {
                #expect(CharacterClass.endsSentence(paragraph.text), "\(section.number): \(paragraph.text)")
            }
        }
    }

    @Test("sections 二–四 keep their lines for the tables and no table text as paragraphs")
    func tables() throws {
        for n in 2...4 { #expect(document.section(n)?.paragraphs == []) }
        let three = try #require(document.section(3))
        let texts = document.lines[three.lineRange].map(\.text)
        #expect(texts.contains("四、结转下年度继续办理 0 0 0 0 0 0 0"))
        #expect(texts.contains("（七）总计 0 0 0 0 0 0 0"))
        #expect(document.section(5)?.paragraphs.count == 1)
        #expect(document.section(6)?.paragraphs.map(\.text) == ["无。"])
    }
}
