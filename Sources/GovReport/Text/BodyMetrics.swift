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

    public init(em: Double, leftMargin: Double, rightMargin: Double, glyphHeight: Double, pitch: Double) {
        self.em = em; self.leftMargin = leftMargin; self.rightMargin = rightMargin
        self.glyphHeight = glyphHeight; self.pitch = pitch
    }

    /// Measures the body of `lines` (empty lines are ignored). The body is the lines set at the most
    /// common glyph height (by character count); margins are where most of them start and end.
    public init(lines: [TextLine], settings: TextSettings = .init()) {
        let visible = lines.filter { !$0.text.isEmpty }
        var heightWeight: [Double: Int] = [:]
        for line in visible { heightWeight[(line.glyphHeight * 2).rounded() / 2, default: 0] += line.text.count }
        let height = heightWeight.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 10
        let body = visible.filter { $0.glyphHeight >= settings.bodyHeightShare * height
                                    && $0.glyphHeight <= height / settings.bodyHeightShare }
        let ems = body.compactMap { line -> Double? in
            let columns = line.text.filter { !$0.isWhitespace }.reduce(0) { $0 + TextLines.displayWidth($1) }
            return columns >= 12 ? line.box.width / (Double(columns) / 2) : nil
        }
        let em = TextLines.median(ems) > 0 ? TextLines.median(ems) : height
        var pitches: [Double] = []
        for (a, b) in zip(body, body.dropFirst()) where a.page == b.page && b.box.y0 > a.box.y0 {
            pitches.append(b.box.y0 - a.box.y0)
        }
        self.init(em: em,
                  leftMargin: Self.densest(body.map(\.box.x0), width: 0.3 * em, preferLarger: false) ?? 0,
                  rightMargin: Self.densest(body.filter { $0.text.count >= 6 }.map(\.box.x1),
                                            width: 1.5 * em, preferLarger: true) ?? 0,
                  glyphHeight: height,
                  pitch: TextLines.median(pitches) > 0 ? TextLines.median(pitches) : height * 1.5)
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
