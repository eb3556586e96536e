/// The six section headings of the template: their numbers, core words and the ways they are numbered.
///
/// A heading is a short line that starts with its Chinese numeral in one of the numbering styles
/// (一、 一. 一 ／ （一） ／ 第一部分) and holds one of its section's core words near the start, or an
/// unnumbered short line that holds a core word near its start and ends as a heading does (总体情况,
/// 其他需要报告的事项) with no sentence punctuation or digits. Matching
/// runs on `Normalizer.fold`, so Kangxi radicals (⼀), letter spacing (总 体 情 况) and full-width marks
/// do not matter. Row labels of section 三's table (四、结转下年度继续办理) hold no core words.
///
/// ```swift
/// SectionHeadings.match("⼀、总 体 情 况")?.number         // 1
/// SectionHeadings.match("四、结转下年度继续办理")            // nil
/// SectionHeadings.match("（二）主动公开政府信息情况")?.style // .parenthesized
/// ```
public enum SectionHeadings {
    /// Chinese numerals of the six sections.
    public static let numerals = ["一", "二", "三", "四", "五", "六"]

    /// Core words per section (folded); a heading holds at least one alternative.
    public static let coreWords: [[String]] = [
        ["总体情况", "基本情况", "概述"],
        ["主动公开政府信息", "主动公开情况", "主动公开"],
        ["收到和处理", "处理政府信息公开申请", "依申请公开"],
        ["行政复议", "行政诉讼"],
        ["存在的主要问题", "主要问题", "存在的问题", "存在问题", "改进情况"],
        ["其他需要报告", "其他需报告", "其他事项", "其他需要说明"],
    ]

    /// How a heading is numbered.
    public enum Style: Int, Hashable, Sendable, CaseIterable {
        /// 一、 一. 一， or the numeral directly before the words.
        case numeral
        /// （一）
        case parenthesized
        /// 第一部分, 第一章, 第一、
        case ordinal
        /// No numbering: 总体情况 alone on its line.
        case bare
    }

    /// A line recognised as a section heading.
    public struct Match: Hashable, Sendable {
        /// 1...6.
        public var number: Int
        public var style: Style
    }

    /// The heading a line is, or nil. `maxLength` bounds the folded line's length.
    public static func match(_ line: String, maxLength: Int = TextSettings().maxHeadingLength) -> Match? {
        match(folded: Normalizer.fold(line), maxLength: maxLength)
    }

    /// `match(_:maxLength:)` of a line already folded (`TextLine.folded`).
    public static func match(folded: String, maxLength: Int = TextSettings().maxHeadingLength) -> Match? {
        // Every heading style holds some section's core words: most lines fail here, cheaply.
        guard allCoreWords.anyOccurs(in: folded), CharacterClass.characterCount(folded) <= maxLength else { return nil }
        for (index, numeral) in numerals.enumerated() {
            guard let (style, rest, marked) = strip(numeral, from: folded) else { continue }
            // A bare numeral ("一总体情况", from "一 总体情况") must be followed by the core words at once,
            // so "二是主动公开…" in a narrative stays text.
            let reach = marked ? maxWordOffset : 0
            let starts = coreWords[index].contains { word in
                guard let range = rest.range(of: word) else { return false }
                return rest.distance(from: rest.startIndex, to: range.lowerBound) <= reach
            }
            if starts { return Match(number: index + 1, style: style) }
        }
        return bareMatch(folded)
    }

    /// The section number (1...6) a line is the heading of, or nil.
    public static func sectionNumber(ofHeading line: String) -> Int? {
        match(line)?.number
    }

    /// Index ranges of the lines of each section found, in order; the heading line opens its range.
    /// See `SectionSplitter.spans(in:settings:)`.
    public static func spans(in lines: [TextLine]) -> [(number: Int, range: Range<Int>)] {
        SectionSplitter.spans(in: lines).map { ($0.number, $0.range) }
    }

    /// The core words of all sections, for the quick reject in `match`.
    static let allCoreWords = WordSet(coreWords.flatMap { $0 })

    /// How far (characters) after the numbering the core words may start ("政府信息公开工作存在的主要问题").
    static let maxWordOffset = 12

    /// Longest unnumbered heading (folded characters).
    static let maxBareLength = 24

    /// Words an unnumbered heading ends with (情况, 事项 …); a table cell or run-in lead does not.
    static let bareEndings = ["情况", "事项", "措施", "问题", "概述"]

    /// An unnumbered heading: short, ending in a heading word, no sentence punctuation or digits, its
    /// core words within `maxWordOffset` of the start. The first section whose words match wins.
    private static func bareMatch(_ folded: String) -> Match? {
        guard folded.count <= maxBareLength, bareEndings.contains(where: { folded.hasSuffix($0) }),
              !folded.contains(where: { $0.isNumber || ":;,。，：；".contains($0) }) else { return nil }
        for (index, words) in coreWords.enumerated() {
            let starts = words.contains { word in
                guard let range = folded.range(of: word) else { return false }
                return folded.distance(from: folded.startIndex, to: range.lowerBound) <= maxWordOffset
            }
            if starts { return Match(number: index + 1, style: .bare) }
        }
        return nil
    }

    /// The section a folded line's numbering names (三、 三. （三） 第三部分 第三章 …), its style and the rest of
    /// the line, whatever words follow; nil when the line opens with no section numeral.
    public static func numbering(of folded: String) -> (number: Int, style: Style, rest: Substring)? {
        for (index, numeral) in numerals.enumerated() {
            if let (style, rest, _) = strip(numeral, from: folded) { return (index + 1, style, rest) }
        }
        return nil
    }

    /// The numbering style, the rest of the folded line and whether a mark followed the numeral, when the
    /// line starts with `numeral` numbered.
    private static func strip(_ numeral: String, from folded: String) -> (Style, Substring, Bool)? {
        // Bytes first: folded text holds no compatibility ideographs, so only these bytes can start a match.
        guard folded.utf8.starts(with: numeral.utf8) || folded.utf8.first == UInt8(ascii: "(")
                || folded.utf8.starts(with: "第".utf8) else { return nil }
        let s = Substring(folded)
        for (marker, style) in [("(" + numeral + ")", Style.parenthesized), ("第" + numeral, .ordinal)]
        where s.hasPrefix(marker) {
            var rest = s.dropFirst(marker.count)
            if style == .ordinal {
                for word in ["部分", "章", "节", "、", ".", ","] where rest.hasPrefix(word) {
                    rest = rest.dropFirst(word.count); break
                }
            }
            return (style, rest, true)
        }
        guard s.hasPrefix(numeral) else { return nil }
        var rest = s.dropFirst(numeral.count)
        guard let first = rest.first, "、.,:".contains(first) else { return (.numeral, rest, false) }
        rest = rest.dropFirst()
        return (.numeral, rest, true)
    }
}
