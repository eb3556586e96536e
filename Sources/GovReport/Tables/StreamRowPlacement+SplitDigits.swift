/// A number whose digits the PDF draws apart (a wide gap between glyphs) comes out of `pdftotext -raw` as
/// several numbers ("4 8 / / 4 2 3 5 7" for 48 / / 4 2 3 57). On a row's own line holding more values than
/// its columns, adjacent digit runs are joined back where the row's check (R3: its total is the sum of the
/// others) then holds. Where several joinings hold (4 8 / / 4 2 3 5 7: 48+4+2+3 = 57, but 4+8+42+3 = 57
/// too), the table's arithmetic down the columns (R1, R2) decides, and only when one combination holds.
extension StreamRowPlacement {
    /// The line's values joined into `columns` cells, each joining with other cell values (at most `limit`);
    /// empty when none holds.
    static func splitDigitJoinings(_ values: [StreamValue], columns: Int, rowCheck: ([Double]) -> Bool,
                                   maxJoins: Int = 7, limit: Int = 4) -> [[StreamValue]] {
        let joins = values.count - columns
        guard joins > 0, joins <= maxJoins, columns > 0 else { return [] }
        let digits = values.map { v in !v.value.isPlaceholder && v.printed.allSatisfy { $0.isNumber } }
        var found: [[StreamValue]] = []
        var cells: [StreamValue] = []
        // Cut the values into `columns` runs of adjacent values; a run of several is digits only.
        func cut(from start: Int, remaining: Int) {
            guard found.count <= limit else { return }
            if remaining == 0 {
                guard start == values.count, rowCheck(cells.map(\.value.value)) else { return }
                if !found.contains(where: { $0.map(\.value.value) == cells.map(\.value.value) }) { found.append(cells) }
                return
            }
            let longest = values.count - start - (remaining - 1)
            guard longest >= 1 else { return }
            for length in 1...longest {
                let run = values[start..<(start + length)]
                guard length == 1 || digits[start..<(start + length)].allSatisfy({ $0 }) else { break }
                guard let cell = joined(Array(run)) else { break }
                cells.append(cell)
                cut(from: start + length, remaining: remaining - 1)
                cells.removeLast()
            }
        }
        cut(from: 0, remaining: columns)
        return found
    }

    /// One value printed as the run's texts side by side, or nil when they read as no number together.
    private static func joined(_ run: [StreamValue]) -> StreamValue? {
        guard run.count > 1 else { return run.first }
        let text = run.map(\.printed).joined()
        guard let value = CellValue.parse(text), let box = Box.enclosing(run.map(\.token.box)) else { return nil }
        var first = run[0]
        first.token = Token(text: text, box: box, page: first.token.page)
        first.value = value
        first.printed = text
        return first
    }
}
