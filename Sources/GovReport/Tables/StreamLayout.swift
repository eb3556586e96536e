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
        let breakAfter = (0..<values.count).map(breaks)
        let layout = StreamLayout(columns: columns, values: values, breaks: { breakAfter[$0] }, rowCheck: rowCheck,
                                  settings: settings)
        for (r, cells) in layout.best().cells { result[r] = cells }
        return result
    }

    let columns: Int
    let values: [Double]
    let breaks: (Int) -> Bool
    let rowCheck: ([Double]) -> Bool
    let settings: StreamTableSettings

    /// A reading of some rows: its score and its blocks, in order. The cells are built only for the
    /// reading chosen (`cells`), not for each of the many readings compared.
    struct Reading {
        var score: Double
        var blocks: [Block]

        /// Per row, the stream index of each of its cells.
        var cells: [(row: Int, cells: [Int])] { blocks.flatMap(\.cells) }
    }

    /// Rows read as one block: columns `from..<columns` row by row or column by column from stream index
    /// `offset`; for a split block, each row's first column is at stream index `firstColumn + row`.
    struct Block {
        var rows: Range<Int>
        var from: Int
        var columns: Int
        var offset: Int
        var isColumnMajor: Bool
        var firstColumn: Int?

        /// Stream index of column `from + c` of row `r`.
        func index(row r: Int, column c: Int) -> Int {
            let k = r - rows.lowerBound
            return isColumnMajor ? offset + c * rows.count + k : offset + k * (columns - from) + c
        }

        var cells: [(row: Int, cells: [Int])] {
            rows.map { r in (r, (firstColumn.map { [$0 + r] } ?? []) + (0..<(columns - from)).map { index(row: r, column: $0) }) }
        }
    }

    /// The best reading of all rows: plain blocks or split blocks, one after another.
    func best() -> Reading {
        let rows = values.count / columns
        return chain(rows: rows, initial: 0) { start, end in
            let plain = block(start..<end, from: 0, offset: start * columns, firstColumn: nil)
            // A split costs more than a plain block: try it only where the plain reading fails some rows.
            let allPass = Double(end - start) * settings.rowCheckPoints - settings.blockCost - settings.columnMajorCost
            guard end - start > 1, plain.score < allPass else { return plain }
            let split = split(start..<end)
            return split.score > plain.score + 1e-9 ? split : plain
        }
    }

    /// Rows `range` with their first column read down the rows, then the other columns as plain blocks.
    func split(_ range: Range<Int>) -> Reading {
        let base = range.lowerBound * columns, restOffset = base + range.count
        return chain(rows: range.count, initial: -settings.blockCost - settings.columnMajorCost) { start, end in
            block((range.lowerBound + start)..<(range.lowerBound + end), from: 1,
                  offset: restOffset + start * (columns - 1), firstColumn: base - range.lowerBound)
        }
    }

    /// The best sequence of blocks covering rows `0..<rows` (relative), `option(start, end)` reading one block.
    func chain(rows: Int, initial: Double, option: (Int, Int) -> Reading) -> Reading {
        var score = [Double](repeating: -.infinity, count: rows + 1)
        var choice = [(start: Int, reading: Reading)?](repeating: nil, count: rows + 1)
        score[0] = initial
        for end in 1...max(rows, 1) where rows > 0 {
            for start in 0..<end where score[start] > -.infinity {
                let reading = option(start, end)
                if score[start] + reading.score > score[end] + 1e-9 {
                    score[end] = score[start] + reading.score
                    choice[end] = (start, reading)
                }
            }
        }
        var blocks: [Block] = []
        var end = rows
        while end > 0, let (start, reading) = choice[end] {
            blocks = reading.blocks + blocks
            end = start
        }
        return Reading(score: score[rows], blocks: blocks)
    }

    /// The better of reading `rows` × columns `from...` row by row or column by column, starting at
    /// stream index `offset`; `firstColumn` places each row's first column, already read, when `from` is 1.
    func block(_ rows: Range<Int>, from: Int, offset: Int, firstColumn: Int?) -> Reading {
        let width = columns - from
        var best = Reading(score: -.infinity, blocks: [])
        var bestIsColumnMajor = false
        var row = [Double](repeating: 0, count: columns)
        for isColumnMajor in rows.count > 1 ? [false, true] : [false] {
            let block = Block(rows: rows, from: from, columns: columns, offset: offset, isColumnMajor: isColumnMajor,
                              firstColumn: firstColumn)
            var passing = 0
            for r in rows {
                if let firstColumn { row[0] = values[firstColumn + r] }
                for c in 0..<width { row[from + c] = values[block.index(row: r, column: c)] }
                if rowCheck(row) { passing += 1 }
            }
            var score = Double(passing) * settings.rowCheckPoints - settings.blockCost
            if isColumnMajor {
                score -= settings.columnMajorCost
                // Columns printed as runs of lines, with a break between one column and the next.
                let inside = (0..<width).contains { c in (0..<(rows.count - 1)).contains { breaks(offset + c * rows.count + $0) } }
                if !inside {
                    score += Double((1..<width).filter { breaks(offset + $0 * rows.count - 1) }.count) * settings.breakSupportPoints
                }
            }
            if score > best.score + 1e-9 { best.score = score; bestIsColumnMajor = isColumnMajor }
        }
        best.blocks = [Block(rows: rows, from: from, columns: columns, offset: offset, isColumnMajor: bestIsColumnMajor,
                             firstColumn: firstColumn)]
        return best
    }
}
