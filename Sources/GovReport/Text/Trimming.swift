/// Whitespace trimming on Unicode scalars, without Foundation's `NSString` bridge (which copies the text
/// to UTF-16 and back, and dominated the cost of these calls in line-by-line loops). Same sets as
/// Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines`.
///
/// ```swift
/// "\u{3000} 总体情况 ".trimmingSpaces()  // "总体情况"
/// " \t ".isBlank                          // true
/// ```
extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`: tab and the space separators (general category Zs).
    func trimmingSpaces() -> String { trimming(where: Self.isSpace) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: also U+000A–U+000D, U+0085, U+2028, U+2029.
    func trimmingSpacesAndNewlines() -> String {
        trimming { Self.isSpace($0) || Self.isNewline($0) }
    }

    /// True when `trimmingSpaces()` is empty: nothing but tabs and spaces.
    var isBlank: Bool { unicodeScalars.allSatisfy(Self.isSpace) }

    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Tab or a space separator (Zs). No Zs scalar lies above U+3000, so CJK text needs no property lookup.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.value <= 0x3000 && scalar.properties.generalCategory == .spaceSeparator
    }

    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
