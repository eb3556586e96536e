/// Plain `pdftotext` text may print the cells of a page's top left corner apart from the rest of the page's
/// rows: the cells beside the label column's first lines form a block of their own, a staircase (一、's first
/// four columns, 二、's first three, （一）'s first two, （二）'s first one), printed before or after the page's
/// other cells. Each part keeps its cells row by row, left to right, so the page's values, in text order, are
/// the rows' heads (row by row) then their tails (row by row), or the other way round, where a row's head is
/// its first `s` cells and `s` never grows down the page (`s = 0` from some row on). Read in text order the
/// rows break their own sums (R3). For a page with such a row, every staircase under which each of its rows
/// adds up across is tried, both ways round; when all of them give the same cells, those are the page's reading,
/// taken when the whole table then holds (R1–R3) and every other row is trusted as read (none of its values
/// from value lines stacked one above the other, or it adds up with a number that is not 0). No number is
/// changed or invented: the page's printed values are only given other cells.
extension StreamRowPlacement {
    /// Re-places, in `placed`, the rows of pages printed with a staircase apart (see the extension's summary);
    /// returns the indices of the rows so re-placed, or none. `values`: the values read, in text order, a
    /// row's `columns` after another from row 0 (every row of the table, as `streamOrder` reads them).
    func settledByStaircase(_ placed: inout [[StreamValue]?], _ offsets: [Int?], values: [StreamValue]) -> Set<Int> {
        guard let rowCheck, region.valuesInBlocks, let columns = specs.first?.columns.count,
              specs.allSatisfy({ $0.columns.count == columns }), values.count == specs.count * columns else { return [] }
        let broken = Set(placed.indices.filter { i in placed[i].map { !rowCheck($0.map(\.value.value)) } ?? true })
        guard !broken.isEmpty else { return [] }
        var reread = placed, rows = Set<Int>()
        var start = 0
        while start < values.count {
            let page = values[start].token.page
            var end = start
            while end < values.count, values[end].token.page == page { end += 1 }
            defer { start = end }
            // A page holding whole rows only; one of them broken.
            guard start % columns == 0, (end - start) % columns == 0 else { continue }
            let pageRows = Array((start / columns)..<(end / columns))
            guard pageRows.contains(where: broken.contains) else { continue }
            let pageValues = Array(values[start..<end])
            let firsts = pageRows.map { row in firstValueInsideLabel(row, offsets).flatMap { pageValues.contains($0) ? $0 : nil } }
            guard let cells = onlyStaircase(pageValues, columns: columns, firsts: firsts, rowCheck: rowCheck) else { return [] }
            for (row, rowCells) in zip(pageRows, cells) { reread[row] = rowCells }
            rows.formUnion(pageRows)
        }
        guard !rows.isEmpty,
              reread.indices.allSatisfy({ rows.contains($0) || standsAlone(reread[$0] ?? [], rowCheck: rowCheck) }),
              ArithmeticVerification.brokenRules(Table(kind: kind, template: .v2021, rows: build(reread, offsets))).isEmpty
        else { return [] }
        placed = reread
        return rows
    }

    /// The page's rows when every staircase reading of `page` (heads then tails, or tails then heads) under
    /// which each row adds up gives the same values; nil when none does, two differ, or the search runs past
    /// `settings.maxShuffleSteps`. `firsts`: per row of the page, the value printed inside its label
    /// (`firstValueInsideLabel`), which must be its first cell.
    private func onlyStaircase(_ page: [StreamValue], columns: Int, firsts: [StreamValue?],
                               rowCheck: ([Double]) -> Bool) -> [[StreamValue]]? {
        let rowCount = page.count / columns
        var search = OnlyReading(maxSteps: settings.maxShuffleSteps)
        var rows: [[StreamValue]] = []
        // heads: the values of the rows' heads, row by row; tails: the rest, row by row. `growing`: the heads
        // widen down the page (the bottom left corner printed apart) instead of narrowing (the top left).
        func place(_ row: Int, head: Int, previous: Int, growing: Bool, heads: ArraySlice<StreamValue>, tails: ArraySlice<StreamValue>) {
            guard search.step() else { return }
            let headLeft = heads.count - head
            guard row < rowCount else {
                if headLeft == 0 { search.found(rows) }
                return
            }
            let tail = row * columns - head, below = rowCount - row - 1
            for width in growing ? previous...(columns - 1) : 0...previous where width <= headLeft {
                // The rows below take at most (narrowing) or at least (growing) `width` heads each.
                let rest = headLeft - width
                guard growing ? rest >= width * below && rest <= (columns - 1) * below : rest <= width * below else { continue }
                let cells = Array(heads.dropFirst(head).prefix(width)) + Array(tails.dropFirst(tail).prefix(columns - width))
                guard rowCheck(cells.map(\.value.value)), firsts[row].map({ $0 == cells.first }) ?? true else { continue }
                rows.append(cells)
                place(row + 1, head: head + width, previous: width, growing: growing, heads: heads, tails: tails)
                rows.removeLast()
            }
        }
        for total in 0...(rowCount * (columns - 1)) {
            for headsFirst in total == 0 ? [true] : [true, false] {
                let cut = headsFirst ? total : page.count - total
                let first = page[..<cut], second = page[cut...]
                for growing in total == 0 ? [false] : [false, true] {
                    place(0, head: 0, previous: growing ? 0 : columns - 1, growing: growing,
                          heads: headsFirst ? first : second, tails: headsFirst ? second : first)
                }
            }
        }
        return search.answer
    }
}
