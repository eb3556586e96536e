/// Reads the three tables from their sections' lines. Two readers exist: the geometric one (columns from
/// the x-alignment of values; PDFs and `pdftotext -layout` text) and the stream one (values in reading
/// order; `pdftotext -raw` text, where geometry is lost). Each table is read by both and the better
/// reading is kept: the one that places more cells, then the one with fewer warnings, then the reader
/// that fits the input (geometric for PDFs).
struct TableExtraction {
    var settings: ExtractionSettings
    var lineSource: LineSource

    func read(sections: [SectionText], lines: [TextLine])
        -> (proactive: TableReading, requests: TableReading, reviewLitigation: TableReading) {
        func section(_ n: Int) -> [TextLine]? {
            sections.first { $0.number == n }.map { Array(lines[$0.lineRange]) }
        }
        let proactive = section(2).map { lines in
            better(GeometryTableReader.proactive(lines, settings: settings.tables),
                   StreamTableReader.proactive(lines, settings: settings.streamTables))
        } ?? missing(.proactive, section: 2)
        let hint = proactive.table?.template
        let requests = section(3).map { lines in
            better(GeometryTableReader.requests(lines, settings: settings.tables, reportTemplate: hint),
                   StreamTableReader.requests(lines, template: hint, settings: settings.streamTables))
        } ?? missing(.requests, section: 3)
        let template = hint ?? requests.table?.template ?? .v2021
        let review = section(4).map { lines in
            better(GeometryTableReader.reviewLitigation(lines, settings: settings.tables),
                   StreamTableReader.reviewLitigation(lines, template: template, settings: settings.streamTables))
        } ?? missing(.reviewLitigation, section: 4)
        return (proactive, requests, review)
    }

    /// The reading that places more printed values; on a tie, fewer warnings; then the geometric reading
    /// for a PDF, the stream reading for plain text.
    func better(_ geometric: TableReading, _ stream: TableReading) -> TableReading {
        let g = quality(geometric), s = quality(stream)
        if g.printed != s.printed { return g.printed > s.printed ? geometric : stream }
        if g.warnings != s.warnings { return g.warnings < s.warnings ? geometric : stream }
        return lineSource == .pdf ? geometric : stream
    }

    private func quality(_ reading: TableReading) -> (printed: Int, warnings: Int) {
        let printed = reading.table?.rows.reduce(0) { $0 + $1.cells.filter { !$0.cell.printed.isEmpty }.count } ?? 0
        return (printed, reading.warnings.count)
    }

    private func missing(_ kind: TableKind, section n: Int) -> TableReading {
        TableReading(table: nil, warnings: [ExtractionWarning(
            code: "section_missing",
            message: "section \(SectionHeadings.numerals[n - 1]) not found; its table was not read", table: kind.rawValue)])
    }
}
