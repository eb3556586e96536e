/// Whether a text layer is readable Chinese or mojibake (a PDF whose fonts lack a ToUnicode map yields
/// Latin letters, symbols or private-use characters instead of ideographs).
///
/// ```swift
/// TextQuality.cjkShare(of: lines)                  // 0.83 for a real report
/// TextQuality.isMojibake(lines)                    // true below 20 % ideographs
/// ```
public enum TextQuality {
    /// Share of CJK ideographs among the visible characters, not counting ASCII digits and punctuation
    /// (which are the same in readable text and in mojibake). 0 when there is no such character.
    public static func cjkShare(of lines: [TextLine]) -> Double {
        let (ideographs, total) = counts(lines)
        return total == 0 ? 0 : Double(ideographs) / Double(total)
    }

    /// True when the lines hold enough characters (`mojibakeMinCharacters`) and too few of them are
    /// ideographs (`mojibakeCJKShare`) for a Chinese report.
    public static func isMojibake(_ lines: [TextLine], settings: TextSettings = .init()) -> Bool {
        let (ideographs, total) = counts(lines)
        guard total >= settings.mojibakeMinCharacters else { return false }
        return Double(ideographs) / Double(total) < settings.mojibakeCJKShare
    }

    private static func counts(_ lines: [TextLine]) -> (ideographs: Int, total: Int) {
        var ideographs = 0, total = 0
        for line in lines {
            for scalar in line.text.unicodeScalars where !scalar.properties.isWhitespace {
                if scalar.isASCII, !scalar.properties.isAlphabetic { continue }
                total += 1
                if CharacterClass.isIdeograph(scalar) { ideographs += 1 }
            }
        }
        return (ideographs, total)
    }
}
