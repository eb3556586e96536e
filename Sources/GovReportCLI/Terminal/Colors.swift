/// ANSI colours for terminal output; a no-op when stdout is not a terminal (`isatty(1)`), so pipes and
/// files get plain text.
///
/// ```swift
/// let colors = Colors(enabled: Console.stdoutIsTerminal)
/// print(colors.red("R2"))  // "\u{1B}[31mR2\u{1B}[0m" on a terminal, "R2" in a pipe
/// ```
struct Colors {
    var enabled: Bool

    func red(_ s: String) -> String { wrap(s, "31") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }

    private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
}

/// Column widths of text on a terminal: CJK and full-width characters take two cells.
enum DisplayWidth {
    static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// `s` cut to at most `width` cells (with "…" when cut) and padded with spaces to exactly `width`.
    static func fit(_ s: String, _ width: Int, alignRight: Bool = false) -> String {
        var out = "", used = 0
        for ch in s {
            let w = of(String(ch))
            if used + w > width - (of(s) > width ? 1 : 0) { out += "…"; used += 1; break }
            out.append(ch); used += w
        }
        let pad = String(repeating: " ", count: max(0, width - used))
        return alignRight ? pad + out : out + pad
    }
}
