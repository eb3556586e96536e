import GovReport

extension Glyph {
    /// One glyph per Unicode scalar of `text` (spaces dropped), side by side across `box`: how OCR's reads
    /// (a word, a cell, a repaired heading) become glyphs like a text layer's.
    ///
    /// ```swift
    /// Glyph.spread("12", over: Box(x0: 0, y0: 0, x1: 10, y1: 8)).map(\.box.x0) // [0, 5]
    /// ```
    public static func spread(_ text: String, over box: Box) -> [Glyph] {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let step = box.width / Double(max(scalars.count, 1))
        return scalars.enumerated().map { i, scalar in
            Glyph(scalar: scalar, box: Box(x0: box.x0 + Double(i) * step, y0: box.y0,
                                           x1: box.x0 + Double(i + 1) * step, y1: box.y1))
        }
    }
}
