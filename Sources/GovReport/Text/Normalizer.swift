import Foundation

/// Repairs extraction artefacts in text.
///
/// Three forms:
/// - `normalize(_:)`, character by character: Kangxi radicals, CJK radical supplements and CJK
///   compatibility ideographs become ordinary ideographs, full-width digits and Latin letters become
///   ASCII, odd hyphens become "-", odd quotes become curly quotes, odd spaces become plain spaces.
///   Chinese punctuation (full-width brackets, colons, quotes) is kept, as it is correct typography.
///   Unlike plain NFKC it does not turn "，" into "," or "（" into "(".
/// - `display(_:)` (in `Normalizer+Spacing.swift`): `normalize` plus spacing repair, the form paragraphs
///   and headings are printed in.
/// - `fold(_:)` for matching: NFKC, no whitespace at all, one form of each quote, bracket and dash,
///   其它 → 其他. Two labels that mean the same print differently; their folds are equal.
///
/// ```swift
/// Normalizer.normalize("⼀、总体情况 １２３") // "一、总体情况 123"
/// Normalizer.display("总 体 情 况")           // "总体情况"
/// Normalizer.fold("（三）不予 公开")          // "(三)不予公开"
/// ```
public enum Normalizer {
    /// Display normalisation (see the type's summary).
    public static func normalize(_ text: String) -> String {
        var out = StringBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars { normalize(scalar) { out.append($0) } }
        return out.string
    }

