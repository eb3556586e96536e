/// The body text's geometry, measured from the lines: character width, margins, glyph height and line pitch.
/// Paragraph breaks are judged against it (a short line, an indent, a wide vertical gap).
///
/// For a PDF with a 16pt body: `em` ≈ 16, margins in points. For plain text (synthetic geometry): `em` is
/// two display columns, the right margin the typical full line length.
///
/// ```swift
/// let metrics = BodyMetrics(lines: lines)
/// metrics.rightMargin - line.box.x1 > 2.4 * metrics.em // a short line
/// ```
public struct BodyMetrics: Hashable, Sendable {
    /// Width of one Chinese character of the body (points).
    public var em: Double
    /// x where body lines start (points).
    public var leftMargin: Double
    /// x where full body lines end (points).
    public var rightMargin: Double
    /// The body's typical glyph height (points).
    public var glyphHeight: Double
    /// The body's typical distance from one line's top to the next (points).
    public var pitch: Double
    /// Whether paragraphs show their first-line indent. `pdftotext -raw` output does not: every line starts
    /// at the margin, and a paragraph's first line is only recognisable by being two characters short.
    public var showsIndents: Bool
    /// Left margins of pages whose own body lines put it elsewhere (`pdftotext -layout` shifts some pages).
    public var pageLeftMargins: [Int: Double]
    /// Where the lines come from; plain-text line ends are measured from their text (see `end(of:)`).
    public var source: LineSource

    public init(em: Double, leftMargin: Double, rightMargin: Double, glyphHeight: Double, pitch: Double,
                showsIndents: Bool = true, pageLeftMargins: [Int: Double] = [:], source: LineSource = .pdf) {
        self.em = em; self.leftMargin = leftMargin; self.rightMargin = rightMargin
        self.glyphHeight = glyphHeight; self.pitch = pitch
        self.showsIndents = showsIndents; self.pageLeftMargins = pageLeftMargins; self.source = source
    }

    /// Where a line's text ends (points). For a PDF, its box. For plain text, its start plus its measured
    /// width, a space next to a Chinese character counting half a column: extraction puts a whole space
    /// where the PDF had a thin gap between a Latin-font number and the Chinese around it ("申请 12 件").
    public func end(of line: TextLine) -> Double {
        guard source == .plainText else { return line.box.x1 }
        // Each character by its first scalar (what `Character.isWhitespace` and `displayWidth` read).
        let characters = TextLines.characters(of: line.text).map(\.first)
        var columns = 0.0
        for (i, first) in characters.enumerated() {
            guard CharacterClass.isWhitespace(first) else { columns += Double(TextLines.displayWidth(first)); continue }
            let nearCJK = (i > 0 && CharacterClass.isCJK(characters[i - 1]))
                || (i + 1 < characters.count && CharacterClass.isCJK(characters[i + 1]))
            columns += nearCJK ? 0.5 : 1
        }
        return line.box.x0 + columns * em / 2
    }

    /// The left margin of the body on `page`.
    public func leftMargin(onPage page: Int) -> Double {
        pageLeftMargins[page] ?? leftMargin
    }

