import GovReport

/// Hand-built reports for the checker tests: a consistent 2021 (or 2019) report that each test breaks once.
///
/// Values follow the data contract (`requests[row]` = 7 numbers in column order, `review[group]` = 5 numbers);
/// every cell is printed as its digits on page 4 (section 三) or 5 (section 四) unless a test overrides it.
struct CheckFixture {
    static let columns = TemplateRows.requestColumns.map(\.key)

    var year = 2021
    var title: String? = "清河市测试局2021年政府信息公开工作年度报告"
    var template: TemplateVersion = .v2021
    var requests: [(String, [Double])] = CheckFixture.requests2021
    var review: [(String, [Double])] = [
        ("review", [1, 0, 0, 0, 1]),
        ("litigation_direct", [0, 0, 1, 0, 1]),
        ("litigation_after_review", [0, 0, 0, 1, 1]),
    ]
    /// Printed text overriding a cell's digits: (table, row, column) → printed; "" or "—" make it a placeholder (0).
    var printed: [String: String] = [:]
    var preamble = ["本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"]
    var narrative = [
        "依申请公开：全年共收到政府信息公开申请 14 件，上年结转 1 件。其中，自然人申请 10 件，法人或其他组织申请 4 件。",
        "结转下年度继续办理 1 件。全年因政府信息公开引起行政复议 1 件，行政诉讼 2 件（其中未经复议直接起诉 1 件，复议后起诉 1 件）。",
    ]
    var sectionNumbers = [1, 2, 3, 4, 5, 6]
    var removedRows: Set<String> = []

    /// A consistent 2021 matrix: 14 new + 1 carried over = 14 handled + 1 carried forward.
    static let requests2021: [(String, [Double])] = {
        var rows: [(String, [Double])] = [
            ("new_requests", [10, 2, 0, 0, 1, 1, 14]),
            ("carried_over", [1, 0, 0, 0, 0, 0, 1]),
            ("granted", [5, 1, 0, 0, 0, 1, 7]),
            ("partially_granted", [1, 0, 0, 0, 0, 0, 1]),
        ]
        let nonZero: [String: [Double]] = [
            "withheld.third_party_rights": [1, 0, 0, 0, 0, 0, 1],
            "unable.not_held": [2, 0, 0, 0, 1, 0, 3],
            "not_processed.duplicate": [1, 0, 0, 0, 0, 0, 1],
            "other.other": [0, 1, 0, 0, 0, 0, 1],
        ]
        let leaves = TemplateRows.requestRows(.v2021).map(\.key).filter {
            ["withheld.", "unable.", "not_processed.", "other."].contains(where: $0.hasPrefix)
        }
        rows += leaves.map { ($0, nonZero[$0] ?? [0, 0, 0, 0, 0, 0, 0]) }
        rows += [("total", [10, 2, 0, 0, 1, 1, 14]), ("carried_forward", [1, 0, 0, 0, 0, 0, 1])]
        return rows
    }()

    /// The same figures in the 2019 form: the three 其他处理 rows folded into one `other` row.
    static let requests2019: [(String, [Double])] = requests2021.compactMap { key, values in
        if key == "other.other" { return ("other", values) }
        return key.hasPrefix("other.") ? nil : (key, values)
    }

    static func key(_ table: TableKind, _ row: String, _ column: String) -> String { "\(table.rawValue)/\(row)/\(column)" }

    mutating func set(_ row: String, _ column: String, _ value: Double) {
        guard let i = requests.firstIndex(where: { $0.0 == row }), let c = Self.columns.firstIndex(of: column) else {
            fatalError("no cell \(row)/\(column) in the fixture")
        }
        requests[i].1[c] = value
    }

    mutating func print(_ table: TableKind, _ row: String, _ column: String, as text: String) {
        printed[Self.key(table, row, column)] = text
    }

    func cell(_ table: TableKind, _ row: String, _ column: String, _ value: Double, page: Int) -> Cell {
        if let text = printed[Self.key(table, row, column)] {
            let parsed = CellValue.parse(text)
            return Cell(value: parsed?.value ?? 0, printed: text, page: page)
        }
        return Cell(value: value, printed: String(Int(value)), page: page)
    }

    var requestsTable: Table {
        Table(kind: .requests, template: template, rows: requests.filter { !removedRows.contains($0.0) }.map { key, values in
            TableRow(key: key, label: key, cells: zip(Self.columns, values).map { ($0, cell(.requests, key, $0, $1, page: 4)) })
        })
    }

    var reviewTable: Table {
        let columns = TemplateRows.reviewColumns.map(\.key)
        return Table(kind: .reviewLitigation, template: template, rows: review.map { key, values in
            TableRow(key: key, label: key, cells: zip(columns, values).map { ($0, cell(.reviewLitigation, key, $0, $1, page: 5)) })
        })
    }

    var proactiveTable: Table {
        Table(kind: .proactive, template: template, rows: TemplateRows.proactiveRows(template).map { def in
            TableRow(key: def.row.key, label: def.row.label, cells: def.columns.map { ($0.key, cell(.proactive, def.row.key, $0.key, 0, page: 3)) })
        })
    }

    var report: Report {
        let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        let sections = sectionNumbers.map { n in
            Section(number: n, heading: headings[n - 1], paragraphs: n == 1 ? narrative : ["无。"], page: n == 1 ? 1 : n)
        }
        return Report(source: SourceInfo(fileName: "fixture.pdf", sha256: "", pageCount: 6, kind: .pdf),
                      info: ReportInfo(title: title, agency: "清河市测试局", year: year, template: template),
                      preamble: preamble, sections: sections,
                      proactive: proactiveTable, requests: requestsTable, reviewLitigation: reviewTable)
    }

    /// The findings of the default checker.
    var findings: [Finding] { Checker().check(report) }
}

extension Array where Element == Finding {
    /// Truth-file instance names, sorted.
    var instances: [String] { map(\.instance).sorted() }
    func rule(_ id: String) -> [Finding] { filter { $0.rule == id } }
}
