/// How the values of a table run through a flattened text. A PDF's content order, which
/// `pdftotext -raw` keeps, need not be row by row: a run of one-line rows may come column by column, and the
/// first column of some rows (the cells beside their labels) may come before the rest of those rows.
///
/// A reading is a sequence of blocks, each a range of rows read row by row or column by column, and
/// optionally a *split* block whose first column is read down the rows before the rest is read as
/// blocks. The reading chosen is the one under which most rows pass their own arithmetic check (总计
/// equals the sum of the other columns, rule R3); then the simplest (fewest blocks, row order first);
/// column blocks whose columns are runs of lines separated by breaks in the text are preferred.
///
/// ```swift
/// // Two rows printed column by column: 1 2 | 0 0 | 1 2  (columns a, b, total)
/// StreamLayout.cellIndices(rows: 2, columns: 3, values: [1, 2, 0, 0, 1, 2], breaks: { _ in false },
///                          rowCheck: StreamLayout.totalIsSum, settings: .init())
/// // [[0, 2, 4], [1, 3, 5]]
/// ```
struct StreamLayout {
    /// A row's check: the last value equals the sum of the others (within 1e-6).
    static func totalIsSum(_ row: [Double]) -> Bool {
        guard let total = row.last else { return false }
        return abs(row.dropLast().reduce(0, +) - total) < 1e-6
    }

    /// Given `rows × columns` values in stream order, return for each row the stream index of each column's value.
    ///
    /// - Parameters:
    ///   - breaks: whether the text breaks (blank line, other text, page change) between value `i` and `i + 1`.
    ///   - rowCheck: a row's own arithmetic check, or nil to read row by row.
    static func cellIndices(rows: Int, columns: Int, values: [Double], breaks: @escaping (Int) -> Bool,
                            rowCheck: (([Double]) -> Bool)?, settings: StreamTableSettings) -> [[Int]] {
        precondition(values.count == rows * columns, "stream layout needs rows × columns values")
        var result = [[Int]](repeating: [], count: rows)
        guard let rowCheck, rows > 1 else {
            for r in 0..<rows { result[r] = (0..<columns).map { r * columns + $0 } }
            return result
        }
        let layout = StreamLayout(columns: columns, values: values, breaks: breaks, rowCheck: rowCheck, settings: settings)
        for (r, cells) in layout.best().cells { result[r] = cells }
        return result
    }

    let columns: Int
    let values: [Double]
    let breaks: (Int) -> Bool
    let rowCheck: ([Double]) -> Bool
    let settings: StreamTableSettings

    /// A reading of some rows: its score and, per row, the stream index of each of its cells.
    struct Reading {
        var score: Double
        var cells: [(row: Int, cells: [Int])]
    }

    /// The best reading of all rows: plain blocks or split blocks, one after another.
    func best() -> Reading {
        let rows = values.count / columns
        var best = [Reading?](repeating: nil, count: rows + 1)
        best[0] = Reading(score: 0, cells: [])
        for end in 1...rows {
            for start in 0..<end {
                guard let before = best[start] else { continue }
                var options = [block(start..<end, from: 0, offset: start * columns, prefix: { _ in [] })]
                if end - start > 1 { options.append(split(start..<end)) }
                for option in options where before.score + option.score > (best[end]?.score ?? -.infinity) + 1e-9 {
                    best[end] = Reading(score: before.score + option.score, cells: before.cells + option.cells)
                }
            }
        }
        return best[rows] ?? Reading(score: 0, cells: [])
    }

    /// Rows `range` with their first column read down the rows, then the other columns as plain blocks.
    func split(_ range: Range<Int>) -> Reading {
        let base = range.lowerBound * columns
        let first = { (row: Int) in [base + row - range.lowerBound] }
        let restOffset = base + range.count
        var best = [Reading?](repeating: nil, count: range.count + 1)
        best[0] = Reading(score: -settings.blockCost - settings.columnMajorCost, cells: [])
        for end in 1...range.count {
            for start in 0..<end {
                guard let before = best[start] else { continue }
                let rows = (range.lowerBound + start)..<(range.lowerBound + end)
                let option = block(rows, from: 1, offset: restOffset + start * (columns - 1), prefix: first)
                if before.score + option.score > (best[end]?.score ?? -.infinity) + 1e-9 {
                    best[end] = Reading(score: before.score + option.score, cells: before.cells + option.cells)
                }
            }
        }
        return best[range.count] ?? Reading(score: -.infinity, cells: [])
    }

    /// The better of reading `rows` × columns `from...` row by row or column by column, starting at
    /// stream index `offset`; `prefix` gives each row's cells already read (columns before `from`).
    func block(_ rows: Range<Int>, from: Int, offset: Int, prefix: (Int) -> [Int]) -> Reading {
        let width = columns - from
        var best = Reading(score: -.infinity, cells: [])
        for isColumnMajor in rows.count > 1 ? [false, true] : [false] {
            let cells = rows.map { r -> (row: Int, cells: [Int]) in
                let k = r - rows.lowerBound
                let own = (0..<width).map { c in isColumnMajor ? offset + c * rows.count + k : offset + k * width + c }
                return (r, prefix(r) + own)
            }
            let passing = cells.filter { rowCheck($0.cells.map { values[$0] }) }.count
            var score = Double(passing) * settings.rowCheckPoints - settings.blockCost
            if isColumnMajor {
                score -= settings.columnMajorCost
                // Columns printed as runs of lines, with a break between one column and the next.
                let inside = (0..<width).contains { c in (0..<(rows.count - 1)).contains { breaks(offset + c * rows.count + $0) } }
                if !inside {
                    score += Double((1..<width).filter { breaks(offset + $0 * rows.count - 1) }.count) * settings.breakSupportPoints
                }
            }
            if score > best.score + 1e-9 { best = Reading(score: score, cells: cells) }
        }
        return best
    }
}
