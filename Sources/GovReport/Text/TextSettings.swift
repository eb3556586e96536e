/// Tolerances of the text stages (page furniture, paragraphs, headings, header, mojibake).
///
/// Horizontal lengths are in ems: the width of one Chinese character of the body text, measured from the
/// lines themselves (a 16pt body gives 16pt; plain text gives two display columns). Vertical lengths are
/// multiples of the body's typical line pitch.
public struct TextSettings: Hashable, Sendable {
    /// A line ending more than this (ems) before the body's right margin ends its paragraph.
    /// Line breaking rules (no 。 at a line start) leave full lines up to about two ems short.
    public var shortLineGap = 2.4
    /// The first line of a paragraph, unless it ends a sentence, may stop this much (ems) shorter still
    /// without ending the paragraph: plain text from `pdftotext -raw` loses the two-character indent.
    public var lostIndent = 2.0
    /// A line ending in 。！？；： that stops more than this (ems) before the right margin ends its paragraph.
    public var shortSentenceGap = 1.6
    /// A line starting at least this far (ems) right of the body's left margin starts a paragraph (a first-line
    /// indent, or centred or right-aligned text such as a signature).
    public var indentMin = 0.75
    /// A document shows first-line indents when at least this share of its body lines start about two ems
    /// right of the margin; otherwise (`pdftotext -raw`) a paragraph's first line is known by being short.
    public var visibleIndentShare = 0.03
    /// Two lines further apart than this multiple of the body's line pitch belong to different paragraphs.
    public var paragraphPitch = 1.6
    /// A line whose glyphs are at least this fraction of the body's glyph height counts as body text
    /// (smaller lines are table text).
    public var bodyHeightShare = 0.85

    /// Lines at the top or bottom edge of a page (counted from the edge) that may be page furniture.
    public var furnitureEdgeLines = 2
    /// A running header or footer repeats on at least this many pages...
    public var runningMinPages = 3
    /// ...and on at least this share of the document's pages.
    public var runningPageShare = 0.5
    /// In a PDF, a running header or footer stands apart from the body by at least this (× its glyph height).
    public var furnitureGap = 0.8
    /// Vertical tolerance (× glyph height) for "the same place" on different pages.
    public var furniturePositionTolerance = 0.5

    /// A section heading holds at most this many characters once folded.
    public var maxHeadingLength = 40
    /// The title is looked for among this many first non-empty lines.
    public var titleSearchLines = 12
    /// A title is printed on at most this many lines.
    public var maxTitleLines = 3

    /// A text layer with a share of CJK ideographs below this among its visible characters is mojibake...
    public var mojibakeCJKShare = 0.2
    /// ...provided it has at least this many visible characters.
    public var mojibakeMinCharacters = 50

    public init() {}
}
