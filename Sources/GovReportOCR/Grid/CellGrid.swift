/// A cell of a ruled table in image pixels: the space between two ruling lines each way, rules excluded.
struct GridCell: Hashable {
    var x0: Int, y0: Int, x1: Int, y1: Int
    var width: Int { x1 - x0 }
    var height: Int { y1 - y0 }
}

/// The smallest cells of the ruled tables on a page: for each pair of vertical rules, the horizontal rules
/// crossing the column between them, and between two of those a cell when both vertical rules run the cell's
/// full height and no other vertical rule cuts it. Merged cells (a row label spanning rows) are not cells
/// here; their text is read with the page.
enum CellGrid {
    static func cells(horizontal: [RulingLine], vertical: [RulingLine], dpi: Double) -> [GridCell] {
        let slack = max(3, Int(dpi / 20)), minWidth = Int(dpi / 8), minHeight = Int(dpi / 10)
        let columns = vertical.sorted { $0.middle < $1.middle }
        var cells: [GridCell] = []
        for (i, left) in columns.enumerated() {
            for (j, right) in columns.enumerated() where j > i && right.middle - left.middle >= minWidth
                && min(left.end, right.end) - max(left.start, right.start) > minHeight {
                let x0 = left.across1 + 1, x1 = right.across0 - 1
                let between = columns[(i + 1)..<j]
                let rows = horizontal.filter { $0.covers(x0, x1, slack: slack) }.sorted { $0.middle < $1.middle }
                for (top, bottom) in zip(rows, rows.dropFirst()) where bottom.middle - top.middle >= minHeight {
                    let y0 = top.across1 + 1, y1 = bottom.across0 - 1
                    let quarter = (y1 - y0) / 4
                    guard left.covers(y0, y1, slack: slack), right.covers(y0, y1, slack: slack),
                          !between.contains(where: { $0.start < y1 - quarter && $0.end > y0 + quarter }) else { continue }
                    cells.append(GridCell(x0: x0, y0: y0, x1: x1, y1: y1))
                }
            }
        }
        return cells
    }
}
