/// Reads a document's text: page furniture out, sections found, title and year read, lines joined into
/// paragraphs. The one entry point of the text stages.
///
/// ```swift
/// let lines = pages.flatMap { TextLines.lines(of: $0) }       // or TextLines.lines(fromPlainText:)
/// let document = DocumentReader().read(lines)
/// guard !document.isMojibake else { throw ExtractionError.mojibake(path: p, cjkShare: document.cjkShare) }
/// guard document.isReport() else { throw ExtractionError.notAReport(path: p, sectionsFound: document.sections.count) }
/// document.sections.map(\.section)                             // [Section] for the report
/// ```
public struct DocumentReader: Sendable {
    public var settings: TextSettings

    public init(settings: TextSettings = .init()) { self.settings = settings }

    /// Given a document's lines in reading order, return its text. `source` is inferred when nil.
    public func read(_ input: [TextLine], source: LineSource? = nil) -> DocumentText {
        let source = source ?? LineSource.infer(input)
        let lines = PageFurniture.removed(from: input, source: source, settings: settings)
            .filter { !$0.text.isBlank }
        let metrics = BodyMetrics(lines: lines, source: source, settings: settings)
        let spans = SectionSplitter.spans(in: lines, settings: settings)
        let firstHeading = spans.first?.headingLine ?? min(lines.count, settings.titleSearchLines)

        let sections = spans.map { span in
            SectionText(number: span.number, heading: Normalizer.display(lines[span.headingLine].text),
                        page: lines[span.headingLine].page, lineRange: span.range,
                        paragraphs: paragraphs(of: span, lines: lines, metrics: metrics))
        }
        let bodyText = sections.filter { !$0.hasTable }.flatMap { $0.paragraphs.map(\.text) }
        var header = ReportHeader.read(lines, searchEnd: firstHeading, settings: settings)
        let preambleStart = header.titleLines?.upperBound ?? 0
        let preamble = preambleStart < firstHeading
            ? Paragraphs.paragraphs(of: lines, in: preambleStart..<firstHeading, metrics: metrics, settings: settings)
            : []
        if header.info.year == nil {
            header.info.year = ReportHeader.year(inBody: preamble.map(\.text) + bodyText)
            header.info.template = header.info.year.map(ReportHeader.template(forYear:))
        }
        let quality = TextQuality.assess(lines, settings: settings)
        return DocumentText(info: header.info, titleLines: header.titleLines, lines: lines, preamble: preamble,
                            sections: sections, source: source, cjkShare: quality.cjkShare,
                            isMojibake: quality.isMojibake)
    }

    /// A section's paragraphs, heading excluded. In a table section only runs of narrative lines are read
    /// (body-sized, mostly Chinese, not a row of numbers), and only paragraphs that end a sentence are kept,
    /// so table labels and cells stay out.
    private func paragraphs(of span: SectionSplitter.Span, lines: [TextLine], metrics: BodyMetrics) -> [Paragraph] {
        let body = (span.headingLine + 1)..<span.range.upperBound
        guard (2...4).contains(span.number) else {
            return Paragraphs.paragraphs(of: lines, in: body, metrics: metrics, settings: settings)
        }
        var result: [Paragraph] = []
        var runStart: Int?
        for i in body.lowerBound...body.upperBound {
            let narrative = i < body.upperBound && isNarrative(lines[i], metrics: metrics)
            if narrative, runStart == nil { runStart = i }
            if !narrative, let start = runStart {
                result += Paragraphs.paragraphs(of: lines, in: start..<i, metrics: metrics, settings: settings)
                    .filter { CharacterClass.endsSentence($0.text) && !$0.text.contains("勾稽关系") }
                runStart = nil
            }
        }
        return result
    }

    /// A line that can be narrative: set at the body's size, at least half ideographs, few numbers.
    private func isNarrative(_ line: TextLine, metrics: BodyMetrics) -> Bool {
        guard metrics.isBody(line, settings: settings) else { return false }
        var visible = 0, ideographs = 0
        for scalar in line.text.unicodeScalars where !CharacterClass.isWhitespace(scalar) {
            visible += 1
            if CharacterClass.isIdeograph(scalar) { ideographs += 1 }
        }
        let numbers = line.tokens.filter { Double(Normalizer.fold($0.text).filter { $0 != "," }) != nil }.count
        return ideographs * 2 >= visible && numbers * 2 < max(line.tokens.count, 1) + 1 && numbers < 2
    }
}
