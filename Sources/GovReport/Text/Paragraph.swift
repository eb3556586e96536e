/// A paragraph of display text and where it was printed, so later stages can cite their source.
///
/// ```swift
/// paragraph.text      // "依申请公开：全年共收到政府信息公开申请199件。…"
/// paragraph.page      // 2
/// paragraph.lineRange // 27..<33, indexes into the lines it was read from
/// ```
public struct Paragraph: Hashable, Sendable {
    /// The de-wrapped, normalised text (`Normalizer.joinLines`).
    public var text: String
    /// Page of the first line (1-based).
    public var page: Int
    /// Page of the last line (differs from `page` when the paragraph runs over a page break).
    public var lastPage: Int
    /// Indexes of its lines in the line array it was read from (`DocumentText.lines`).
    public var lineRange: Range<Int>

    public init(text: String, page: Int, lastPage: Int, lineRange: Range<Int>) {
        self.text = text; self.page = page; self.lastPage = lastPage; self.lineRange = lineRange
    }
}
