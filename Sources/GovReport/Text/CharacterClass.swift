/// Character classes the text stages share: which scalars are Chinese (ideographs, radicals, CJK
/// punctuation and full-width forms), which are Latin letters or digits, and which punctuation ends a
/// sentence or clause.
///
/// ```swift
/// CharacterClass.isCJK("公")        // true
/// CharacterClass.isCJK("，")        // true (full-width punctuation counts as Chinese)
/// CharacterClass.isLatinOrDigit("7") // true
/// ```
public enum CharacterClass {
    /// True for a CJK ideograph (any block), a Kangxi or supplementary radical.
    public static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// The scalar of a character that is one scalar no other character is canonically equivalent to:
    /// ASCII, CJK symbols and punctuation, the unified ideographs, full-width forms (none of these has or is
    /// a canonical decomposition); nil for any other character. Two characters with such scalars are equal
    /// exactly when the scalars are, so comparing them needs no `Character` equality (which normalises).
    static func plainScalar(_ character: Character) -> UInt32? {
        // Read on UTF-8: one byte is an ASCII scalar; three bytes opening with 0xE0–0xEF are one scalar.
        var bytes = character.utf8.makeIterator()
        guard let b0 = bytes.next() else { return nil }
        if b0 < 0x80 { return bytes.next() == nil ? UInt32(b0) : nil }
        guard b0 & 0xF0 == 0xE0, let b1 = bytes.next(), let b2 = bytes.next(), bytes.next() == nil else { return nil }
        let value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
        switch value {
        case 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF: return value
        default: return nil
        }
    }

    /// True when `character` is one of the characters of `plain` (each one with a `plainScalar`).
    static func isOneOf(_ character: Character, _ plain: String) -> Bool {
        guard let scalar = plainScalar(character) else { return plain.contains(character) }
        return plain.unicodeScalars.contains { $0.value == scalar }
    }

    /// True for an ideograph or a character set in Chinese typography: CJK symbols and punctuation
    /// (U+3000–303F), full-width forms (U+FF00–FF60, U+FFE0–FFE6), curly quotes, the em dash and the ellipsis.
    /// A space next to such a character is never meaningful.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        if isIdeograph(scalar) { return true }
        switch scalar.value {
        case 0x3000...0x303F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0xFE30...0xFE4F,
             0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2015, 0x2026, 0x00B7:
            return true
        default:
            return false
        }
    }

    /// True for an ASCII letter or digit.
    public static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// True for a digit a cell prints: ASCII 0–9 or full-width ０–９.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// `scalar.properties.isWhitespace`, answered without the (costly) property lookup for ASCII and for
    /// everything above U+3000, where no White_Space scalar lies: nearly all of a report's text.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return v <= 0x3000 && scalar.properties.isWhitespace
    }

    /// A control character (general category Cc, which is exactly U+0000–001F and U+007F–009F; tab included).
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Punctuation that ends a sentence or a run-in clause: 。！？；： and their ASCII forms, and the
    /// closing quote or bracket after one of them is looked through by `endsSentence(_:)`.
    public static let terminalPunctuation: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "…"]

    /// True when the text ends a sentence: its last character (ignoring closing quotes and brackets) is
    /// terminal punctuation.
    ///
    /// ```swift
    /// CharacterClass.endsSentence("规范性。")     // true
    /// CharacterClass.endsSentence("“谁执法、谁公示。”") // true
    /// CharacterClass.endsSentence("按照“谁执")    // false
    /// ```
    public static func endsSentence(_ text: String) -> Bool {
        // Scalar by scalar from the end while the scalars are standalone (one character each).
        var scalars = text.unicodeScalars.reversed().makeIterator()
        while let scalar = scalars.next() {
            guard isStandalone(scalar) else { break }
            if isWhitespace(scalar) || closerScalars.contains(scalar) { continue }
            if let before = scalars.next(), !isStandalone(before) { break }
            return terminalScalars.contains(scalar)
        }
        guard let last = text.reversed().first(where: { !closers.contains($0) && !$0.isWhitespace }) else {
            return false
        }
        return terminalPunctuation.contains(last)
    }

    /// Closing quotes and brackets that `endsSentence(_:)` looks through.
    static let closers: Set<Character> = ["”", "’", "）", ")", "」", "』", "】", "》", "\"", "'"]

    /// The scalars of `closers` and of `terminalPunctuation` (one each), for the scalar loop.
    private static let closerScalars = closers.flatMap(\.unicodeScalars)
    private static let terminalScalars = terminalPunctuation.flatMap(\.unicodeScalars)
}
