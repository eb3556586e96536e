import Foundation

/// Settings of the whole pipeline, one value per stage.
public struct ExtractionSettings: Hashable, Sendable {
    public var layout = LayoutSettings()
    public init() {}
}

/// Turns a document (PDF pages or plain text) into a `Report`: lines → sections → tables.
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
        return try report(from: lines, source: source)
    }

    /// Extracts from plain text (pdftotext -raw or -layout output, pages separated by form feeds).
    public func extract(text: String, source: SourceInfo) throws -> Report {
        let lines = TextLines.lines(fromPlainText: text, settings: settings.layout)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw ExtractionError.noText(path: source.fileName) }
        return try report(from: lines, source: source)
    }

    private func report(from lines: [TextLine], source: SourceInfo) throws -> Report {
        let spans = SectionHeadings.spans(in: lines)
        guard spans.count >= 3 else {
            throw ExtractionError.notAReport(path: source.fileName, sectionsFound: spans.count)
        }
        let sections = spans.map { span in
            Section(number: span.number, heading: Normalizer.normalize(lines[span.range.lowerBound].text),
                    paragraphs: lines[span.range.dropFirst()].map(\.text).filter { !$0.isEmpty },
                    page: lines[span.range.lowerBound].page)
        }
        return Report(source: source, info: ReportInfo(), sections: sections)
    }
}
