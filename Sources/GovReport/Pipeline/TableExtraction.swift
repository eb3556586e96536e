/// Reads the three tables from their sections' lines. Two readers exist: the geometric one (columns from
/// the x-alignment of values; PDFs and `pdftotext -layout` text) and the stream one (values in reading
/// order; `pdftotext -raw` text, where geometry is lost). Each table is read by both and the better
/// reading is kept: the one that places more cells, then the one with fewer warnings, then the reader
/// that fits the input (geometric for PDFs). Both readers get the section's lines without page furniture;
/// the stream reader also the blank lines among them, since in `pdftotext -raw` output they mark where
/// columns of values break.
struct TableExtraction {
    var settings: ExtractionSettings
    var lineSource: LineSource
    /// Set for pages read by OCR: an arithmetic break is never accepted as printed that way (an OCR misread
    /// looks exactly like a publisher's typo), so a table that breaks R1–R4 stays `reading_disputed`.
    var strictArithmetic = false

    func read(sections: [SectionText], lines: [TextLine], allLines: [TextLine])
        -> (proactive: TableReading, requests: TableReading, reviewLitigation: TableReading) {
        var index: [LinePlace: Int] = [:]
        for (i, line) in allLines.enumerated() where index[LinePlace(line)] == nil { index[LinePlace(line)] = i }
        /// The section's lines for each reader: (geometric, stream).
        func section(_ n: Int) -> (geometric: [TextLine], stream: [TextLine])? {
            guard let range = sections.first(where: { $0.number == n })?.lineRange, !range.isEmpty else { return nil }
            let geometric = Array(lines[range])
            guard let first = index[LinePlace(lines[range.lowerBound])],
                  let last = index[LinePlace(lines[range.upperBound - 1])], first <= last else { return (geometric, geometric) }
            let end = range.upperBound < lines.count ? index[LinePlace(lines[range.upperBound])] ?? last + 1 : allLines.count
            // Blank lines stay (column breaks); page furniture (a page number between two rows) goes.
            let kept = Set(geometric.map(LinePlace.init))
            return (geometric, allLines[first..<max(end, last + 1)].filter { $0.text.isEmpty || kept.contains(LinePlace($0)) })
        }
        let ends = Dictionary(sections.map { ($0.number, $0.lineRange.upperBound) }, uniquingKeysWith: { first, _ in first })
        let sections = (proactive: section(2), requests: section(3), review: section(4))
        let proactive = sections.proactive.map { s in
            blankDoubtedOnScans(better(GeometryTableReader.proactive(s.geometric, settings: settings.tables),
                                       StreamTableReader.proactive(s.stream, settings: settings.streamTables)))
        } ?? Self.missing(.proactive, section: 2)
        let hint = proactive.table?.template
        let requests = sections.requests.map { s in
            better(GeometryTableReader.requests(s.geometric, settings: settings.tables, reportTemplate: hint),
                   StreamTableReader.requests(s.stream, template: hint, settings: settings.streamTables))
        } ?? Self.missing(.requests, section: 3)
        let template = hint ?? requests.table?.template ?? .v2021
        let review = sections.review.map { s in
            doubtedOutOfOrder(Self.withNegativeCounts(better(
                GeometryTableReader.reviewLitigation(s.geometric, settings: settings.tables),
                StreamTableReader.reviewLitigation(s.stream, template: template, settings: settings.streamTables))))
        } ?? Self.missing(.reviewLitigation, section: 4)
        func checked(_ reading: TableReading, _ number: Int, _ own: (geometric: [TextLine], stream: [TextLine])?) -> TableReading {
            guard let own else { return reading }
            let after = lineSource == .plainText ? ends[number].map { lines[$0...] } : nil
            return Self.blankWhileValuesPrinted(reading, lines: own.geometric, after: after)
        }
        return (checked(proactive, 2, sections.proactive), checked(requests, 3, sections.requests),
                checked(review, 4, sections.review))
    }

