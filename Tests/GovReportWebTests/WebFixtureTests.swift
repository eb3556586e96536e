import Foundation
import GovReport
import GovReportPDF
import GovReportTestSupport
import Testing

/// Every web-page and Word fixture (Tests/Fixtures/web, made by Scripts/fixtures/make_web_docx.py) read as
/// `govreport extract` reads it: its truth's three tables exactly, its title and year, and the same text and
/// sections as the PDF of the same report (the fixture named by the truth's `id`).
@Suite("Web pages and Word files against their truth")
struct WebFixtureTests {
    static var files: [String] {
        [".docx", ".html"].flatMap { suffix in RepositoryFiles.names(in: RepositoryFiles.web, withSuffix: suffix).map { $0 + suffix } }
            + [".docx", ".html"].map { "../../../Samples/reports/sample_2021" + $0 }
    }

    static func url(_ file: String) -> URL { RepositoryFiles.web.appendingPathComponent(file).standardizedFileURL }

    static func truthURL(_ file: String) -> URL {
        let url = url(file)
        return url.deletingLastPathComponent().appendingPathComponent(String(url.lastPathComponent.prefix { $0 != "." }) + ".json")
    }

    @Test("every cell of the truth, nothing more; title, year and kind", arguments: files)
    func tables(file: String) throws {
        let report = try ReportFile.load(path: Self.url(file).path)
        let truth = try TruthFile(url: Self.truthURL(file))
        #expect(truth.misses(in: report.tables) == [])
        #expect(truth.extraCells(in: report.tables) == 0)
        let json = try JSONValue.parse(Data(contentsOf: Self.truthURL(file)))
        #expect(report.info.year == truth.year)
        #expect(report.info.title == json["title"]?.string)
        #expect(report.source.kind == (file.hasSuffix(".docx") ? .docx : .html))
        for kind in TableKind.allCases where json[kind.rawValue] != nil {
            #expect(report.tableStatus[kind] == .complete, "\(kind.rawValue): \(report.warnings.filter { $0.table == kind.rawValue })")
        }
    }

    @Test("the same preamble, headings and paragraphs as the PDF of the report", arguments: files)
    func textLikeThePDF(file: String) throws {
        let json = try JSONValue.parse(Data(contentsOf: Self.truthURL(file)))
        let name = try #require(json["id"]?.string).replacingOccurrences(of: "fx-", with: "")
        let pdf = [RepositoryFiles.fixtures, RepositoryFiles.samples].map { $0.appendingPathComponent(name + ".pdf") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        let fromPDF = try ReportFile.load(path: try #require(pdf).path)
        let report = try ReportFile.load(path: Self.url(file).path)
        // Compared as one text: the PDF reader splits v14's preamble after a line ending in 电话： (a printed
        // page's paragraph cues are guesses; a markup paragraph is explicit).
        #expect(report.preamble.joined() == fromPDF.preamble.joined())
        #expect(report.sections.map(\.number) == fromPDF.sections.map(\.number))
        #expect(report.sections.map(\.heading) == fromPDF.sections.map(\.heading))
        for (web, paper) in zip(report.sections, fromPDF.sections) {
            #expect(web.paragraphs == paper.paragraphs, "section \(web.number)")
        }
    }

    @Test("a table pasted as an image is reported as such, the other tables read")
    func imageTable() throws {
        let report = try ReportFile.load(path: Self.url("h08_cms_image_table.html").path)
        #expect(report.reviewLitigation == nil)
        #expect(report.tableStatus.reviewLitigation == .failed)
        #expect(report.warnings.contains { $0.code == "table_image" && $0.table == "review_litigation" })
        #expect(report.tableStatus.requests == .complete)
    }

    @Test("a portal page keeps its meta tags; cells carry their place in the page's tables")
    func metaAndProvenance() throws {
        let report = try ReportFile.load(path: Self.url("h04_cms_2021.html").path)
        let page = try #require(report.source.page)
        #expect(page.articleTitle == report.info.title)
        #expect(page.publishedAt == "2021-01-20 09:30")
        #expect(page.url == "http://www.example.gov.cn/zwgk/ndbg/h04_cms_2021.shtml")
        // Table 2 is section 三: three header rows, then 一、本年新收… in row 4; 自然人 is column 4.
        #expect(report.requests?["new_requests", "natural_person"]?.grid == GridPlace(table: 2, row: 4, column: 4))
        #expect(report.requests?["new_requests", "natural_person"]?.page == nil)
        let json = ReportJSON.value(report)
        let provenance = json["provenance"]?["requests"]?["new_requests"]?["natural_person"]
        #expect(provenance?["table"]?.int == 2 && provenance?["row"]?.int == 4 && provenance?["column"]?.int == 4)
        #expect(provenance?["page"] == nil)
        #expect(try SchemaValidator.reportSchema().errors(json) == [])
        let decoded = try ReportJSON.decode(Data(ReportJSON.encode(report).utf8)).report
        #expect(decoded.source.page == page)
        #expect(decoded.requests?["new_requests", "natural_person"]?.grid == GridPlace(table: 2, row: 4, column: 4))
    }
}
