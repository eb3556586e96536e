import Foundation

/// Settings of the whole pipeline, one value per stage.
public struct ExtractionSettings: Hashable, Sendable {
    public var layout = LayoutSettings()
    public var text = TextSettings()
    public var tables = TableSettings()
    public var streamTables = StreamTableSettings()
    public init() {}
}

/// Turns a document (PDF pages or plain text) into a `Report`: lines → text (sections, paragraphs) → tables.
///
/// ```swift
/// let report = try Extractor().extract(text: seedText, source: source)
/// report.requests?["new_requests", "total"]?.value
/// ```
public struct Extractor: Sendable {
    public var settings: ExtractionSettings

    public init(settings: ExtractionSettings = .init()) { self.settings = settings }

    /// Extracts from PDF pages (glyph geometry available).
    public func extract(pages: [Page], source: SourceInfo) throws -> Report {
        let lines = pages.flatMap { TextLines.lines(of: $0, settings: settings.layout) }
        let document = try read(lines, lineSource: .pdf, source: source)
        return report(document, tableLines: document.lines, allLines: lines, source: source)
    }

    /// Extracts from plain text (pdftotext -raw or -layout output, pages separated by form feeds).
    ///
    /// The text is laid out twice: as prose (a CJK character two columns wide) for paragraphs, and on
    /// pdftotext's character grid (every character one column) for the tables, whose columns line up there.
    public func extract(text: String, source: SourceInfo) throws -> Report {
        var prose = settings.layout
        prose.textWideCharacterColumns = LayoutSettings.prose.textWideCharacterColumns
        let lines = TextLines.lines(fromPlainText: text, settings: prose)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw ExtractionError.noText(path: source.fileName) }
        let document = try read(lines, lineSource: .plainText, source: source)
        let grid = TextLines.lines(fromPlainText: text, settings: settings.layout)
        // Both layouts have one line per text line; page and y identify it in either.
        let byPlace = Dictionary(grid.map { (LinePlace($0), $0) }, uniquingKeysWith: { first, _ in first })
        let tableLines = document.lines.map { byPlace[LinePlace($0)] ?? $0 }
        return report(document, tableLines: tableLines, allLines: grid, source: source)
    }

    func read(_ lines: [TextLine], lineSource: LineSource, source: SourceInfo) throws -> DocumentText {
        let document = DocumentReader(settings: settings.text).read(lines, source: lineSource)
        // Mojibake is a PDF font without a ToUnicode map; plain text with few ideographs is simply not a report.
        if lineSource == .pdf, document.isMojibake {
            throw ExtractionError.mojibake(path: source.fileName, cjkShare: document.cjkShare)
        }
        guard document.isReport() else {
            throw ExtractionError.notAReport(path: source.fileName, sectionsFound: document.sections.count)
        }
        return document
    }

    /// `tableLines` parallels `document.lines` (same count and order), possibly with other geometry;
    /// `allLines` are all the input lines in that geometry, blank lines and page furniture included.
    private func report(_ document: DocumentText, tableLines: [TextLine], allLines: [TextLine], source: SourceInfo) -> Report {
        var settings = settings
        settings.tables.rowsByPosition = source.ocr != nil
        settings.tables.cutNumbersAtGaps = source.ocr == nil
        let tables = TableExtraction(settings: settings, lineSource: document.source, strictArithmetic: source.ocr != nil)
            .read(sections: document.sections, lines: tableLines, allLines: allLines)
        return report(document, tables: tables, source: source)
    }

    /// The report of a document whose three tables have been read; each reading goes through `TableVerification`.
    func report(_ document: DocumentText, tables: TableReadings, source: SourceInfo) -> Report {
        var report = Report(source: source, info: document.info, preamble: document.preamble.map(\.text),
                            sections: document.sections.map(\.section))
        if let found = AgencyReader.agency(title: document.info.title,
                                           lastParagraphs: report.sections.last?.paragraphs ?? [],
                                           metadata: source.page?.metadata ?? [:], preamble: report.preamble) {
            report.info.agency = found.name
            report.info.agencySource = found.origin
        }
        report.info.agencyKey = AgencyKey.key(report.info.agency)
        report.proactive = tables.proactive.table
        report.requests = tables.requests.table
        report.reviewLitigation = tables.reviewLitigation.table
        report.warnings = tables.proactive.warnings + tables.requests.warnings + tables.reviewLitigation.warnings
        let found = Set(document.sections.map(\.number))
        report.tableStatus = TableStatuses(
            proactive: TableVerification.status(of: tables.proactive, sectionFound: found.contains(2)),
            requests: TableVerification.status(of: tables.requests, sectionFound: found.contains(3)),
            reviewLitigation: TableVerification.status(of: tables.reviewLitigation, sectionFound: found.contains(4)))
        if document.info.template == .pre2019 {
            // Free-form reports before 2019 have none of the template tables: one note, not three misses.
            report.warnings.removeAll { ["table_missing", "section_missing"].contains($0.code) }
            for kind in TableKind.allCases where report.tableStatus[kind] == .failed { report.tableStatus[kind] = .absent }
            report.warnings.append(ExtractionWarning(
                code: "pre2019_report",
                message: "a report for \(document.info.year.map(String.init) ?? "a year") before 2019 follows no State Council template; its text and sections are kept and no template table is expected"))
        }
        report.warnings = WarningSummary.grouped(report.warnings)
        if report.info.template != .pre2019, let template = report.proactive?.template ?? report.requests?.template {
            report.info.template = template
        }
        return report
    }
}

/// The readings of the three tables of a report.
typealias TableReadings = (proactive: TableReading, requests: TableReading, reviewLitigation: TableReading)

/// Where a line sits: its page and its top, which identify a line in any of its layouts.
struct LinePlace: Hashable {
    var page: Int
    var top: Double
    init(_ line: TextLine) { page = line.page; top = line.box.y0 }
}
