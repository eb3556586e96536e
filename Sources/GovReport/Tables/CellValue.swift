/// Reads the text of a table cell as a number.
///
/// ```swift
/// CellValue.parse("1,234")  // value 1234
/// CellValue.parse("—")      // value 0, placeholder
/// CellValue.parse("251000元") // value 251000, unit 元
/// CellValue.parse("规章")     // nil: not a cell value
/// ```
public struct CellValue: Hashable, Sendable {
    public var value: Double
    /// True when no digit was printed (blank, "—", "/", "无", "不适用" …): the template's 0.
    public var isPlaceholder: Bool
    public var unit: String?

    /// Texts printed for an empty cell.
    public static let placeholders: Set<String> = ["", "-", "--", "---", "—", "——", "–", "－", "/", "／", "\\", "无", "不适用", "空", "×"]
    public static let units = ["万元", "元", "件", "个", "项", "条", "次"]

    /// Ideographs a cell value may hold: the placeholders' and the units'. Any other ideograph makes the
    /// text a label, which is rejected before any further work (most tokens of a table are labels).
    static let valueIdeographs: Set<Unicode.Scalar> = Set((placeholders.joined() + units.joined()).unicodeScalars)
        .filter { $0.value >= 0x2E80 }

    /// Returns nil when `text` is not a number, a signed number or a placeholder.
    public static func parse(_ raw: String) -> CellValue? {
        if let value = plainInteger(raw) { return CellValue(value: value, isPlaceholder: false, unit: nil) }
        if raw.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) && !valueIdeographs.contains($0) }) {
            return nil
        }
        let text = Normalizer.normalize(raw).filter { !$0.isWhitespace }
        if placeholders.contains(text) { return CellValue(value: 0, isPlaceholder: true, unit: nil) }
        var body = Substring(text)
        var unit: String?
        for u in units where body.hasSuffix(u) {
            unit = u
            body = body.dropLast(u.count)
            break
        }
        var sign = 1.0
        if let first = body.first, "+＋-－−—".contains(first), body.count > 1 {
            sign = "+＋".contains(first) ? 1 : -1
            body = body.dropFirst()
        }
        let digits = body.filter { $0 != "," && $0 != "，" }
        guard !digits.isEmpty, digits.first != ".", digits.last != ".",
              digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1,
              let value = Double(digits) else { return nil }
        // A thousands separator must separate groups of three.
        if body.contains(",") {
            let groups = body.split(separator: ",", omittingEmptySubsequences: false)
            let intGroups = groups.dropFirst().map { $0.split(separator: ".").first.map(String.init) ?? "" }
            guard intGroups.allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return CellValue(value: sign * value, isPlaceholder: false, unit: unit)
    }

    /// The value of a text of ASCII digits only (most cells), read without the general path's copies;
    /// nil for anything else. Up to 15 digits, so the Double is exact (as `Double(text)` would give).
    static func plainInteger(_ text: String) -> Double? {
        var value = 0.0, count = 0
        for byte in text.utf8 {
            guard byte >= 0x30, byte <= 0x39, count < 15 else { return nil }
            value = value * 10 + Double(byte - 0x30)
            count += 1
        }
        return count > 0 ? value : nil
    }
}