    /// For pages read by OCR: a section 二 reading with blank cells is in doubt (`ocr_cell_doubtful`, the cells
    /// named). Section 二 has no sums, so nothing tells a cell printed blank from a number the OCR did not read
    /// (a row found on the scan, its value never read).
    func blankDoubtedOnScans(_ reading: TableReading) -> TableReading {
        guard strictArithmetic, let table = reading.table else { return reading }
        let blank = table.rows.flatMap { row in row.cells.filter { $0.cell.printed.isEmpty }.map { "\(row.key)/\($0.column)" } }
        guard !blank.isEmpty else { return reading }
        var doubted = reading
        doubted.warnings.append(ExtractionWarning(
            code: "ocr_cell_doubtful",
            message: "Section 二, read by OCR, has \(blank.count) blank cells (\(blank.joined(separator: ", "))) and no sums to tell a cell printed blank from a number not read; check the table.",
            table: table.kind.rawValue, page: table.firstPage))
        return doubted
    }

    /// The section 四 reading with a `cell_unreadable` warning per negative cell (the readers of section 三
    /// add theirs themselves).
    static func withNegativeCounts(_ reading: TableReading) -> TableReading {
        guard let table = reading.table else { return reading }
        var checked = reading
        checked.warnings += ArithmeticVerification.negativeCounts(table)
        return checked
    }

    /// Plain text: a section 四 reading taken as certain whose groups do not add up (R4) is in doubt
    /// (`cells_doubtful`). Plain text orders a line's values by where it printed them, and `pdftotext -layout`
    /// may print a value a little before its neighbour's (`1 无` for 尚未审结's 无 and 总计's 1), so a group
    /// breaking its sum is not taken as printed that way.
    func doubtedOutOfOrder(_ reading: TableReading) -> TableReading {
        guard lineSource == .plainText, let table = reading.table,
              TableVerification.status(of: reading, sectionFound: true) == .complete,
              let first = ArithmeticVerification.broken(table).first else { return reading }
        var doubted = reading
        doubted.warnings.append(ExtractionWarning(
            code: "cells_doubtful",
            message: "Section 四's group \(first.row ?? "") does not add up (R4) in the order plain text prints its values, and plain text may print neighbouring values out of their columns; check the table.",
            table: TableKind.reviewLitigation.rawValue, row: first.row))
        return doubted
    }

