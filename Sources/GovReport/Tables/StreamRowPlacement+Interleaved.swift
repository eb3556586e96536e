/// Plain `pdftotext` text may print neighbouring rows' values interleaved: the first columns of 一、本年新收
/// beside its label, then the whole of 二、上年结转, then 一、's 其他 and 总计 (its last columns stand in a block
/// of their own beside the header words printed late). Read in text order, the rows break their own sums (R3).
/// Each row's values still come in their columns' order, so the rows' values, in text order, are the rows'
/// sequences shuffled into one another, each row's first cell (beside its label) after the row above's first;
/// a value printed inside a row's label (on a line of it, or between two of its lines) is that row's first
/// cell, never another row's (4.无正当理由's first cell printed beside its label after both rows' other
/// cells: as 5.'s first cell both rows still added up).
/// When the rows in doubt are two or three neighbours (a row between two broken ones taken in too), the
/// shuffles under which every one of them adds up across and the whole table then holds (R1–R3) are tried:
/// when they all give the same cells, those are the reading. No number is changed or invented, and the other
/// rows are trusted only where no value of theirs comes from value lines stacked one above the other (a
/// column of cells, which text order reads across rows unseen) or they add up across with a number that is
/// not 0.
extension StreamRowPlacement {
    /// Re-places, in `placed`, neighbouring rows printed interleaved (see the extension's summary); returns
    /// the indices of the rows so re-placed, or none.
    func settledByInterleaving(_ placed: inout [[StreamValue]?], _ offsets: [Int?]) -> Set<Int> {
        guard let rowCheck else { return [] }
        let broken = placed.indices.filter { i in placed[i].map { !rowCheck($0.map(\.value.value)) } ?? false }
        guard let first = broken.first, let last = broken.last, last - first <= 2 else { return [] }
        let runs = first == last ? [[first - 1, first], [first, first + 1]] : [Array(first...last)]
        let order = Dictionary(region.values.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var found: [[Int]: [[StreamValue]?]] = [:]
        for rows in runs where rows.allSatisfy({ placed.indices.contains($0) && placed[$0] != nil }) {
            guard placed.indices.allSatisfy({ rows.contains($0) || standsAlone(placed[$0] ?? [], rowCheck: rowCheck) })
            else { continue }
            let pool = rows.flatMap { placed[$0] ?? [] }.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
            let firsts = rows.map { row in firstValueInsideLabel(row, offsets).flatMap { pool.firstIndex(of: $0) } }
            if let cells = onlyShuffle(pool, rows: rows, firsts: firsts, placed, offsets, rowCheck: rowCheck) {
                var reread = placed
                for (row, cells) in zip(rows, cells) { reread[row] = cells }
                found[rows] = reread
            }
        }
        // Two runs that settle differently leave the rows in doubt.
        guard found.count == 1, let (rows, reread) = found.first else { return [] }
        placed = reread
        return Set(rows)
    }

    /// True when a row's cells are trusted as read beside rows re-read: none comes from value lines stacked
    /// one above the other, or the row adds up across (R3) with a number that is not 0 (a row of zeros read
    /// from a column of cells adds up whatever values it lost to its neighbour).
    func standsAlone(_ cells: [StreamValue], rowCheck: ([Double]) -> Bool) -> Bool {
        guard cells.contains(where: isStacked) else { return true }
        let values = cells.map(\.value.value)
        return values.contains { abs($0) > 1e-6 } && rowCheck(values)
    }

    /// The cells of `rows` when every shuffle of `pool` (in text order) into the rows' sequences, each row's
    /// first value after the row above's first, under which each row adds up across (its last value the sum
    /// of the others) and the table holds, gives the same values; nil when none does, when two give different
    /// values, or when the search runs past `settings.maxShuffleSteps`.
    /// `firsts`: per row, the pool index of the value printed inside its label (`firstValueInsideLabel`), which
    /// must be its first cell.
    private func onlyShuffle(_ pool: [StreamValue], rows: [Int], firsts: [Int?], _ placed: [[StreamValue]?],
                             _ offsets: [Int?], rowCheck: ([Double]) -> Bool) -> [[StreamValue]]? {
        let widths = rows.map { specs[$0].columns.count }
        guard pool.count == widths.reduce(0, +) else { return nil }
        var cells = [[StreamValue]](repeating: [], count: rows.count)
        var sums = [Double](repeating: 0, count: rows.count)
        var checked: [[[Double]]] = []
        var search = OnlyReading(maxSteps: settings.maxShuffleSteps)
        func place(_ k: Int) {
            guard search.step() else { return }
            guard k < pool.count else {
                let values = cells.map { $0.map(\.value.value) }
                guard !checked.contains(values) else { return }
                checked.append(values)
                var trial = placed
                for (row, rowCells) in zip(rows, cells) { trial[row] = rowCells }
                guard ArithmeticVerification.brokenRules(Table(kind: kind, template: .v2021, rows: build(trial, offsets))).isEmpty
                else { return }
                search.found(cells)
                return
            }
            let value = pool[k]
            // A value inside a row's label is that row's first cell, and a row's first cell is the value inside
            // its label when one is printed there.
            let owner = firsts.firstIndex(of: k)
            for r in rows.indices where cells[r].count < widths[r] && (r == 0 || !cells[r - 1].isEmpty) {
                if let owner, owner != r || !cells[r].isEmpty { continue }
                if cells[r].isEmpty, let first = firsts[r], first != k { continue }
                // The last column is the row's total: the sum of the values placed before it.
                if cells[r].count == widths[r] - 1, abs(sums[r] - value.value.value) > 1e-6 { continue }
                cells[r].append(value)
                sums[r] += value.value.value
                place(k + 1)
                cells[r].removeLast()
                sums[r] -= value.value.value
            }
        }
        place(0)
        return search.answer
    }
}
