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
        tidySpaces(normalize(text))
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
        var out = ""
        for line in lines {
            let next = normalize(line).trimmingSpaces()
            guard !next.isEmpty else { continue }
            if let last = out.unicodeScalars.last, let first = next.unicodeScalars.first,
               CharacterClass.isLatinOrDigit(last), CharacterClass.isLatinOrDigit(first) {
                out.append(" ")
            }
            out.append(next)
        }
        return tidySpaces(out)
    }

    /// Collapses and drops spaces as `display(_:)` describes, without other normalisation.
    static func tidySpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            guard scalar.properties.isWhitespace else {
                out.append(scalar); i += 1; continue
            }
            var j = i
            while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
            if let before = out.last, j < scalars.count,
               !CharacterClass.isCJK(before), !CharacterClass.isCJK(scalars[j]) {
                out.append(" ")
            }
            i = j
        }
        return String(out)
    }
}
