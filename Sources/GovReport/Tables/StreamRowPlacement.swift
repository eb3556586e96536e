/// A template row to fill from a stream: its definition, columns, and a unit its header prints.
struct StreamRowSpec: Sendable {
    var row: RowDefinition
    var columns: [ColumnDefinition]
    /// Unit printed in the column header (本年收费金额（单位：万元）), given to cells that print none.
    var unit: String? = nil
}

/// Places the values of a `StreamRegion` into template rows.
///
/// 1. By line: every row's label line (or the first value line after a wrapped label) holds exactly its
///    columns' values (with a row check, digits drawn apart joined back: `joinedSplitDigits`), and no value
///    is left over.
/// 2. By stream: the count of values equals the columns of all template rows (or of the rows whose labels
///    were found); values are read in stream order (`StreamLayout` for uniform rows, else row by row).
///    Without a row check (section 二), a row whose own lines hold fewer values than its columns (blank
///    cells) makes that order a guess: `columns_guessed`.
/// 3. Otherwise only rows whose own label line holds their values, with `value_count_mismatch` and
///    `row_missing` warnings: counts that disagree are never forced.
struct StreamRowPlacement {
    var specs: [StreamRowSpec]
    var region: StreamRegion
    var kind: TableKind
    /// Folded texts that are not row labels (group labels, headers): left out of printed labels.
    var fragments: [String]
    var rowCheck: (([Double]) -> Bool)?
    var settings: StreamTableSettings

    /// The rows placed (template order) and what was noticed.
    func rows() -> (rows: [TableRow], warnings: [ExtractionWarning]) {
        let offsets = labelOffsets()
        let labelLines = offsets.map { $0.map { region.labels.origins[$0].line } }
        let ownLines = lineRanges(labelLines)
        let candidates = ownLines.enumerated().map { i, lines -> [[StreamValue]] in
            guard let lines, let valueLine = lines.first(where: { !region.lines[$0].values.isEmpty }) else { return [] }
            let cells = region.lines[valueLine].values.map { region.values[$0] }
            if cells.count == specs[i].columns.count { return [cells] }
            return rowCheck.map { Self.splitDigitJoinings(cells, columns: specs[i].columns.count, rowCheck: $0) } ?? []
        }
        let byLine = settledByColumns(candidates, offsets)
        // Values used: a row's whole value line (digits of one number drawn apart count as they are printed).
        let used = ownLines.enumerated().reduce(0) { sum, item in
            guard byLine[item.offset] != nil, let lines = item.element,
                  let valueLine = lines.first(where: { !region.lines[$0].values.isEmpty }) else { return sum }
            return sum + region.lines[valueLine].values.count
        }
        let strays = region.values.count - used
        if !byLine.contains(where: { $0 == nil }),
           strays == 0 || strays == region.values.filter(\.mayBePageNumber).count {
            return (build(byLine, offsets), [])
        }

        let found = specs.indices.filter { offsets[$0] != nil }
        for (subset, isAll) in [(Array(specs.indices), true), (found, false)] where !subset.isEmpty {
            let expected = subset.reduce(0) { $0 + specs[$1].columns.count }
            guard let values = region.values(fitting: expected) else { continue }
            var placed = [[StreamValue]?](repeating: nil, count: specs.count)
            for (k, cells) in streamOrder(subset, values).enumerated() { placed[subset[k]] = cells }
            // A row printed partly apart, its sum broken, read again from the other rows' arithmetic.
            var reread = settledByArithmetic(&placed, offsets)
            if reread.isEmpty { reread = settledByInterleaving(&placed, offsets) }
            if reread.isEmpty, isAll { reread = settledByStaircase(&placed, offsets, values: values) }
            reread.formUnion(settledByNames(&placed))
            var warnings: [ExtractionWarning] = []
            // A row whose own lines (its label to the next row's) do not hold exactly its columns' values was
            // placed by the stream order alone: blank cells, or values printed apart from their labels (plain
            // `pdftotext` cuts a table into blocks and orders them its own way). Without a row check (section 二)
            // that order is a guess.
            // Without a row check, a row's values printed in blocks apart (a blank line between them) are in
            // the order `pdftotext` gave its blocks, which need not be left to right (11 104 6 for 11 6 104).
            // With a row check, in text cut into blocks (blank lines between values: plain `pdftotext`), a row
            // is in doubt when the values read for it and those printed between its label and the next are
            // neither part of the other: the text order shifted it against its label (a shift among leaf rows
            // keeps every sum). `-raw` text prints no blank lines; its column-by-column runs are the row check's.
            let blocked = rowCheck != nil && region.valuesInBlocks
            // A page number left out of the count is no row's value.
            let counted = values.count == region.values.count ? nil : Set(values)
            var displaced = subset.filter { i in
                guard !reread.contains(i) else { return false }
                let own = (ownLines[i].map { $0.flatMap { region.lines[$0].values }.map { region.values[$0] } } ?? [])
                    .filter { counted?.contains($0) ?? true }
                guard rowCheck == nil else {
                    let read = Set(placed[i] ?? []), printed = Set(own)
                    return blocked && !printed.isEmpty && !printed.isSubset(of: read) && !read.isSubset(of: printed)
                }
                return own.count != specs[i].columns.count || blocksApart(own)
            }
            // Rows whose labels and values a page prints in blocks of their own, read in order, when the
            // table's arithmetic holds (R1–R3).
            if blocked, !displaced.isEmpty,
               ArithmeticVerification.brokenRules(Table(kind: kind, template: .v2021, rows: build(placed, offsets))).isEmpty {
                let paged = settledByPages(placed, offsets, subset: subset)
                displaced.removeAll { paged.contains($0) }
            }
            if !displaced.isEmpty {
                warnings.append(warning("columns_guessed", "rows \(displaced.map { specs[$0].row.key }.joined(separator: ", ")) do not print their columns' values between their label and the next (blank cells, or values printed apart from the labels); values read in text order, which need not be their rows and columns", row: specs[displaced[0]].row.key))
            }
            for i in specs.indices where offsets[i] == nil {
                warnings.append(isAll
                    ? warning("row_label_unmatched", "row \(specs[i].row.key) (\(specs[i].row.label)): label not recognised; values placed by their position in the table", row: specs[i].row.key)
                    : warning("row_missing", "row \(specs[i].row.key) (\(specs[i].row.label)) not found in the table", row: specs[i].row.key))
            }
            return (build(placed, offsets), warnings)
        }

        // Counts disagree: keep the rows whose label line (or first value line after it) holds their values.
        let placed = byLine
        let expected = specs.reduce(0) { $0 + $1.columns.count }
        var warnings = [warning("value_count_mismatch",
                                "found \(region.values.count) cell values where the \(specs.count) rows need \(expected); only rows printed on one line with their values were read")]
        for i in specs.indices where placed[i] == nil {
            warnings.append(warning("row_missing", "row \(specs[i].row.key) (\(specs[i].row.label)): values could not be placed", row: specs[i].row.key))
        }
        return (build(placed, offsets), warnings)
    }

