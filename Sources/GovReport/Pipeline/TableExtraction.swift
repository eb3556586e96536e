/// Reads the three tables of a document from their sections' lines, choosing per table between the
/// readers that fit the input.
struct TableExtraction {
    var settings: ExtractionSettings

    /// A missing section gives a missing table with a warning, never an empty one.
    func read(_ document: DocumentText) -> (proactive: TableReading, requests: TableReading, reviewLitigation: TableReading) {
        func lines(_ n: Int) -> [TextLine]? { document.section(n).map { Array(document.lines[$0.lineRange]) } }
        let proactive = lines(2).map { StreamTableReader.proactive($0, settings: settings.streamTables) }
            ?? missing(.proactive, section: 2)
        let hint = proactive.table?.template
        let requests = lines(3).map { StreamTableReader.requests($0, template: hint, settings: settings.streamTables) }
            ?? missing(.requests, section: 3)
        let template = hint ?? requests.table?.template ?? .v2021
        let review = lines(4).map { StreamTableReader.reviewLitigation($0, template: template, settings: settings.streamTables) }
            ?? missing(.reviewLitigation, section: 4)
        return (proactive, requests, review)
    }

    private func missing(_ kind: TableKind, section n: Int) -> TableReading {
        TableReading(table: nil, warnings: [ExtractionWarning(
            code: "section_missing",
            message: "section \(SectionHeadings.numerals[n - 1]) not found; its table was not read", table: kind.rawValue)])
    }
}