    /// Measures the body of `lines` (empty lines are ignored). The body is the lines set at the most
    /// common glyph height (by character count); margins are where most of them start and end.
    public init(lines: [TextLine], source: LineSource? = nil, settings: TextSettings = .init()) {
        let source = source ?? LineSource.infer(lines)
        let visible = lines.filter { !$0.text.isEmpty }
        // Weighted by the square of a line's longest token: narrative lines are one long run of glyphs,
        // table rows many short ones, so a table-heavy document still finds its body size.
        var heightWeight: [Double: Int] = [:]
        for line in visible {
            let longest = line.tokens.map { CharacterClass.characterCount($0.text) }.max()
                ?? CharacterClass.characterCount(line.text)
            heightWeight[(line.glyphHeight * 2).rounded() / 2, default: 0] += longest * longest
        }
        let height = heightWeight.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 10
        let body = visible.filter { $0.glyphHeight >= settings.bodyHeightShare * height
                                    && $0.glyphHeight <= height / settings.bodyHeightShare }
        let ems = body.compactMap { line -> Double? in
            let columns = Self.visibleColumns(line.text)
            return columns >= 12 ? line.box.width / (Double(columns) / 2) : nil
        }
        let em = TextLines.median(ems) > 0 ? TextLines.median(ems) : height
        var pitches: [Double] = []
        for (a, b) in zip(body, body.dropFirst()) where a.page == b.page && b.box.y0 > a.box.y0 {
            pitches.append(b.box.y0 - a.box.y0)
        }
        let left = Self.densest(body.map(\.box.x0), width: 0.3 * em, preferLarger: false) ?? 0
        var pageLeft: [Int: Double] = [:]
        for (page, lines) in Dictionary(grouping: body, by: \.page) where lines.count >= 3 {
            if let margin = Self.densest(lines.map(\.box.x0), width: 0.3 * em, preferLarger: false),
               abs(margin - left) >= 0.25 * em {
                pageLeft[page] = margin
            }
        }
        let indented = body.filter { line in
            let offset = line.box.x0 - (pageLeft[line.page] ?? left)
            return offset >= settings.indentMin * em && offset <= 3 * em
        }
        let measure = BodyMetrics(em: em, leftMargin: left, rightMargin: 0, glyphHeight: height, pitch: 0,
                                  source: source)
        self.init(em: em, leftMargin: left,
                  rightMargin: Self.densest(body.filter { CharacterClass.characterCount($0.text) >= 6 }
                                                .map(measure.end(of:)),
                                            width: 1.5 * em, preferLarger: true) ?? 0,
                  glyphHeight: height,
                  pitch: TextLines.median(pitches) > 0 ? TextLines.median(pitches) : height * 1.5,
                  showsIndents: Double(indented.count) >= settings.visibleIndentShare * Double(body.count),
                  pageLeftMargins: pageLeft, source: source)
    }

    /// Display columns of the text's visible characters (`TextLines.displayWidth` each, whitespace skipped).
    static func visibleColumns(_ text: String) -> Int {
        var columns = 0
        for scalar in text.unicodeScalars {
            guard CharacterClass.isStandalone(scalar) else {
                return text.filter { !$0.isWhitespace }.reduce(0) { $0 + TextLines.displayWidth($1) }
            }
            if !CharacterClass.isWhitespace(scalar) { columns += TextLines.displayWidth(scalar) }
        }
        return columns
    }

    /// True when the line is set at the body's glyph height (not table text or a title).
    public func isBody(_ line: TextLine, settings: TextSettings = .init()) -> Bool {
        line.glyphHeight >= settings.bodyHeightShare * glyphHeight
            && line.glyphHeight <= glyphHeight / settings.bodyHeightShare
    }

    /// The densest window of `width`: for the left margin its lowest value (where most lines start), for the
    /// right margin the median of its values (where full lines typically end; a few run a little longer).
    /// On a tie the window further right (right margin) or further left (left margin) wins.
    static func densest(_ values: [Double], width: Double, preferLarger: Bool) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        var best: (count: Int, value: Double)?
        var lo = 0, hi = 0
        if preferLarger {
            for (i, v) in sorted.enumerated() {
                while sorted[lo] < v - width { lo += 1 }
                if best.map({ i - lo + 1 >= $0.count }) ?? true { best = (i - lo + 1, sorted[(lo + i) / 2]) }
            }
        } else {
            for (i, v) in sorted.enumerated() {
                if hi < i { hi = i }
                while hi + 1 < sorted.count, sorted[hi + 1] <= v + width { hi += 1 }
                if best.map({ hi - i + 1 > $0.count }) ?? true { best = (hi - i + 1, v) }
            }
        }
        return best?.value
    }
}
