extension Extractor {
    /// Extracts from a web page or Word file read into blocks (`MarkupDocument`).
    ///
    /// Paragraphs become lines of plain text (one line each, a blank line between, as a text file with
    /// unwrapped paragraphs), which the text stages read for title, year, sections and paragraphs; the
    /// tables between the headings 二 and 三 (三 and 四, 四 and 五) are read as grids by `GridTableReader`.
    /// A section whose table is only an image says so (`table_image`).
    public func extract(markup: MarkupDocument, source: SourceInfo) throws -> Report {
        let layout = MarkupLayout(markup)
        var prose = settings.layout
        prose.textWideCharacterColumns = LayoutSettings.prose.textWideCharacterColumns
        let lines = TextLines.lines(fromPlainText: layout.text, settings: prose)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw ExtractionError.noText(path: source.fileName) }
        let document = try read(lines, lineSource: .plainText, source: source).oneParagraphPerLine()
        let starts = document.sections.map { ($0.number, lineNumber(document.lines[$0.lineRange.lowerBound])) }
        /// The section a block at text line `position` belongs to.
        func section(at position: Int) -> Int? { starts.last { $0.1 < position }?.0 }
        var grids: [Int: [CellGrid]] = [:], images: [Int: [String]] = [:]
        for placed in layout.tables { if let n = section(at: placed.line) { grids[n, default: []].append(placed.grid) } }
        for placed in layout.images { if let n = section(at: placed.line) { images[n, default: []].append(placed.name) } }
        let found = Set(document.sections.map(\.number))
        func reading(_ n: Int, _ kind: TableKind, _ read: ([CellGrid]) -> TableReading) -> TableReading {
            guard found.contains(n) else { return TableExtraction.missing(kind, section: n) }
            if let tables = grids[n], !tables.isEmpty { return read(tables) }
            if let pictures = images[n] {
                return TableReading(table: nil, warnings: [ExtractionWarning(
                    code: "table_image",
                    message: "section \(SectionHeadings.numerals[n - 1])'s table is an image (\(pictures.joined(separator: ", "))); its values cannot be read from the markup. Read the PDF attachment or OCR the image.",
                    table: kind.rawValue)])
            }
            return TableReading(table: nil, warnings: [GridTableReader.missing(kind, grids: [])])
        }
        let proactive = reading(2, .proactive) { GridTableReader.proactive($0) }
        let requests = reading(3, .requests) { GridTableReader.requests($0, reportTemplate: proactive.table?.template) }
        let review = reading(4, .reviewLitigation) { GridTableReader.reviewLitigation($0) }
        return report(document, tables: (proactive, requests, review), source: source)
    }

    /// The plain-text line a line of `MarkupLayout.text` was made from.
    private func lineNumber(_ line: TextLine) -> Int { Int((line.box.y0 / settings.layout.textLineHeight).rounded()) }
}

extension DocumentText {
    /// The document with each line a paragraph of its own: a markup document's lines are its paragraphs
    /// already (the paragraph stage's cues, short last lines and indents, exist only on a printed page).
    func oneParagraphPerLine() -> DocumentText {
        var document = self
        func paragraphs(_ range: Range<Int>) -> [Paragraph] {
            range.compactMap { i in
                let text = Normalizer.joinLines([lines[i].text])
                return text.isEmpty ? nil : Paragraph(text: text, page: lines[i].page, lastPage: lines[i].page, lineRange: i..<(i + 1))
            }
        }
        let firstSection = sections.first?.lineRange.lowerBound ?? lines.count
        document.preamble = paragraphs(min(titleLines?.upperBound ?? 0, firstSection)..<firstSection)
        for s in document.sections.indices {
            let range = sections[s].lineRange
            document.sections[s].paragraphs = paragraphs(min(range.lowerBound + 1, range.upperBound)..<range.upperBound)
        }
        return document
    }
}

/// A markup document laid out as plain text: each paragraph (and each line of a paragraph broken by
/// `<br>`) on a line of its own followed by a blank line; tables and images leave no text but remember
/// the line they stand at.
public struct MarkupLayout: Sendable {
    public var text: String
    /// Tables with the text line they stand before.
    public var tables: [(line: Int, grid: CellGrid)]
    public var images: [(line: Int, name: String)]

    public init(_ document: MarkupDocument) {
        var lines: [String] = []
        var tables: [(line: Int, grid: CellGrid)] = [], images: [(line: Int, name: String)] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let text):
                for line in text.split(separator: "\n") {
                    let trimmed = line.trimmingSpacesAndNewlines()
                    guard !trimmed.isEmpty else { continue }
                    lines.append(String(trimmed))
                    lines.append("")
                }
            case .table(let grid): tables.append((lines.count, grid))
            case .image(let name): images.append((lines.count, name))
            }
        }
        text = lines.joined(separator: "\n")
        self.tables = tables; self.images = images
    }
}
