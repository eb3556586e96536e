/// Reads the three tables from their sections' lines. Two readers exist: the geometric one (columns from
/// the x-alignment of values; PDFs and `pdftotext -layout` text) and the stream one (values in reading
/// order; `pdftotext -raw` text, where geometry is lost). Each table is read by both and the better
/// reading is kept: the one that places more cells, then the one with fewer warnings, then the reader
/// that fits the input (geometric for PDFs). The geometric reader gets the section's lines without page
/// furniture; the stream reader all of the input's lines from the section's first to its last, blank
/// lines included, since in `pdftotext -raw` output they mark where columns of values break.
struct TableExtraction {
    var settings: ExtractionSettings
    var lineSource: LineSource

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
            return (geometric, Array(allLines[first..<max(end, last + 1)]))
        }
        let proactive = section(2).map { s in
            better(GeometryTableReader.proactive(s.geometric, settings: settings.tables),
                   StreamTableReader.proactive(s.stream, settings: settings.streamTables))
        } ?? Self.missing(.proactive, section: 2)
        let hint = proactive.table?.template
        let requests = section(3).map { s in
            better(GeometryTableReader.requests(s.geometric, settings: settings.tables, reportTemplate: hint),
                   StreamTableReader.requests(s.stream, template: hint, settings: settings.streamTables))
        } ?? Self.missing(.requests, section: 3)
        let template = hint ?? requests.table?.template ?? .v2021
        let review = section(4).map { s in
            better(GeometryTableReader.reviewLitigation(s.geometric, settings: settings.tables),
                   StreamTableReader.reviewLitigation(s.stream, template: template, settings: settings.streamTables))
        } ?? Self.missing(.reviewLitigation, section: 4)
        return (proactive, requests, review)
    }

    /// The reading that places more printed values; on a tie, fewer warnings; then the geometric reading
    /// for a PDF, the stream reading for plain text. For a PDF whose geometric reading is complete (every
    /// row, no warning) the stream reader, which could only equal it, is not run.
    func better(_ geometric: TableReading, _ stream: @autoclosure () -> TableReading) -> TableReading {
        if lineSource == .pdf, isComplete(geometric) { return geometric }
        let stream = stream()
        let g = quality(geometric), s = quality(stream)
        if g.printed != s.printed { return g.printed > s.printed ? geometric : stream }
        if g.warnings != s.warnings { return g.warnings < s.warnings ? geometric : stream }
        return lineSource == .pdf ? geometric : stream
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

    private func quality(_ reading: TableReading) -> (printed: Int, warnings: Int) {
        let printed = reading.table?.rows.reduce(0) { $0 + $1.cells.filter { !$0.cell.printed.isEmpty }.count } ?? 0
        return (printed, reading.warnings.count)
    }

    /// The reading of a table whose section was not found.
    static func missing(_ kind: TableKind, section n: Int) -> TableReading {
        TableReading(table: nil, warnings: [ExtractionWarning(
            code: "section_missing",
            message: "section \(SectionHeadings.numerals[n - 1]) not found; its table was not read", table: kind.rawValue)])
    }
}
