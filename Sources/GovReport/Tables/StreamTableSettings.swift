/// Tolerances and weights of `StreamTableReader`, the reader of tables whose geometry is lost.
///
/// ```swift
/// var settings = StreamTableSettings()
/// settings.labelWordWindow = 30
/// StreamTableReader.requests(lines, settings: settings)
/// ```
public struct StreamTableSettings: Hashable, Sendable {
    /// The words of a multi-word row alternative (e.g. 法律 … 禁止公开) must all occur within this many
    /// characters of folded label text (characters).
    public var labelWordWindow = 24
    /// A line is a candidate table anchor (header, note) only when its folded text is at most this long
    /// (characters); longer lines are narrative.
    public var maxAnchorLineLength = 30
    /// A bare number printing its page's number among a page's last this many lines, no value beside it,
    /// may be the page's footer rather than a cell (lines).
    public var pageFootLines = 8

    // Choosing how values run through a table printed in a stream (row by row, or column by column in
    // blocks of rows, as a PDF's content order may have them). Scores are unitless points.

    /// Points for each row whose total column equals the sum of its other columns (R3) under a reading.
    public var rowCheckPoints = 100.0
    /// Points taken for each block of rows in a reading (prefers fewer, longer blocks).
    public var blockCost = 1.0
    /// Points taken for reading a block column by column (prefers row order when the check cannot tell).
    public var columnMajorCost = 1.0
    /// Points for each column boundary of a column-major block that falls on a break in the text
    /// (blank line, other text, page change).
    public var breakSupportPoints = 0.5
    /// At most this many combinations of rows read in several ways (digits drawn apart, joined back) are
    /// checked against the table's arithmetic.
    public var maxJoinCombinations = 256
    /// Neighbouring rows printed interleaved are re-read from the shuffles of their values only when the
    /// search for those that add up takes at most this many steps.
    public var maxShuffleSteps = 200_000

    public init() {}
}
