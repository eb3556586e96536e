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
        assess(lines).cjkShare
    }

    /// True when the lines hold enough characters (`mojibakeMinCharacters`) and too few of them are
    /// ideographs (`mojibakeCJKShare`) for a Chinese report.
    public static func isMojibake(_ lines: [TextLine], settings: TextSettings = .init()) -> Bool {
        assess(lines, settings: settings).isMojibake
    }

    /// `cjkShare(of:)` and `isMojibake(_:settings:)` from one count of the characters.
    static func assess(_ lines: [TextLine], settings: TextSettings = .init()) -> (cjkShare: Double, isMojibake: Bool) {
        let (ideographs, total) = counts(lines)
        let share = total == 0 ? 0 : Double(ideographs) / Double(total)
        return (share, total >= settings.mojibakeMinCharacters && share < settings.mojibakeCJKShare)
    }

    private static func counts(_ lines: [TextLine]) -> (ideographs: Int, total: Int) {
        var ideographs = 0, total = 0
        for line in lines {
            for scalar in line.text.unicodeScalars where !CharacterClass.isWhitespace(scalar) {
                if scalar.isASCII, !(0x41...0x5A).contains(scalar.value), !(0x61...0x7A).contains(scalar.value) { continue }
                total += 1
                if CharacterClass.isIdeograph(scalar) { ideographs += 1 }
            }
        }
        return (ideographs, total)
    }
}