    /// Per row, its cells when one reading of its line is left: a row with several (digits drawn apart
    /// joined in more than one way) is settled when exactly one combination of the rows' readings makes the
    /// table's arithmetic hold (`ArithmeticVerification`), else left unread.
    func settledByColumns(_ candidates: [[[StreamValue]]], _ offsets: [Int?]) -> [[StreamValue]?] {
        var settled = candidates.map { $0.count == 1 ? $0[0] : nil }
        let open = candidates.indices.filter { candidates[$0].count > 1 }
        let combinations = open.reduce(1) { $0 * candidates[$1].count }
        guard !open.isEmpty, combinations <= settings.maxJoinCombinations,
              candidates.allSatisfy({ !$0.isEmpty }) else { return settled }
        var holding: [[Int]] = []
        for n in 0..<combinations {
            var rest = n
            let choice = open.map { i -> Int in defer { rest /= candidates[i].count }; return rest % candidates[i].count }
            for (i, c) in zip(open, choice) { settled[i] = candidates[i][c] }
            let table = Table(kind: kind, template: .v2021, rows: build(settled, offsets))
            if ArithmeticVerification.brokenRules(table).isEmpty { holding.append(choice) }
            if holding.count > 1 { break }
        }
        for (k, i) in open.enumerated() { settled[i] = holding.count == 1 ? candidates[i][holding[0][k]] : nil }
        return settled
    }

    /// Per row, its lines: from its label line to the next row's label line; nil for a row not found.
    /// By line, a row's values are those of the first of its lines that holds values.
    func lineRanges(_ labelLines: [Int?]) -> [Range<Int>?] {
        labelLines.enumerated().map { i, line in
            guard let line else { return nil }
            return line..<(labelLines[(i + 1)...].compactMap { $0 }.first { $0 > line } ?? region.lines.count)
        }
    }

    /// Cells per row of `subset`, reading `values` in stream order.
    func streamOrder(_ subset: [Int], _ values: [StreamValue]) -> [[StreamValue]] {
        let widths = subset.map { specs[$0].columns.count }
        if let width = widths.first, widths.allSatisfy({ $0 == width }) {
            let indices = StreamLayout.cellIndices(rows: subset.count, columns: width, values: values.map(\.value.value),
                                                   breaks: { breakAfter(values, $0) }, rowCheck: rowCheck, settings: settings)
            return indices.map { $0.map { values[$0] } }
        }
        var cursor = 0
        return widths.map { width in
            defer { cursor += width }
            return Array(values[cursor..<(cursor + width)])
        }
    }

    /// True when `cells` (one row's, in text order) are not all the same value and a blank line stands
    /// between two of them: they came from separate blocks of the text.
    func blocksApart(_ cells: [StreamValue]) -> Bool {
        guard Set(cells.map(\.value.value)).count > 1, let first = cells.first, let last = cells.last else { return false }
        return first.token.page != last.token.page
            || region.lines[first.line...last.line].contains { $0.isBreak && $0.text.text.isEmpty }
    }

    /// True when the text breaks between `values[i]` and `values[i + 1]`.
    func breakAfter(_ values: [StreamValue], _ i: Int) -> Bool {
        guard i + 1 < values.count else { return true }
        let a = values[i], b = values[i + 1]
        if a.line == b.line { return false }
        if a.token.page != b.token.page { return true }
        return region.lines[(a.line + 1)..<b.line].contains { $0.isBreak || !$0.labelTokens.isEmpty }
    }

    func build(_ placed: [[StreamValue]?], _ offsets: [Int?]) -> [TableRow] {
        let rowLines = Set(offsets.compactMap { $0 }.map { region.labels.origins[$0].line })
        return specs.indices.compactMap { i in
            guard let cells = placed[i] else { return nil }
            let spec = specs[i]
            let label = offsets[i].map { printedLabel(at: $0, rowLines: rowLines) } ?? spec.row.label
            return TableRow(key: spec.row.key, label: label,
                            cells: zip(spec.columns, cells).map { ($0.key, $1.cell(unit: spec.unit)) })
        }
    }

    func warning(_ code: String, _ message: String, row: String? = nil) -> ExtractionWarning {
        ExtractionWarning(code: code, message: message, table: kind.rawValue, row: row)
    }
}
