/// Where the values of a plain-text row with blank cells go (section 四's 15 cells, a row of section 二):
/// `pdftotext` spaces each line on its own, so a value's column is evidence, not proof. The printed values
/// keep their order; a value that stands under its column (its header word, or the values of rows that
/// print every column) keeps that column unless the arithmetic says otherwise; one that does not (or every
/// value, when the header cannot place them) may take any column between its neighbours'. Among the
/// placements that hold (`holds`: R4 in section 四, a blank cell read as 0), those that move the fewest
/// standing values are kept: when they all give the same cell values (a moved placeholder is still 0),
/// the placement is certain. When even the fewest moves some standing value, the line's spacing has been
/// shown to lie, and a placement moving one standing placeholder more (a mark often centred whatever the
/// numbers do) is as likely (a `—` under the next group's first word, the `1` after it under no word: the
/// `—` moved back to 总计 gives the `1` another column): those must give the same cells too.
///
/// ```swift
/// // "2" under 结果维持 of 行政复议, "2" printed under 结果维持 of 未经复议直接起诉: R4 says 行政复议's 总计.
/// BlankCellPlacement.resolve(values: [2, 2], standing: [0, 5], nearest: [0, 5], count: 15,
///                            holds: { BlankCellPlacement.addsUp($0, groupSize: 5) })
/// // (columns: [0, 4], certain: true)
/// ```
enum BlankCellPlacement {
    /// - Parameters:
    ///   - values: the printed values in reading order (placeholders as 0), fewer than `count`.
    ///   - standing: for each value, the column it stands under, or nil.
    ///   - nearest: for each value, the column the layout suggests (kept when no placement holds).
    ///   - holds: whether cell values (blank as 0) satisfy the table's arithmetic.
    /// - Returns: each value's column, and whether the evidence allows no placement with other values.
    static func resolve(values: [Double], standing: [Int?], nearest: [Int], count: Int,
                        holds: ([Double]) -> Bool) -> (columns: [Int], certain: Bool) {
        var best: (cost: Int, columns: [Int], values: [Double])?
        var ambiguous = false
        var columns: [Int] = []
        func place(_ i: Int, from column: Int, cost: Int) {
            if let b = best, cost > b.cost { return }
            guard i < values.count else {
                var cells = [Double](repeating: 0, count: count)
                for (i, c) in columns.enumerated() { cells[c] = values[i] }
                guard holds(cells) else { return }
                if let b = best, b.cost == cost {
                    if b.values != cells { ambiguous = true }
                    if columns == nearest { best = (cost, columns, cells) }
                } else {
                    best = (cost, columns, cells)
                    ambiguous = false
                }
                return
            }
            let last = count - (values.count - i)
            guard column <= last else { return }
            for c in column...last {
                columns.append(c)
                place(i + 1, from: c + 1, cost: cost + (standing[i].map { $0 == c ? 0 : 1 } ?? 0))
                columns.removeLast()
            }
        }
        place(0, from: 0, cost: 0)
        guard let found = best else { return (nearest, !standing.contains { $0 == nil }) }
        if !ambiguous, found.cost > 0 {
            ambiguous = differs(from: found.values, values: values, standing: standing, count: count,
                                moves: found.cost, holds: holds)
        }
        return (found.columns, !ambiguous)
    }

    /// True when a placement that holds gives other cells than `cells`, moving at most `moves` standing
    /// values and one standing placeholder (a 0) more.
    private static func differs(from cells: [Double], values: [Double], standing: [Int?], count: Int, moves: Int,
                                holds: ([Double]) -> Bool) -> Bool {
        var columns: [Int] = []
        var numbersMoved = 0
        func place(_ i: Int, from column: Int, cost: Int) -> Bool {
            guard cost <= moves + 1, numbersMoved <= moves else { return false }
            guard i < values.count else {
                var placed = [Double](repeating: 0, count: count)
                for (i, c) in columns.enumerated() { placed[c] = values[i] }
                return placed != cells && holds(placed)
            }
            let last = count - (values.count - i)
            guard column <= last else { return false }
            for c in column...last {
                let moved = standing[i].map { $0 != c } ?? false
                let number = moved && values[i] != 0
                columns.append(c)
                if number { numbersMoved += 1 }
                defer { columns.removeLast(); if number { numbersMoved -= 1 } }
                if place(i + 1, from: c + 1, cost: cost + (moved ? 1 : 0)) { return true }
            }
            return false
        }
        return place(0, from: 0, cost: 0)
    }

    /// True when every group of `groupSize` cells ends with the sum of the others (R4).
    static func addsUp(_ cells: [Double], groupSize: Int) -> Bool {
        stride(from: 0, to: cells.count - groupSize + 1, by: groupSize).allSatisfy { g in
            abs(cells[g..<(g + groupSize - 1)].reduce(0, +) - cells[g + groupSize - 1]) < 1e-9
        }
    }
}
