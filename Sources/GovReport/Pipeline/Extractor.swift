import Foundation

/// Settings of the whole pipeline, one value per stage.
public struct ExtractionSettings: Hashable, Sendable {
    public var layout = LayoutSettings()
    public var text = TextSettings()
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
        return try report(from: lines, lineSource: .pdf, source: source)
    }

    /// Extracts from plain text (pdftotext -raw or -layout output, pages separated by form feeds).
    public func extract(text: String, source: SourceInfo) throws -> Report {
        let lines = TextLines.lines(fromPlainText: text, settings: settings.layout)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw ExtractionError.noText(path: source.fileName) }
        return try report(from: lines, lineSource: .plainText, source: source)
    }

    private func report(from lines: [TextLine], lineSource: LineSource, source: SourceInfo) throws -> Report {
        let document = DocumentReader(settings: settings.text).read(lines, source: lineSource)
        // Mojibake is a PDF font without a ToUnicode map; plain text with few ideographs is simply not a report.
        if lineSource == .pdf, document.isMojibake {
            throw ExtractionError.mojibake(path: source.fileName, cjkShare: document.cjkShare)
        }
        guard document.isReport() else {
            throw ExtractionError.notAReport(path: source.fileName, sectionsFound: document.sections.count)
        }
        var report = Report(source: source, info: document.info, preamble: document.preamble.map(\.text),
                            sections: document.sections.map(\.section))
        let tables = TableExtraction(settings: settings).read(document)
        report.proactive = tables.proactive.table
        report.requests = tables.requests.table
        report.reviewLitigation = tables.reviewLitigation.table
        report.warnings = tables.proactive.warnings + tables.requests.warnings + tables.reviewLitigation.warnings
        if report.info.template != .pre2019, let template = report.requests?.template ?? report.proactive?.template {
            report.info.template = template
        }
        return report
    }
}