    /// A reading whose every cell is blank is in doubt (`unassigned_values`) when values were printed but not
    /// placed: its section's lines print numbers standing alone (`1`, `12`), or, given the lines `after` the
    /// section (plain text: `pdftotext` without options may print a table's header and values after the next
    /// heading), its section names none of its value columns while a later line does. A table printed all
    /// blank shows neither, and stays as read.
    static func blankWhileValuesPrinted(_ reading: TableReading, lines: [TextLine],
                                        after: ArraySlice<TextLine>? = nil) -> TableReading {
        guard let table = reading.table, !table.rows.isEmpty,
              table.rows.allSatisfy({ $0.cells.allSatisfy { $0.cell.printed.isEmpty } }) else { return reading }
        let numbers = lines.flatMap(\.tokens).filter { token in
            !token.text.isEmpty && token.text.allSatisfy { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
        }
        let labels = Set(columnLabels(table).map(Normalizer.fold))
        func names(_ line: TextLine) -> Bool { labels.contains { TextSearch.contains(line.folded, $0) } }
        let evidence: (text: String, page: Int)
        if let first = numbers.first {
            evidence = ("its section prints \(numbers.count) number(s) (\(numbers.prefix(6).map(\.text).joined(separator: " ")))", first.page)
        } else if let after, !lines.contains(where: names), let later = after.first(where: names) {
            evidence = ("its column headers are printed after its section (\"\(later.text)\"), with values", later.page)
        } else {
            return reading
        }
        var doubtful = reading
        doubtful.warnings.append(ExtractionWarning(
            code: "unassigned_values",
            message: "Every cell of the \(table.kind.rawValue) table was read blank, but \(evidence.text) that were not placed: check the table.",
            table: table.kind.rawValue, page: evidence.page))
        return doubtful
    }

    /// The full labels of a table's value columns (本年制发件数, 自然人, 结果维持 …), without 其他 and 总计, words of any text.
    static func columnLabels(_ table: Table) -> [String] {
        switch table.kind {
        case .proactive: TemplateRows.proactiveRows(table.template).flatMap { $0.columns.map(\.label) }
        case .requests: TemplateRows.requestColumns.dropLast(2).map(\.label)
        case .reviewLitigation: TemplateRows.reviewColumns.dropLast().map(\.label)
        }
    }

    /// The reading that places more printed values — for pages read by OCR, first the geometric reading when
    /// the arithmetic doubts it less (`breaksFewerRules`); on a tie, fewer warnings; then the geometric reading
    /// for a PDF, the stream reading for plain text. For a PDF whose geometric reading is clean (every
    /// row, no warning: no blank cell, no value left over or unreadable) the stream reader, which could only
    /// equal it, is not run — unless the reading breaks the template's arithmetic: then the other reading
    /// of the same tokens is the check (`verified`). A reading that leaves a doubt is compared with the
    /// other reader's (`crossChecked`).
    func better(_ geometric: TableReading, _ stream: @autoclosure () -> TableReading) -> TableReading {
        if lineSource == .pdf, isComplete(geometric) {
            return verified(geometric, against: { stream() }, crossCheck: false)
        }
        let s = stream()
        let g = quality(geometric), q = quality(s)
        let geometricWins: Bool
        if (geometric.table == nil) != (s.table == nil) { geometricWins = geometric.table != nil }
        else if strictArithmetic, Self.breaksFewerRules(geometric, than: s) { geometricWins = true }
        else if g.printed != q.printed { geometricWins = g.printed > q.printed }
        else if g.warnings != q.warnings { geometricWins = g.warnings < q.warnings }
        else { geometricWins = lineSource == .pdf }
        guard geometricWins else { return verified(s, against: { geometric }) }
        // Plain text whose table the stream reader found cut into blocks out of order: the geometric reading
        // of those lines is no better placed, so it keeps the stream reader's doubt.
        var pick = geometric
        if lineSource != .pdf, geometric.table != nil { pick.warnings += s.warnings.filter { $0.code == "columns_guessed" } }
        return verified(pick, against: { s })
    }

    /// For pages read by OCR: true when `reading` is doubted by fewer of R1–R4 than `other` — rules broken, and
    /// rows whose blank cells the printed totals say hold numbers — and names at least as many rows, or, with
    /// no doubt at all, no more than two rows fewer (a label or two OCR lost; a reading of a few rows breaks
    /// nothing, so no fewer). Read in text order, an OCR'd page's stray marks (a header character read as 4,
    /// a label's item number) shift values across columns and rows; placed under their columns, they are not
    /// — and the arithmetic, the one check an OCR reading has, tells the two apart.
    static func breaksFewerRules(_ reading: TableReading, than other: TableReading) -> Bool {
        guard let table = reading.table, let otherTable = other.table else { return false }
        func doubts(_ t: Table) -> Int {
            ArithmeticVerification.broken(t).count + ArithmeticVerification.rowsMissingValues(t, blankTotals: true).count
        }
        let own = doubts(table)
        guard table.rows.count >= otherTable.rows.count || own == 0 && table.rows.count + 2 >= otherTable.rows.count else { return false }
        return own < doubts(otherTable)
    }

    /// A reading checked against the template's arithmetic. One that holds is kept. One that breaks it
    /// gives way to the other reading when that one holds and places as many printed values; it stands
    /// as printed when the other reading gives the same cells or one cell accounts for every break (never
    /// under `strictArithmetic`); otherwise it stays, with a `reading_disputed` warning naming the rows in doubt.
    /// A reading that holds is compared with the other one (`crossChecked`) unless `crossCheck` is false.
    func verified(_ pick: TableReading, against other: () -> TableReading, crossCheck: Bool = true) -> TableReading {
        guard let table = pick.table else { return pick }
        let brokenFindings = ArithmeticVerification.broken(table)
        let broken = brokenFindings.map(\.instance)
        let missing = ArithmeticVerification.rowsMissingValues(table, blankTotals: strictArithmetic)
        guard !broken.isEmpty || !missing.isEmpty else { return crossCheck ? crossChecked(pick, against: other) : pick }
        let alternative = other()
        if broken.isEmpty {
            // The arithmetic holds only if blank cells under larger totals are read as numbers: a value
            // may have been missed, unless the other reading finds the same blanks.
            if let alt = alternative.table, ArithmeticVerification.brokenRules(alt).isEmpty,
               ArithmeticVerification.rowsMissingValues(alt, blankTotals: strictArithmetic).isEmpty, alt.rows.count >= table.rows.count {
                return alternative
            }
            var doubtful = pick
            doubtful.warnings.append(ExtractionWarning(
                code: "cells_doubtful",
                message: "In the \(table.kind.rawValue) table, rows \(missing.joined(separator: ", ")) print blank cells where the printed totals need numbers; a value may have been missed: check the table.",
                table: table.kind.rawValue, row: missing.first,
                page: table[missing[0]]?.cells.compactMap(\.cell.page).first))
            return doubtful
        }
        let alternativeHolds = alternative.table.map {
            ArithmeticVerification.brokenRules($0).isEmpty && $0.rows.count >= table.rows.count
        } ?? false
        // Or as many printed characters, every total the pick prints printed: a number wrapped in its cell
        // (１ over ０) is one cell of the one reading, two of the other.
        if alternativeHolds, quality(alternative).printed >= quality(pick).printed
            || (printedCharacters(alternative) >= printedCharacters(pick) && Self.printsTotals(of: table, in: alternative.table)) {
            return alternative
        }
        // A break is printed that way only when no other reading of the tokens holds: one that does, placing
        // fewer values (the pick may have taken a page number for a cell), leaves the reading in dispute.
        if !strictArithmetic, !alternativeHolds {
            if let alt = alternative.table, Self.sameCells(alt, table),
               lineSource == .pdf || !Self.blankInRows(Self.rowsInvolved(brokenFindings, table), table) { return pick }
            if ArithmeticVerification.explainedByOneCell(table) { return pick }
        }
        var disputed = pick
        let rows = Self.rowsInvolved(brokenFindings, table)
        disputed.warnings.append(ExtractionWarning(
            code: "reading_disputed",
            message: "The \(table.kind.rawValue) table breaks \(broken.joined(separator: ", ")) and no other reading of its printed values holds; the reading of rows \(rows.joined(separator: ", ")) is uncertain.",
            table: table.kind.rawValue, page: table.firstPage))
        return disputed
    }

    /// A PDF reading the arithmetic cannot check (section 二 has none; a blank cell satisfies any sum) is
    /// compared with the other reader's (plain text has no second reading worth the name): when that one is
    /// itself free of doubt, has the same rows and gives other values, the reading is disputed
    /// (`reading_disputed`, the rows that differ named).
    func crossChecked(_ pick: TableReading, against other: () -> TableReading) -> TableReading {
        guard lineSource == .pdf, let table = pick.table,
              table.kind == .proactive || table.rows.contains(where: { $0.cells.contains { $0.cell.printed.isEmpty } })
        else { return pick }
        let alternative = other()
        guard let alt = alternative.table, TableVerification.status(of: alternative, sectionFound: true) == .complete,
              alt.rows.map(\.key) == table.rows.map(\.key), !Self.sameCells(alt, table) else { return pick }
        let differing = zip(table.rows, alt.rows).filter { !Self.sameValues($0, $1) }
        var disputed = pick
        disputed.warnings.append(ExtractionWarning(
            code: "reading_disputed",
            message: "Two readings of the \(table.kind.rawValue) table give different values in rows \(differing.map(\.0.key).joined(separator: ", ")); check the table.",
            table: table.kind.rawValue, row: differing.first?.0.key,
            page: differing.first?.0.cells.compactMap(\.cell.page).first))
        return disputed
    }

    /// The rows broken rules involve: an R3/R4 finding names its row; R1/R2 run down a column, through every row.
    static func rowsInvolved(_ broken: [Finding], _ table: Table) -> [String] {
        let named = Set(broken.filter { $0.rule == "R3" || $0.rule == "R4" }.compactMap(\.row))
        let all = named.isEmpty || broken.contains { $0.rule == "R1" || $0.rule == "R2" }
        return table.rows.map(\.key).filter { all || named.contains($0) }
    }

    /// True when one of `rows` has a blank cell. In plain text such a row's values are placed by the text's
    /// alignment (pdftotext spaces each line on its own), and both readers read the same alignment: their
    /// agreeing is no proof that a break of the arithmetic is printed so (`12` and `1` of one column printed
    /// three characters apart were read in two columns by both).
    static func blankInRows(_ rows: [String], _ table: Table) -> Bool {
        rows.contains { key in table[key]?.cells.contains { $0.cell.printed.isEmpty } ?? false }
    }

    /// True when both tables have the same rows and the same value in every cell.
    static func sameCells(_ a: Table, _ b: Table) -> Bool {
        a.rows.map(\.key) == b.rows.map(\.key) && zip(a.rows, b.rows).allSatisfy(sameValues)
    }

    /// True when two rows have the same columns with the same values.
    static func sameValues(_ x: TableRow, _ y: TableRow) -> Bool {
        x.cells.count == y.cells.count
            && zip(x.cells, y.cells).allSatisfy { $0.column == $1.column && abs($0.cell.value - $1.cell.value) < 1e-9 }
    }

    /// Every template row present and nothing to warn about.
    private func isComplete(_ reading: TableReading) -> Bool {
        guard let table = reading.table, reading.warnings.isEmpty else { return false }
        let expected: Int
        switch table.kind {
        case .requests: expected = TemplateRows.requestRows(table.template).count
        case .proactive: expected = TemplateRows.proactiveRows(table.template).count
        case .reviewLitigation: expected = TemplateRows.reviewGroups.count
        }
        return table.rows.count == expected
    }

    /// Printed values placed, and warnings other than blank cells (a reading that misses a row warns of
    /// none of its blank cells: with as many values placed, its blanks are no merit).
    private func quality(_ reading: TableReading) -> (printed: Int, warnings: Int) {
        let printed = reading.table?.rows.reduce(0) { $0 + $1.cells.filter { !$0.cell.printed.isEmpty }.count } ?? 0
        return (printed, reading.warnings.count(where: { $0.code != "blank_cell" }))
    }

    /// True when `other` prints every total (column `total`) that `table` prints.
    static func printsTotals(of table: Table, in other: Table?) -> Bool {
        table.rows.allSatisfy { row in
            row.cells.allSatisfy { $0.column != "total" || $0.cell.printed.isEmpty || !(other?[row.key]?[$0.column]?.printed.isEmpty ?? true) }
        }
    }

    private func printedCharacters(_ reading: TableReading) -> Int {
        reading.table?.rows.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.cell.printed.count(where: { !$0.isWhitespace }) } } ?? 0
    }

    /// The reading of a table whose section was not found.
    static func missing(_ kind: TableKind, section n: Int) -> TableReading {
        TableReading(table: nil, warnings: [ExtractionWarning(
            code: "section_missing",
            message: "section \(SectionHeadings.numerals[n - 1]) not found; its table was not read", table: kind.rawValue)])
    }
}
