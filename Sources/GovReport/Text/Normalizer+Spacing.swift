import Foundation

extension Normalizer {
    /// Display form: `normalize(_:)`, then spaces repaired the way Chinese text is printed.
    ///
    /// A run of spaces becomes one space, kept only between two Latin letters, digits or ASCII marks
    /// ("APP 2.0", "0 0 0"); a space next to a Chinese character or Chinese punctuation is an
    /// extraction artefact (letter-spaced headings, a Latin-font digit set apart, a stray inter-glyph gap)
    /// and is removed. Leading and trailing spaces go.
    ///
    /// ```swift
    /// Normalizer.display("总 体 情 况")    // "总体情况"
    /// Normalizer.display("申请 12 件")     // "申请12件"
    /// Normalizer.display("⼀、总体情况")    // "一、总体情况"
    /// Normalizer.display("0 0  12")       // "0 0 12"
    /// ```
    public static func display(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { normalize(scalar) { scalars.append($0) } }
        return tidySpaces(scalars, capacity: text.utf8.count)
    }

    /// The first scalar of `display(text)`, found without building it (nil when that is empty).
    static func firstDisplayScalar(of text: String) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars {
            var first: Unicode.Scalar?
            normalize(scalar) { if first == nil, !CharacterClass.isWhitespace($0) { first = $0 } }
            if let first { return first }
        }
        return nil
    }

    /// Given the visual lines of one paragraph, return its text: lines joined with no space (a wrapped
    /// Chinese line continues directly), except that a space is kept where a Latin word or number
    /// ends one line and another begins the next; then the display form.
    ///
    /// ```swift
    /// Normalizer.joinLines(["按照“谁执", "法、谁公示”的原则"]) // "按照“谁执法、谁公示”的原则"
    /// Normalizer.joinLines(["the annual", "report"])          // "the annual report"
    /// ```
    public static func joinLines<S: Sequence>(_ lines: S) -> String where S.Element == String {
        var joined: [Unicode.Scalar] = []
        var line: [Unicode.Scalar] = []
        for text in lines {
            line.removeAll(keepingCapacity: true)
            for scalar in text.unicodeScalars { normalize(scalar) { line.append($0) } }
            // Trimmed of spaces (`trimmingSpaces()`).
            guard let first = line.firstIndex(where: { !String.isSpace($0) }),
                  let last = line.lastIndex(where: { !String.isSpace($0) }) else { continue }
            if let end = joined.last, CharacterClass.isLatinOrDigit(end), CharacterClass.isLatinOrDigit(line[first]) {
                joined.append(" ")
            }
            joined.append(contentsOf: line[first...last])
        }
        return tidySpaces(joined, capacity: joined.count * 3)
    }

    /// Collapses and drops spaces as `display(_:)` describes, without other normalisation.
    static func tidySpaces(_ text: String) -> String {
        tidySpaces(text.unicodeScalars, capacity: text.utf8.count)
    }

    /// `tidySpaces(_:)` on scalars; `capacity` is the expected UTF-8 length.
    private static func tidySpaces<S: Sequence>(_ scalars: S, capacity: Int) -> String where S.Element == Unicode.Scalar {
        var out = StringBuilder(capacity: capacity)
        var afterSpace = false
        for scalar in scalars {
            guard !CharacterClass.isWhitespace(scalar) else { afterSpace = true; continue }
            if afterSpace, let before = out.last, !CharacterClass.isCJK(before), !CharacterClass.isCJK(scalar) {
                out.append(" ")
            }
            afterSpace = false
            out.append(scalar)
        }
        return out.string
    }
}
