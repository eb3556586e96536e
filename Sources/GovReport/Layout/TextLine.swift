/// A visual line: glyphs that share a baseline band on one page, left to right.
public struct TextLine: Hashable, Sendable {
    /// 1-based page number.
    public var page: Int
    public var box: Box
    /// The line's text as printed, one space where the glyphs leave a visible gap.
    public var text: String { didSet { folded = Normalizer.fold(text) } }
    /// `Normalizer.fold(text)`, kept with the line so that the text stages fold each line once.
    public private(set) var folded: String
    /// Words and cell values: runs of glyphs separated by wide gaps.
    public var tokens: [Token]
    /// Height of the line's typical glyph (points); for plain text, the synthetic line height.
    public var glyphHeight: Double

    public init(page: Int, box: Box, text: String, tokens: [Token], glyphHeight: Double) {
        self.page = page; self.box = box; self.text = text; self.tokens = tokens; self.glyphHeight = glyphHeight
        folded = Normalizer.fold(text)
    }
}
