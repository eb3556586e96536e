/// Finds a portal page's article body without site-specific class names: the smallest element holding the
/// most section headings of a report (short elements whose text starts with 总体情况 … 其他需要报告 after at
/// most a numbering prefix, so a sentence listing the six headings does not count), with navigation,
/// scripts, styles and footers never counted. The report's title, when printed above that element (an `<h1>` outside the
/// body `<div>`), is found as the nearest short text before it that names an annual report.
struct HTMLArticle {
    /// Elements whose content is never part of the report.
    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "footer", "iframe", "select", "option",
                                       "button", "head", "template", "object", "embed", "svg", "textarea", "title"]
    /// Words that mark each section heading (without spaces), in section order.
    static let headingWords = ["总体情况", "主动公开政府信息", "收到和处理政府信息公开申请", "行政诉讼情况", "存在的主要问题",
                               "其他需要报告"]
    static let titleWord = "年度报告"
    /// A heading is an element at most this long (scalars, without white space) …
    static let headingLength = 40
    /// … whose heading words start within this many scalars of its start (一、, （一）, 第一部分).
    static let headingPrefix = 6
    /// A title is an element at most this long (scalars, without white space).
    static let titleLength = 80

    let body: MarkupElement
    /// A title printed before the body, when the body's own text names no annual report.
    let title: String?
    /// True when the body's first lines name the report (its title is inside).
    let opensWithTitle: Bool

    init(root: MarkupElement) {
        var flat = FlatText()
        flat.add(root)
        let text = flat.scalars
        var hits: [(section: Int, offset: Int)] = []
        for (_, range) in flat.ranges where range.count <= Self.headingLength {
            let head = Array(text[range])
            for (n, word) in Self.headingWords.enumerated() {
                if let at = FlatText.occurrences(of: word, in: head).first, at <= Self.headingPrefix { hits.append((n, range.lowerBound)) }
            }
        }
        var best: (element: MarkupElement, score: Int, length: Int)?
        for (element, range) in flat.ranges {
            let score = Set(hits.filter { range.contains($0.offset) }.map(\.section)).count
            guard score >= 2 else { continue }
            if best == nil || score > best!.score || (score == best!.score && range.count < best!.length) {
                best = (element, score, range.count)
            }
        }
        let chosen = best?.element ?? root.descendants("body").first ?? root
        body = chosen
        let range = flat.ranges.first { $0.element === chosen }?.range ?? 0..<text.count
        /// Short elements (a title, not a paragraph mentioning 年度报告) that name an annual report.
        let titles = flat.ranges.filter { $0.range.count <= Self.titleLength }
            .filter { !FlatText.occurrences(of: Self.titleWord, in: Array(text[$0.range])).isEmpty }
        // A body that opens with its title has one in its first lines.
        opensWithTitle = titles.contains { range.contains($0.range.lowerBound) && $0.range.lowerBound - range.lowerBound <= Self.titleLength }
        // Else the nearest such element before the body, the deepest of those that start there.
        title = opensWithTitle ? nil : titles.filter { $0.range.upperBound <= range.lowerBound }
            .max { a, b in (a.range.lowerBound, -a.range.count) < (b.range.lowerBound, -b.range.count) }
            .map { String(String.UnicodeScalarView(text[$0.range])) }
    }
}

/// The text of a tree without white space, with the range each element covers.
struct FlatText {
    var scalars: [Unicode.Scalar] = []
    var ranges: [(element: MarkupElement, range: Range<Int>)] = []

    mutating func add(_ element: MarkupElement) {
        guard !HTMLArticle.dropped.contains(element.name), !HTMLBlocks.isHidden(element) else { return }
        let start = scalars.count
        for child in element.children {
            switch child {
            case .element(let e): add(e)
            case .text(let t): scalars += t.unicodeScalars.filter { !CharacterClass.isWhitespace($0) && $0 != "\u{A0}" }
            }
        }
        ranges.append((element, start..<scalars.count))
    }

    /// Offsets where `word` starts in `text`.
    static func occurrences(of word: String, in text: [Unicode.Scalar]) -> [Int] {
        let w = Array(word.unicodeScalars)
        guard let first = w.first, text.count >= w.count else { return [] }
        return (0...(text.count - w.count)).filter { i in text[i] == first && text[i..<(i + w.count)].elementsEqual(w) }
    }
}

import GovReport
