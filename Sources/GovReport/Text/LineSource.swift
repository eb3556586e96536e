/// Whether lines come from a PDF (real glyph geometry) or from plain text (the synthetic geometry of
/// `TextLines.lines(fromPlainText:)`: one line every `LayoutSettings.textLineHeight` points, x in display
/// columns). Stages that read geometry (indents, gaps, glyph sizes) need to know which.
public enum LineSource: String, Hashable, Sendable {
    case pdf, plainText

    /// Infers the source: plain text when some line is empty (a PDF line always has a glyph), or when every
    /// line sits on the plain-text grid with the plain-text glyph height.
    ///
    /// ```swift
    /// LineSource.infer(TextLines.lines(fromPlainText: "一、总体情况\n\n无。")) // .plainText
    /// ```
    public static func infer(_ lines: [TextLine], layout: LayoutSettings = .init()) -> LineSource {
        if lines.contains(where: { $0.text.isEmpty }) { return .plainText }
        let pitch = layout.textLineHeight
        let onGrid = lines.allSatisfy { line in
            line.box.y0.truncatingRemainder(dividingBy: pitch) == 0 && line.glyphHeight == pitch * 0.8
        }
        return onGrid && !lines.isEmpty ? .plainText : .pdf
    }
}
