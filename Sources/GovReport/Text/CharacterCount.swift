/// Character (grapheme cluster) questions answered on Unicode scalars where that is exact, sparing the
/// standard library's grapheme breaking, which dominates `String.count` and `Character` loops on CJK text.
///
/// ```swift
/// CharacterClass.characterCount("总体情况 2021") // 9, counted on scalars
/// CharacterClass.characterCount("e\u{301}")      // 1, the standard library's count
/// ```
extension CharacterClass {
    /// True for a scalar that makes a character on its own next to any other such scalar: ASCII but CR,
    /// general punctuation U+2010–2027 and U+2030–205E, CJK symbols U+3000–3029 and U+3030–303F (not the
    /// combining tone marks between), CJK unified ideographs and full-width forms U+FF01–FF60. None of them
    /// extends, prepends to or pairs with a neighbour, so text made only of them has one `Character` per scalar.
    @inline(__always)
    public static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x7F, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
             0x4E00...0x9FFF, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }

    /// `text.count`: counted on scalars when every scalar is standalone, else by the standard library.
    public static func characterCount<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isStandalone(scalar) else { return text.count }
            count += 1
        }
        return count
    }
}
