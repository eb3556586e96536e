import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GovReport
import GovReportTestSupport

/// `compare` on two years of the generated series, checked by parsing every output form.
@Suite("Year comparison and its outputs")
struct YearComparisonTests {
    static let truth = try! SeriesTruth()

    static func comparison(_ scenario: String = "series", old: Int = 2023, new: Int = 2024) throws -> YearComparison {
        let reports = try truth.textReports(scenario)
        let a = try #require(reports.first { $0.year == old }), b = try #require(reports.first { $0.year == new })
        return YearComparison(old: a, new: b)
    }

    @Test("headline figures and their change equal the truth")
    func headline() throws {
        let c = try Self.comparison()
        for row in c.headline {
            #expect(row.old == Self.truth.headline[2023]?[row.figure.key] ?? nil, "\(row.figure.key)")
            #expect(row.new == Self.truth.headline[2024]?[row.figure.key] ?? nil, "\(row.figure.key)")
        }
        let new = try #require(c.rows.first { $0.table == .requests && $0.row == "new_requests" && $0.column == "total" })
        let expected = try #require((Self.truth.headline[2024]?["new_requests"] ?? nil).flatMap { n in (Self.truth.headline[2023]?["new_requests"] ?? nil).map { n - $0 } })
        #expect(new.change == expected)
        #expect(c.carryOverChecked && c.carryOver.isEmpty)
        #expect(!c.oldNarrative.isEmpty && !c.newNarrative.isEmpty)
        #expect(c.oldNarrative.contains { $0.value == Self.truth.headline[2023]?["new_requests"] ?? nil })
    }

    @Test("X1 between the two years when they break the carry-over")
    func carryOver() throws {
        let c = try Self.comparison("x1_break")
        #expect(Set(c.carryOver.map(\.instance)) == ["X1:natural_person", "X1:total"])
        #expect(try Self.comparison(old: 2021, new: 2023).carryOverChecked == false)
    }

    @Test("CSV: a header and one line of ten fields per cell, values as in the comparison")
    func csv() throws {
        let c = try Self.comparison()
        let lines = ComparisonExport.csv(c).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(lines.first?.map(String.init) == ComparisonExport.csvHeader)
        #expect(lines.count == c.rows.count + 1)
        let total = try #require(lines.first { $0.count > 2 && $0[0] == "requests" && $0[1] == "total" && $0[2] == "total" })
        let row = try #require(c.rows.first { $0.table == .requests && $0.row == "total" && $0.column == "total" })
        #expect(Double(total[5]) == row.old && Double(total[6]) == row.new && Double(total[7]) == row.change)
    }

    @Test("JSON: both sides, every row, headline, carry-over and narrative")
    func json() throws {
        let c = try Self.comparison()
        let json = try JSONValue.parse(Data(ComparisonExport.json(c).serialized().utf8))
        #expect(json["old"]?["year"]?.int == 2023 && json["new"]?["year"]?.int == 2024)
        #expect(json["old"]?["agency_key"]?.string == Self.truth.agencyKey)
        #expect(json["rows"]?.array?.count == c.rows.count)
        let fees = try #require(json["headline"]?.array?.first { $0["key"]?.string == "fees_10k_yuan" })
        #expect(fees["new"]?.number == Self.truth.headline[2024]?["fees_10k_yuan"] ?? nil)
        #expect(json["carry_over"]?["checked"] == .bool(true))
        #expect(json["narrative"]?["new"]?.array?.isEmpty == false)
    }

    @Test("Markdown: the headline table and one table per template table")
    func markdown() throws {
        let text = ComparisonExport.markdown(try Self.comparison())
        #expect(text.contains("| 指标 | 2023 | 2024 | 变化 | 变化% |"))
        let newRequests = try #require(Self.truth.headline[2024]?["new_requests"] ?? nil)
        #expect(text.contains("| 本年新收申请 | \(FindingText.number(try #require(Self.truth.headline[2023]?["new_requests"] ?? nil))) | \(FindingText.number(newRequests)) |"))
        #expect(text.components(separatedBy: "\n## ").count == 1 + 1 + 3 + 2)
    }

    @Test("SVG: well-formed, one bar pair per known headline figure, values as in the truth")
    func svg() throws {
        let c = try Self.comparison()
        let svg = ComparisonChart.svg(c)
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        #expect(parser.parse())
        let known = c.headline.filter { $0.old != nil || $0.new != nil }
        #expect(reader.figures.count == known.count)
        #expect(reader.rects == 3 + 2 * known.count)  // background, two legend keys, two bars per figure
        for figure in known {
            let attributes = try #require(reader.figures[figure.figure.key])
            #expect(attributes["data-old"] == ComparisonExport.text(Self.truth.headline[2023]?[figure.figure.key] ?? nil))
            #expect(attributes["data-new"] == ComparisonExport.text(Self.truth.headline[2024]?[figure.figure.key] ?? nil))
        }
    }

    @Test("HTML: a self-contained page with the chart and no external reference")
    func html() throws {
        let page = ComparisonChart.html(try Self.comparison())
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!page.contains("src=") && !page.contains("href="))
        #expect(page.components(separatedBy: "<table").count - 1 == 4)
    }
}

/// Collects the bars and figure groups of the chart.
final class SVGReader: NSObject, XMLParserDelegate {
    var figures: [String: [String: String]] = [:]
    var rects = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "g", let key = attributes["data-key"] { figures[key] = attributes }
        if name == "rect" { rects += 1 }
    }
}
