/// Tolerances for turning glyphs into lines and tokens. Every length is a fraction of the line's
/// median glyph height, so one setting fits 10.5pt table text and 16pt body text alike.
public struct LayoutSettings: Hashable, Sendable {
    /// Two glyphs share a line when their vertical overlap is at least this fraction of the smaller height.
    public var lineOverlap = 0.5
    /// A horizontal gap wider than this (× glyph height) is printed as one space in the line's text.
    public var spaceGap = 0.25
    /// A horizontal gap wider than this (× glyph height) starts a new token.
    public var tokenGap = 0.9
    /// Width in points of one display column when plain text is given synthetic geometry.
    public var textColumnWidth = 5.0
    /// Display columns a CJK or full-width character takes in plain text. `pdftotext -layout` places
    /// every character, CJK included, in one cell of its character grid, so columns of numbers line up
    /// only when CJK counts as 1 (the default); use 2 for text aligned for a monospaced CJK display.
    public var textWideCharacterColumns = 1
    /// Height in points of one plain-text line in synthetic geometry.
    public var textLineHeight = 10.0

    public init() {}

    /// Plain text measured as prose: a CJK character two display columns wide, as the text stages
    /// (paragraph ends, indents) measure lines. The table readers keep the character grid (the default).
    public static var prose: LayoutSettings {
        var settings = LayoutSettings()
        settings.textWideCharacterColumns = 2
        return settings
    }
}
