@testable import GovReport
import Testing

/// Headers and labels the page break cut.
@Suite struct PageBreakCutTests {
    func piece(_ text: String, _ x0: Double, _ y0: Double, page: Int = 1, width: Double? = nil) -> TablePiece {
        TablePiece(text: text, box: Box(x0: x0, y0: y0, x1: x0 + (width ?? 12.3 * Double(text.count)), y1: y0 + 12.3), page: page)
    }

    @Test("section 四: a character alone ending a column's name the page break cut names that column")
    func reviewNameTail() {
        // r73_0005w: 结 … 总 at the foot of one page; 果 / 维 / 持 (结果维持) … and 计 alone (总计) atop the next.
        let xs = [89.0, 118.1, 147.3, 176.4, 205.6]
        let lines: [(Double, [String])] = [(105.9, ["果", "果", "他", "未"]), (119.8, ["维", "纠", "结", "审", "计"]),
                                           (134.5, ["持", "正", "果", "结"])]
        let header = lines.flatMap { y, chars in chars.enumerated().map { piece($0.element, xs[$0.offset], y) } }
        #expect(GeometryTableReader.reviewColumnWordBoxes(header, unit: 12.3).count == 5)
    }

    @Test("a child label the page break cut goes on in the group label's lines glued to it atop the next page")
    func childGluedAtopNextPage() {
        // r73_0037w: 1.申请 at the foot of page 1; atop page 2 the group label （六）其他处理, a character per line,
        // glued to the label's lines (`六人无正`, `）当理由`, …), then the label's own lines at its edge (`处理其`).
        let start = piece("1.申请", 174.9, 727.4)
        let starts = [piece("5.要求", 174.9, 600), start, piece("2.申请", 174.9, 272.4, page: 2)]
        let glued = piece("六人无正", 149.6, 90.4, page: 2, width: 65.8)
        let labels = starts + [glued, piece("理关不再", 149.6, 181.4, page: 2, width: 65.8), piece("处理其", 174.9, 199.6, page: 2)]
        #expect(LabelColumns.continuedChild(crossedBy: glued, starts: starts, labels: labels, unit: 17.5) == start)
        // The label's own line at its edge above the line (`询事项` atop the page): nothing glued.
        let own = labels + [piece("询事项", 174.9, 70, page: 2)]
        #expect(LabelColumns.continuedChild(crossedBy: glued, starts: starts, labels: own, unit: 17.5) == nil)
    }
}
