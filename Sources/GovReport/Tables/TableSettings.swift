/// Tolerances of the geometric table reader. Lengths are fractions of the table's typical token
/// height (`unit`, in points for PDFs, in synthetic points for plain text), so one setting fits a
/// 10.5pt table, a 16pt one and a `pdftotext -layout` grid alike.
///
/// ```swift
/// var settings = TableSettings()
/// settings.columnJoinGap = 0.5   // join value tokens less than half a glyph apart into one column
/// let reading = GeometryTableReader.requests(lines, settings: settings)
/// ```
public struct TableSettings: Hashable, Sendable {
    /// Value tokens of different rows whose x-ranges come closer than this (× unit) belong to one column.
    public var columnJoinGap = 0.35
    /// Value tokens whose vertical centres differ by less than this (× unit) form one value row.
    public var rowCentreTolerance = 0.45
    /// A row's label range starts this far (× unit) above the top of its first label line, so values
    /// centred on a two-line label still fall inside it.
    public var labelTopSlack = 0.6
    /// The last row of a table reaches this far (× unit) below its label line.
    public var lastRowReach = 2.5
    /// A line directly above a label (vertical gap below this, × unit) with its left edge within
    /// `wrapIndent` (× unit) continues the label: the label's first line when it opens with a number prefix.
    public var wrapGap = 0.9
    public var wrapIndent = 1.2
    /// A wrapped label may continue across one line holding only values (× unit, vertical gap).
    public var wrapGapAcrossValues = 2.6
    /// Value tokens must be centred at least this far (× unit) right of the end of the row labels.
    public var labelValueGap = 0.0
    /// A glued token is split at a space or at an embedded numbered-item prefix (`（三）不4.保护…`).
    public var splitGluedLabels = true
    /// A number token whose glyphs the line's text prints apart is cut there into cells (`NumberGaps`): for
    /// text layers, whose glyph boxes are the font's advances; OCR boxes are ink (a `1` stands apart from its
    /// neighbours inside one number).
    public var cutNumbersAtGaps = true
    /// Number of applicant columns of section 三, 总计 included.
    public var requestColumnCount = 7
    /// Number of values of section 四.
    public var reviewValueCount = 15
    /// Rows whose labels name no row are placed by their position among the rows found (`PositionalAnchors`):
    /// for OCR, whose damaged labels lose their distinctive words; text layers print their labels whole.
    public var rowsByPosition = false

    public init() {}
}
