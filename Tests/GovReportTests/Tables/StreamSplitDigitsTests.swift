@testable import GovReport
import Testing

/// pdftotext -raw prints a number whose digits the PDF draws apart as several (seeded random layouts r1_0012d, r1_0018d).
@Suite struct StreamSplitDigitsTests {
    static func values(_ texts: [String]) -> [StreamValue] {
        texts.enumerated().map { i, t in
            StreamValue(token: Token(text: t, box: Box(x0: Double(i) * 10, y0: 0, x1: Double(i) * 10 + 5, y1: 8), page: 1),
                        value: CellValue.parse(t)!, printed: t, line: 0, mayBePageNumber: false)
        }
    }

    @Test("digits drawn apart are joined back wherever the row's total is then the sum")
    func joinings() {
        let row = StreamRowPlacement.splitDigitJoinings(Self.values(["4", "8", "/", "/", "4", "2", "3", "5", "7"]), columns: 7,
                                                        rowCheck: StreamLayout.totalIsSum)
        // 48 + 4 + 2 + 3 = 57, and 4 + 8 + 42 + 3 = 57 too: the row alone cannot tell.
        #expect(Set(row.map { $0.map(\.printed) }) == [["48", "/", "/", "4", "2", "3", "57"], ["4", "8", "/", "/", "42", "3", "57"]])
        let wide = StreamRowPlacement.splitDigitJoinings(Self.values(["9", "0", "/", "/", "5", "7", "1", "0", "1", "1", "2"]), columns: 7,
                                                         rowCheck: StreamLayout.totalIsSum)
        #expect(wide.map { $0.map(\.value.value) } == [[90, 0, 0, 5, 7, 10, 112]])
        #expect(StreamRowPlacement.splitDigitJoinings(Self.values(["1", "2", "/", "4"]), columns: 3, rowCheck: StreamLayout.totalIsSum).isEmpty)
    }

    @Test("a row the row check cannot settle is settled by the columns' arithmetic (R1, R2)")
    func settledByColumns() throws {
        // A consistent 2021 table, one row per line; 予以公开 prints 12 and its total 15 with their digits apart.
        let rows = TemplateRows.requestRows(.v2021)
        var cells = [String: [Int]]()
        for row in rows { cells[row.key] = [0, 0, 0, 0, 0, 0, 0] }
        cells["new_requests"] = [12, 1, 0, 0, 0, 2, 15]
        cells["granted"] = [12, 1, 0, 0, 0, 2, 15]
        cells["total"] = [12, 1, 0, 0, 0, 2, 15]
        var lines = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                     "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
        for row in rows {
            let printed = row.key == "granted" ? "1 2 1 0 0 0 2 1 5" : cells[row.key]!.map(String.init).joined(separator: " ")
            lines.append(row.label + " " + printed)
        }
        let reading = StreamTableReader.requests(TextLines.lines(fromPlainText: lines.joined(separator: "\n")))
        let table = try #require(reading.table)
        // 1 2 10 0 0 2 15 adds up along its row too; only 12 … 15 makes 予以公开 agree with 总计 down the columns.
        #expect(table["granted"]?.cells.map(\.cell.value) == [12, 1, 0, 0, 0, 2, 15])
        #expect(table["granted"]?.cells.first?.cell.printed == "12")
        #expect(reading.warnings.isEmpty)
    }
}