    /// The display normalisation of one scalar, handed to `emit`: nothing for a zero-width space, several
    /// scalars for some compatibility forms. ASCII and the CJK unified ideographs pass unchanged.
    @inline(__always)
    static func normalize(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
        if scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) { return emit(scalar) }
        switch scalar.value {
        case 0x2F00...0x2FD5, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xF900...0xFAFF:
            String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.forEach(emit)
        case 0x2010...0x2012, 0x2212, 0xFE63, 0xFF0D:
            emit("-")
        case 0x301D, 0x2036:
            emit("“")
        case 0x301E, 0x301F, 0x2033:
            emit("”")
        case 0x3000:
            emit(" ")
        case 0x2E80...0x2EFF:
            (radicalSupplement[scalar.value] ?? String(scalar)).unicodeScalars.forEach(emit)
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
            emit(" ")
        case 0x200B...0x200D, 0xFEFF:
            return
        default:
            emit(scalar)
        }
    }

    /// Matching fold (see the type's summary). One pass: NFKC scalar by scalar (ASCII and the CJK
    /// unified ideographs need none; other scalars through `scalarFold`), whitespace dropped,
    /// quotes, brackets and dashes unified, 其它 → 其他.
    public static func fold(_ text: String) -> String {
        guard !isFolded(text) else { return text }
        var out = StringBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            // ASCII and the CJK unified ideographs (nearly all of a report) are left alone by `normalize`
            // and by NFKC, and only ASCII has whitespace or a quote among them.
            if scalar.isASCII {
                switch scalar.value {
                case 0x09...0x0D, 0x20: continue
                case 0x27: appendFolded("\"", to: &out)
                default: appendFolded(scalar, to: &out)
                }
            } else if (0x4E00...0x9FFF).contains(scalar.value) {
                appendFolded(scalar, to: &out)
            } else {
                for folded in scalarFold(scalar) { appendFolded(folded, to: &out) }
            }
        }
        return out.string
    }

    /// True when `fold` leaves the text as it is: only ASCII other than whitespace and "'", and CJK unified
    /// ideographs, with no 它 after 其. Most table cells and short lines are; their fold is the text itself.
    private static func isFolded(_ text: String) -> Bool {
        var previous: Unicode.Scalar = "\0"
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x27: return false
            case 0x00...0x7F, 0x4E00...0x9FFF: if scalar == "它" && previous == "其" { return false }
            default: return false
            }
            previous = scalar
        }
        return true
    }

    /// Appends one folded scalar; 它 after 其 becomes 他.
    @inline(__always)
    private static func appendFolded(_ scalar: Unicode.Scalar, to out: inout StringBuilder) {
        out.append(scalar == "它" && out.last == "其" ? "他" : scalar)
    }

    /// The fold of one scalar other than ASCII and CJK unified ideographs (其它 aside): from a table for the
    /// punctuation blocks, else computed.
    static func scalarFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let index = punctuationIndex(scalar.value) { return punctuationFolds[index] }
        return computedFold(scalar)
    }

    /// `normalize`, NFKC, whitespace dropped, one form for each quote, bracket and dash.
    private static func computedFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        normalize(scalar) { normalized in
            for s in compatibilityForm(normalized) where !s.properties.isWhitespace { result.append(foldedPunctuation(s)) }
        }
        return result
    }

    /// NFKC of one scalar (CJK text has no combining sequences, so scalar by scalar is the whole NFKC).
    static func compatibilityForm(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) { return [scalar] }
        return Array(String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars)
    }

    /// The folds of the punctuation blocks labels are full of (general punctuation U+2000–206F, CJK symbols
    /// U+3000–303F, full-width forms U+FF00–FFEF), computed once; `punctuationIndex` finds a scalar's entry.
    private static let punctuationFolds: [[Unicode.Scalar]] =
        (Array(0x2000...0x206F) + Array(0x3000...0x303F) + Array(0xFF00...0xFFEF)).map { value in
            Unicode.Scalar(UInt32(value)).map(computedFold) ?? []
        }

    private static func punctuationIndex(_ value: UInt32) -> Int? {
        switch value {
        case 0x2000...0x206F: return Int(value - 0x2000)
        case 0x3000...0x303F: return 0x70 + Int(value - 0x3000)
        case 0xFF00...0xFFEF: return 0xB0 + Int(value - 0xFF00)
        default: return nil
        }
    }

    /// One form for each quote, bracket and dash.
    static func foldedPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "“", "”", "„", "‟", "「", "」", "『", "』", "〝", "〞", "'", "‘", "’", "＂": return "\""
        case "〔", "［", "【", "〖": return "["
        case "〕", "］", "】", "〗": return "]"
        case "—", "–", "―", "‐", "‑", "‒", "−", "﹣", "－": return "-"
        default: return scalar
        }
    }

    /// CJK Radicals Supplement characters that stand for an ordinary ideograph.
    static let radicalSupplement: [UInt32: String] = [
        0x2E84: "乙", 0x2E85: "亻", 0x2E86: "冂", 0x2E8A: "卜", 0x2E8C: "小", 0x2E8D: "小", 0x2E8F: "尢",
        0x2E95: "彐", 0x2E96: "忄", 0x2E97: "心", 0x2E98: "扌", 0x2E9B: "无", 0x2E9D: "月", 0x2E9F: "母",
        0x2EA0: "民", 0x2EA1: "氵", 0x2EA3: "灬", 0x2EA4: "爫", 0x2EA6: "丬", 0x2EA8: "犭", 0x2EAA: "疋",
        0x2EAB: "罒", 0x2EAC: "示", 0x2EAD: "礻", 0x2EAE: "竹", 0x2EB3: "罒", 0x2EB6: "羊", 0x2EB7: "羊",
        0x2EBB: "聿", 0x2EBC: "月", 0x2EBE: "艹", 0x2EC1: "虎", 0x2EC2: "衤", 0x2EC3: "覀", 0x2EC4: "西",
        0x2EC5: "见", 0x2EC6: "角", 0x2EC8: "讠", 0x2EC9: "贝", 0x2ECB: "车", 0x2ECC: "辶", 0x2ECD: "辶",
        0x2ECF: "阝", 0x2ED0: "钅", 0x2ED1: "长", 0x2ED2: "镸", 0x2ED3: "长", 0x2ED4: "门", 0x2ED6: "阝",
        0x2ED7: "雨", 0x2ED8: "青", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EDF: "饣", 0x2EE0: "饣",
        0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦",
        0x2EE9: "黄", 0x2EEA: "黾", 0x2EEB: "斉", 0x2EEC: "齐", 0x2EED: "歯", 0x2EEE: "齿", 0x2EEF: "竜",
        0x2EF0: "龙", 0x2EF1: "龜", 0x2EF2: "亀", 0x2EF3: "龟",
    ]
}
