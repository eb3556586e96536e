import Foundation
import GovReport
import GovReportStore

/// Hand-built reports for the store tests.
enum Fixtures {
    /// A 2021-template report with two request rows (3 cells each), one review cell, two sections, a preamble
    /// paragraph, a warning and `findings` findings.
    static func report(sha256: String = String(repeating: "a", count: 64), agency: String = "清河市人力资源和社会保障局",
                       findings: Int = 0) -> (Report, [Finding]) {
        func cell(_ value: Double, _ printed: String, x: Double) -> Cell {
            Cell(value: value, printed: printed, page: 3, box: Box(x0: x, y0: 100, x1: x + 20, y1: 112))
        }
        let requests = Table(kind: .requests, template: .v2021, rows: [
            TableRow(key: "new_requests", label: "一、本年新收政府信息公开申请数量",
                     cells: [("natural_person", cell(190, "190", x: 200)), ("commercial", cell(9, "9", x: 240)),
                             ("total", cell(199, "199", x: 480))]),
            TableRow(key: "granted", label: "（一）予以公开",
                     cells: [("natural_person", cell(0, "—", x: 200)), ("commercial", cell(3, "3", x: 240)),
                             ("total", cell(3, "3", x: 480))]),
        ])
        let review = Table(kind: .reviewLitigation, template: .v2021, rows: [
            TableRow(key: "review", label: "行政复议", cells: [("upheld", Cell(value: 2, printed: "2"))]),
        ])
        let report = Report(
            source: SourceInfo(fileName: "a1_01.pdf", sha256: sha256, pageCount: 5, kind: .pdf),
            info: ReportInfo(title: "\(agency)2021年政府信息公开工作年度报告", agency: agency, year: 2021, template: .v2021),
            preamble: ["根据《条例》规定，现公布本年度报告。"],
            sections: [
                Section(number: 1, heading: "一、总体情况", paragraphs: ["第一段，含逗号, 和\"引号\"。", "第二段\n换行。"], page: 1),
                Section(number: 6, heading: "六、其他需要报告的事项", paragraphs: ["无。"], page: 5),
            ],
            requests: requests, reviewLitigation: review,
            warnings: [ExtractionWarning(code: "blank_cell", message: "a blank cell", table: "requests",
                                         row: "granted", column: "natural_person", page: 3)])
        let checks = (0..<findings).map { index in
            Finding(rule: "R3", severity: .error, table: "requests", row: "granted", column: "total",
                    printed: 3, expected: Double(4 + index), page: 3, message: "总计不等于各列之和。",
                    messageEnglish: "The total is not the sum of the columns.")
        }
        return (report, checks)
    }

    static func records(sha256: String = String(repeating: "a", count: 64), agency: String = "清河市人力资源和社会保障局",
                        findings: Int = 0, ingestedAt: String = "2025-01-01T00:00:00Z") -> ReportRecords {
        let (report, checks) = report(sha256: sha256, agency: agency, findings: findings)
        return ReportRecords(report: report, findings: checks, ingestedAt: ingestedAt)
    }

    /// A fresh folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreport-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
