import GovReport
import Testing

/// The grid reader on hand-built grids: the same keys and warnings as the PDF readers.
@Suite("GridTableReader")
struct GridTableReaderTests {
    typealias C = CellGrid.SpannedCell

    /// The section 三 header of the template: 3 rows over 3 label columns and 7 value columns.
    static let header: [[C]] = [
        [C("", rowSpan: 3, columnSpan: 3), C("申请人情况", columnSpan: 7)],
        [C("自然人", rowSpan: 2), C("法人或其他组织", columnSpan: 5), C("总计", rowSpan: 2)],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map { C($0) },
    ]

    static func row(_ label: String, _ values: [String]) -> [C] { [C(label, columnSpan: 3)] + values.map { C($0) } }

    @Test("section 三: columns by header words, rows by label, placeholders as 0 with the print kept")
    func requests() throws {
        let rows = Self.header + [
            Self.row("一、本年新收政府信息公开申请数量", ["12", "3", "0", "—", "1", "", "16"]),
            [C("三、本年度办理结果", rowSpan: 2), C("（三）不予公开", rowSpan: 2), C("1.属于国家秘密")] + Array(repeating: C("0"), count: 7),
            [C("2.其他法律行政法规禁止公开")] + ["1", "0", "0", "0", "0", "0", "1"].map { C($0) },
        ]
        let reading = GridTableReader.requests([CellGrid(number: 2, rows: rows)])
        let table = try #require(reading.table)
        #expect(table.template == .v2021)
        #expect(table["new_requests", "natural_person"]?.value == 12)
        #expect(table["new_requests", "total"]?.value == 16)
        #expect(table["new_requests", "social_welfare"]?.printed == "—")
        #expect(table["new_requests", "other_org"]?.value == 0)
        #expect(table["withheld.prohibited_by_law", "total"]?.value == 1)
        #expect(table["withheld.prohibited_by_law", "total"]?.grid == GridPlace(table: 2, row: 6, column: 10))
        #expect(reading.warnings.contains { $0.code == "blank_cell" && $0.row == "new_requests" && $0.column == "other_org" })
        #expect(reading.warnings.contains { $0.code == "row_missing" && $0.row == "carried_forward" })
    }

    @Test("a row whose cells are merged differently from the header's columns takes its cells in order")
    func mergedDifferently() throws {
        // As LibreOffice saves a Word table as HTML: 科研机构 spans two grid columns in the header, and in the
        // rows below, 商业企业's cell spans the first of them (a row of 331 | 31 would read 331 twice).
        let header: [[C]] = [
            [C("", rowSpan: 3, columnSpan: 3), C("申请人情况", columnSpan: 7), C("总计", rowSpan: 3)],
            [C("自然人", rowSpan: 2), C("法人或其他组织", columnSpan: 6)],
            [C("商业企业"), C("科研机构", columnSpan: 2), C("社会公益组织"), C("法律服务机构"), C("其他")],
        ]
        let merged = { (label: String, values: [String]) -> [C] in
            [C(label, columnSpan: 3), C(values[0]), C(values[1], columnSpan: 2)] + values.dropFirst(2).map { C($0) }
        }
        let rows = header + [
            [C("一、本年新收政府信息公开申请数量", columnSpan: 3), C("4"), C("3"), C("2", columnSpan: 2)] + ["1", "0", "5", "15"].map { C($0) },
            merged("（一）予以公开", ["1,933", "331", "31", "60", "-", "155", "2,510"]),
            [C("（二）部分公开", columnSpan: 3), C("259"), C("29", columnSpan: 2), C("4"), C("5"), C("-"), C("21", columnSpan: 2)],
        ]
        let reading = GridTableReader.requests([CellGrid(number: 1, rows: rows)])
        let table = try #require(reading.table)
        #expect(table["new_requests", "research"]?.value == 2)
        #expect(table["new_requests", "social_welfare"]?.value == 1)
        #expect(table["granted", "commercial"]?.value == 331)
        #expect(table["granted", "research"]?.value == 31)
        #expect(table["granted", "total"]?.value == 2510)
        #expect(!reading.warnings.contains { $0.row == "granted" && $0.code == "columns_disputed" })
        // Six cells for seven columns: which column each is under, the grid cannot say.
        #expect(reading.warnings.contains { $0.code == "columns_disputed" && $0.row == "partially_granted" })
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
    }

