/// Where each of the six sections starts and ends in a document's lines.
///
/// Every line that `SectionHeadings.match` accepts is a candidate. Per numbering style, the longest chain
/// of candidates with strictly increasing section numbers is taken (on a tie, the later lines, so a table
/// of contents before the body loses); the style with the longest chain wins (on a tie, 一、 before （一）
/// before 第一部分), so a sub-heading "（二）主动公开" inside section 一 does not open section 二 when
/// the sections are numbered 一、.
///
/// ```swift
/// let spans = SectionSplitter.spans(in: lines)
/// spans.map(\.number) // [1, 2, 3, 4, 5, 6]
/// lines[spans[0].range.lowerBound].text // "一、总体情况"
/// ```
public enum SectionSplitter {
    /// One section's lines: the heading line opens `range`, which runs to the next section's heading.
    public struct Span: Hashable, Sendable {
        /// 1...6.
        public var number: Int
        /// Index of the heading line; `range.lowerBound`.
        public var headingLine: Int { range.lowerBound }
        public var range: Range<Int>
    }

    /// Given lines (page furniture removed), return the sections found, in order.
    public static func spans(in lines: [TextLine], settings: TextSettings = .init()) -> [Span] {
        var byStyle: [SectionHeadings.Style: [(line: Int, number: Int)]] = [:]
        for (i, line) in lines.enumerated() {
            if let m = SectionHeadings.match(folded: line.folded, maxLength: settings.maxHeadingLength) {
                byStyle[m.style, default: []].append((i, m.number))
            }
        }
        var best: [(line: Int, number: Int)] = []
        for style in SectionHeadings.Style.allCases {
            let chain = longestIncreasingChain(byStyle[style] ?? [])
            if chain.count > best.count { best = chain }
        }
        return best.enumerated().map { k, start in
            let end = k + 1 < best.count ? best[k + 1].line : lines.count
            return Span(number: start.number, range: start.line..<end)
        }
    }

    /// The longest subsequence with strictly increasing numbers; among equals, the one ending latest and
    /// built from the latest predecessors.
    static func longestIncreasingChain(_ items: [(line: Int, number: Int)]) -> [(line: Int, number: Int)] {
        guard !items.isEmpty else { return [] }
        var length = Array(repeating: 1, count: items.count)
        var previous: [Int?] = Array(repeating: nil, count: items.count)
        for i in items.indices {
            for j in 0..<i where items[j].number < items[i].number && length[j] + 1 >= length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var end = 0
        for i in items.indices where length[i] >= length[end] { end = i }
        var chain: [(line: Int, number: Int)] = []
        var cursor: Int? = end
        while let c = cursor { chain.append(items[c]); cursor = previous[c] }
        return chain.reversed()
    }
}
