/// The six section headings of the template: number and the core words that identify each heading.
public enum SectionHeadings {
    /// Chinese numerals of the six sections.
    public static let numerals = ["一", "二", "三", "四", "五", "六"]

    /// Core words per section (folded); a heading holds at least one alternative.
    public static let coreWords: [[String]] = [
        ["总体情况"],
        ["主动公开政府信息", "主动公开情况"],
        ["收到和处理", "处理政府信息公开申请"],
        ["行政复议", "行政诉讼"],
        ["存在的主要问题", "改进情况"],
        ["其他需要报告", "其他需报告"],
    ]

    /// The section number (1...6) a line is the heading of, or nil.
    ///
    /// A heading starts with its numeral (一、 or 一. or 第一部分), is short, and holds its core words.
    public static func sectionNumber(ofHeading line: String) -> Int? {
        let folded = Normalizer.fold(line)
        guard folded.count <= 40 else { return nil }
        for (index, words) in coreWords.enumerated() where words.contains(where: { folded.contains($0) }) {
            let numeral = numerals[index]
            if folded.hasPrefix(numeral + "、") || folded.hasPrefix(numeral + ".") || folded.hasPrefix(numeral + ",")
                || folded.hasPrefix("第" + numeral) || folded.hasPrefix("(" + numeral + ")") {
                return index + 1
            }
        }
        return nil
    }

    /// Index ranges of the lines of each section found, in order; the heading line opens its range.
    /// Sections are taken in increasing number; a section's range ends where the next found one starts.
    public static func spans(in lines: [TextLine]) -> [(number: Int, range: Range<Int>)] {
        var starts: [(Int, Int)] = []
        var next = 1
        for (i, line) in lines.enumerated() {
            guard let n = sectionNumber(ofHeading: line.text), n >= next else { continue }
            starts.append((n, i))
            next = n + 1
        }
        return starts.enumerated().map { k, start in
            let end = k + 1 < starts.count ? starts[k + 1].1 : lines.count
            return (start.0, start.1..<end)
        }
    }
}
