import GovReport
import Testing

@Suite("CellGrid: merged cells spread out")
struct CellGridTests {
    @Test("rowspan and colspan fill every slot they cover and point back at their cell")
    func spans() {
        // 申请人情况 over two columns; 自然人 over two rows; the second row's first cell goes right of it.
        let grid = CellGrid(number: 3, rows: [
            [.init("", rowSpan: 2), .init("申请人情况", columnSpan: 2)],
            [.init("自然人"), .init("商业企业")],
        ])
        #expect(grid.rows.map { $0.map(\.text) } == [["", "申请人情况", "申请人情况"], ["", "自然人", "商业企业"]])
        #expect(grid.rows[0][2].origin == grid.rows[0][1].origin)
        #expect(grid.distinctCells(ofRow: 0).map(\.column) == [0, 1])
        #expect(grid.place(row: 1, column: 2) == GridPlace(table: 3, row: 2, column: 3))
    }

    @Test("ragged rows are padded with empty slots; a span past the last row stops there")
    func ragged() {
        let grid = CellGrid(number: 1, rows: [[.init("a", rowSpan: 9), .init("b"), .init("c")], [.init("d")]])
        #expect(grid.rows.map { $0.map(\.text) } == [["a", "b", "c"], ["a", "d", ""]])
    }

    @Test("a huge span is read as the maximum", arguments: [10_000, Int.max / 2])
    func hugeSpan(span: Int) {
        let grid = CellGrid(number: 1, rows: [[.init("x", columnSpan: span)]])
        #expect(grid.rows[0].count == CellGrid.maximumSpan)
    }

    @Test("rows and columns past the maximum are dropped, however the spans fall")
    func bounded() {
        let wide = Array(repeating: CellGrid.SpannedCell("x", columnSpan: 200), count: 3)
        let grid = CellGrid(number: 1, rows: Array(repeating: wide, count: CellGrid.maximumRows + 5))
        #expect(grid.rows.count == CellGrid.maximumRows)
        #expect(grid.rows.allSatisfy { $0.count == CellGrid.maximumColumns })
    }

    @Test("lines of a cell join without a space between Chinese characters", arguments: [
        (["自然", "人"], "自然人"), (["1.属于", "国家秘密"], "1.属于国家秘密"), (["采购总金额", "(万元)"], "采购总金额 (万元)"),
        (["12"], "12"), ([" ", "—"], "—"),
    ])
    func joinLines(lines: [String], expected: String) {
        #expect(CellGrid.joinLines(lines) == expected)
    }
}
