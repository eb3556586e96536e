/// `Paragraphs.subHeadingMarker` matched by hand at the start of text whose first characters are single
/// standalone scalars (`CharacterClass.isStandalone`): 一、 （一） 1. （1） 第一部分. `\d` is a scalar with a
/// numeric value (三 and 万 too), as the regular expression reads it; ① and its kin are never standalone and
/// are left to the regular expression.
///
/// ```swift
/// SubHeadingMarker.matchesStart(of: Array("（二）依申请".unicodeScalars)) // true
/// SubHeadingMarker.matchesStart(of: Array("2.5万元".unicodeScalars))       // false: a digit follows "2."
/// ```
enum SubHeadingMarker {
    /// True when the scalars start with a marker. Reads at most the first five scalars.
    static func matchesStart(of p: [Unicode.Scalar]) -> Bool {
        guard let first = p.first else { return false }
        let numerals = run(in: p, from: 0, while: isNumeral)
        // 一、 一. 一．
        if (1...3).contains(numerals), isMark(at: numerals, in: p) { return true }
        // 1、 1. 1． not followed by a digit (三、 too)
        let digits = run(in: p, from: 0, while: isDigit)
        if (1...2).contains(digits), isMark(at: digits, in: p), !(digits + 1 < p.count && isDigit(p[digits + 1])) {
            return true
        }
        // （一） （1）
        if first == "（" || first == "(" {
            let inner = run(in: p, from: 1, while: isNumeral), innerDigits = run(in: p, from: 1, while: isDigit)
            if (1...3).contains(inner), isCloser(at: 1 + inner, in: p) { return true }
            if (1...2).contains(innerDigits), isCloser(at: 1 + innerDigits, in: p) { return true }
        }
        // 第一部分 第一章 第一、
        if first == "第" {
            let inner = run(in: p, from: 1, while: isNumeral)
            if (1...3).contains(inner), 1 + inner < p.count, "部分章节、，".unicodeScalars.contains(p[1 + inner]) { return true }
        }
        return false
    }

    /// Length of the run of scalars from `start` that satisfy `test`, read up to four.
    private static func run(in p: [Unicode.Scalar], from start: Int, while test: (Unicode.Scalar) -> Bool) -> Int {
        var end = start
        while end < p.count, end - start < 4, test(p[end]) { end += 1 }
        return end - start
    }

    private static func isNumeral(_ s: Unicode.Scalar) -> Bool { "一二三四五六七八九十".unicodeScalars.contains(s) }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ("0"..."9").contains(s) : s.properties.numericType != nil
    }

    private static func isMark(at i: Int, in p: [Unicode.Scalar]) -> Bool {
        i < p.count && (p[i] == "、" || p[i] == "." || p[i] == "．")
    }

    private static func isCloser(at i: Int, in p: [Unicode.Scalar]) -> Bool {
        i < p.count && (p[i] == "）" || p[i] == ")")
    }
}