    @Test("a row a cell short on its left (a label cell dropped where a table was split) takes its cells in order")
    func shortOnTheLeft() throws {
        let first = CellGrid(number: 1, rows: Self.header + [
            [C("三、本年度办理结果", rowSpan: 2), C("（一）予以公开", columnSpan: 2)] + ["1", "0", "0", "0", "0", "0", "1"].map { C($0) },
        ])
        // The continuation repeats the header but its rows lost the 三、 cell: each is a cell narrower.
        let second = CellGrid(number: 2, rows: Self.header + [
            [C("（二）部分公开", columnSpan: 2)] + ["", "", "", "", "1", "", "1"].map { C($0) },
            [C("（六）其他处理", columnSpan: 2)] + ["2", "", "", ""].map { C($0) },
        ])
        let reading = GridTableReader.requests([first, second])
        let table = try #require(reading.table)
        #expect(table["partially_granted", "social_welfare"]?.value == 0)
        #expect(table["partially_granted", "legal_service"]?.value == 1)
        #expect(table["partially_granted", "total"]?.value == 1)
        #expect(!reading.warnings.contains { $0.row == "partially_granted" && $0.code == "columns_disputed" })
        // Four cells for seven columns, a column short on the left: which is which, the grid cannot say.
        #expect(reading.warnings.contains { $0.code == "columns_disputed" && $0.row == "other" })
    }

    @Test("a row of values whose label matches no template row is reported, not placed")
    func unassigned() {
        let rows = Self.header + [Self.row("一、本年新收政府信息公开申请数量", Array(repeating: "1", count: 7)),
                                  Self.row("附注：本表数据截至12月31日", Array(repeating: "2", count: 7))]
        let reading = GridTableReader.requests([CellGrid(number: 1, rows: rows)])
        #expect(reading.warnings.contains { $0.code == "unassigned_values" })
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
    }

    @Test("one （六）其他处理 row is the 2019 wording; a 2021 report gets single_other_row")
    func singleOther() throws {
        let rows = Self.header + [Self.row("（六）其他处理", Array(repeating: "0", count: 7))]
        let reading = GridTableReader.requests([CellGrid(number: 1, rows: rows)], reportTemplate: .v2021)
        #expect(try #require(reading.table).template == .v2019)
        #expect(reading.table?["other"] != nil)
        #expect(reading.warnings.contains { $0.code == "single_other_row" })
    }

    @Test("section 四 without header words: fifteen values in order")
    func reviewInOrder() throws {
        let values = (1...15).map { C(String($0)) }
        let reading = GridTableReader.reviewLitigation([CellGrid(number: 3, rows: [values])])
        let table = try #require(reading.table)
        #expect(table["review", "upheld"]?.value == 1)
        #expect(table["litigation_after_review", "total"]?.value == 15)
    }

    @Test("section 四 with fourteen values and no header is not read")
    func reviewCountMismatch() {
        let reading = GridTableReader.reviewLitigation([CellGrid(number: 3, rows: [(1...14).map { C(String($0)) }])])
        #expect(reading.table == nil)
        #expect(reading.warnings.map(\.code) == ["value_count_mismatch"])
    }

    @Test("section 二: values under the header row of their group; the fee's unit from its header")
    func proactive() throws {
        let rows: [[C]] = [
            [C("第二十条第（一）项", columnSpan: 4)],
            [C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")],
            [C("规章"), C("0"), C("1"), C("7")],
            [C("第二十条第（八）项", columnSpan: 4)],
            [C("信息内容"), C("本年收费金额（单位：万元）", columnSpan: 3)],
            [C("行政事业性收费"), C("3.6", columnSpan: 3)],
        ]
        let reading = GridTableReader.proactive([CellGrid(number: 1, rows: rows)])
        let table = try #require(reading.table)
        #expect(table.template == .v2021)
        #expect(table["regulations", "repealed"]?.value == 1)
        #expect(table["regulations", "in_force"]?.value == 7)
        #expect(table["fees", "amount_10k_yuan"]?.value == 3.6)
        #expect(table["fees", "amount_10k_yuan"]?.unit == "万元")
    }
}
