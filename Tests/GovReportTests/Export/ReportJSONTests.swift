import Foundation
import GovReport
import GovReportTestSupport
import Testing

@Suite struct ReportJSONTests {
    /// A report with one cell of each kind: printed, placeholder, blank, decimal with unit.
    static let report: Report = {
        let requests = Table(kind: .requests, template: .v2021, rows: [
            TableRow(key: "new_requests", label: "一、本年新收政府信息公开申请数量", cells: [
                ("natural_person", Cell(value: 151, printed: "151", page: 4, box: Box(x0: 338.1, y0: 212.6, x1: 352.3, y1: 227.1))),
                ("commercial", Cell(value: 0, printed: "—", page: 4, box: Box(x0: 370, y0: 212.6, x1: 380, y1: 227.1))),
                ("total", Cell(value: 0, printed: "", page: 4)),
            ]),
        ])
        let proactive = Table(kind: .proactive, template: .v2019, rows: [
            TableRow(key: "procurement", label: "政府集中采购", cells: [
                ("amount", Cell(value: 251000, printed: "251000元", page: 3, unit: "元")),
            ]),
        ])
        return Report(
            source: SourceInfo(fileName: "a.pdf", sha256: String(repeating: "ab", count: 32), pageCount: 5, kind: .pdf),
            info: ReportInfo(title: "某局2021年政府信息公开工作年度报告", agency: "某局", year: 2021, template: .v2021),
            preamble: ["本报告根据……编制。"],
            sections: [Section(number: 1, heading: "一、总体情况", paragraphs: ["第一段。", "第二段。"], page: 1)],
            proactive: proactive, requests: requests, reviewLitigation: nil,
            warnings: [ExtractionWarning(code: "table_missing", message: "section 四 table not found", table: "review_litigation")])
    }()

    static let finding = Finding(rule: "R3", severity: .error, table: "requests", row: "new_requests", column: "total",
                                 rowLabel: "一、本年新收政府信息公开申请数量", columnLabel: "总计", printed: 0, expected: 151, page: 4,
                                 message: "总计应为151。", messageEnglish: "The total should be 151.")

    @Test("tables are keyed as the data contract says")
    func contractKeys() throws {
        let json = ReportJSON.value(Self.report)
        #expect(json["requests"]?["new_requests"]?["natural_person"]?.number == 151)
        #expect(json["proactive"]?["procurement"]?["amount"]?.number == 251000)
        #expect(json["review_litigation"] == .null)
        #expect(json["provenance"]?["requests"]?["new_requests"]?["commercial"]?["printed"]?.string == "—")
        #expect(json["provenance"]?["proactive"]?["procurement"]?["amount"]?["unit"]?.string == "元")
        #expect(json["table_templates"]?["proactive"]?.string == "2019")
    }

    @Test("output validates against Docs/schema/report.schema.json, with and without findings")
    func validates() throws {
        let schema = try SchemaValidator.reportSchema()
        #expect(schema.errors(ReportJSON.value(Self.report)) == [])
        #expect(schema.errors(ReportJSON.value(Self.report, findings: [Self.finding])) == [])
        // The validator is not vacuous: a wrong type is caught.
        var broken = ReportJSON.value(Self.report).pairs ?? []
        broken[0] = ("schema_version", .number(1))
        #expect(!schema.errors(.object(broken)).isEmpty)
    }

    @Test("decode reads back what encode wrote")
    func roundTrip() throws {
        let text = ReportJSON.encode(Self.report, findings: [Self.finding])
        let (decoded, findings) = try ReportJSON.decode(Data(text.utf8))
        #expect(decoded.source == Self.report.source)
        #expect(decoded.info == Self.report.info)
        #expect(decoded.sections == Self.report.sections)
        #expect(decoded.warnings == Self.report.warnings)
        #expect(decoded.requests?["new_requests", "commercial"] == Self.report.requests?["new_requests", "commercial"])
        #expect(decoded.requests?.rows.map { $0.cells.map(\.cell) } == Self.report.requests?.rows.map { $0.cells.map(\.cell) })
        #expect(decoded.proactive?.template == .v2019)
        #expect(findings == [Self.finding])
    }

    @Test("CSV has one line per cell, quoting where needed")
    func csv() {
        let lines = CSVExport.rows(Self.report).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first == "a.pdf,某局,2021,2019,proactive,procurement,amount,251000,251000元,3")
        #expect(lines.contains("a.pdf,某局,2021,2021,requests,new_requests,commercial,0,—,4"))
        #expect(CSVExport.line(["a,b", "say \"hi\""]) == "\"a,b\",\"say \"\"hi\"\"\"\n")
    }
}
