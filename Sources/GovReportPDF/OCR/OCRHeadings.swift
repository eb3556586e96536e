import GovReport

/// Section headings that page OCR garbled past `SectionHeadings` (收至和处理政府舍息公开申请情， for
/// 收到和处理政府信息公开申请情况, 主动公开政府信息情; with 况 read as a semicolon, 第二部 dropped before
/// 分主动公开…) lose their section and its table. In a document read by OCR, a section the headings found
/// leave out is looked for among the lines between its neighbours' headings: a short line within a few
/// edits of one of the section's usual heading texts (a quarter of its characters; ASCII marks amid the
/// words dropped first), numbered as that section or not at all, becomes that heading, numbered the way
/// the document's other headings are.
/// Only missing sections are looked for, so a heading OCR read well is never touched; text layers never
/// come here.
///
/// ```swift
/// OCRHeadings.repair(&pages, ocrPages: [4]) // p4 "三、收至和处理政府舍息公开申请情，" → "三、收到和处理政府信息公开申请情况"
/// ```
enum OCRHeadings {
    /// The usual heading texts of each section (folded), the template's first.
    static let texts: [[String]] = [
        ["总体情况", "政府信息公开工作总体情况", "基本情况"],
        ["主动公开政府信息情况", "主动公开情况"],
        ["收到和处理政府信息公开申请情况", "依申请公开政府信息情况", "依申请公开情况"],
        ["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议及行政诉讼情况", "行政复议、行政诉讼情况"],
        ["存在的主要问题及改进情况", "存在的主要问题及改进措施", "主要问题及改进情况", "存在的问题及改进情况"],
        ["其他需要报告的事项", "其他需要报告事项"],
    ].map { $0.map(Normalizer.fold) }

    /// Rewrites, on the pages numbered `ocrPages`, each line found to be a missing section's heading.
    static func repair(_ pages: inout [Page], ocrPages: Set<Int>) {
        let lines = pages.filter { ocrPages.contains($0.number) }.flatMap { TextLines.lines(of: $0) }
        for (line, text) in repairs(lines) {
            guard let p = pages.firstIndex(where: { $0.number == line.page }) else { continue }
            let box = line.box
            pages[p].glyphs.removeAll { g in
                (box.x0...box.x1).contains(g.box.midX) && (box.y0...box.y1).contains(g.box.midY)
                    && box.verticalOverlap(g.box) >= g.box.height / 2
            }
            pages[p].glyphs += Glyph.spread(text, over: line.box)
        }
    }

    /// The lines to rewrite and their new text, in line order.
    static func repairs(_ lines: [TextLine]) -> [(line: TextLine, text: String)] {
        let spans = SectionSplitter.spans(in: lines)
        guard !spans.isEmpty, spans.count < 6 else { return [] }
        // The numbering the found headings share (the splitter's chain is of one style).
        let example = lines[spans[0].headingLine].folded
        guard let style = SectionHeadings.match(folded: example)?.style else { return [] }
        var found = spans.map { (line: $0.headingLine, number: $0.number) }
        var result: [(line: TextLine, text: String)] = []
        for number in 1...6 where !found.contains(where: { $0.number == number }) {
            let after = found.filter { $0.number < number }.map(\.line).max() ?? -1
            let before = found.filter { $0.number > number }.map(\.line).min() ?? lines.count
            guard after + 1 < before else { continue }
            var best: (index: Int, text: String, distance: Int)?
            for i in (after + 1)..<before {
                guard let (text, distance) = heading(number, lines[i].folded, style: style) else { continue }
                if best == nil || distance < best!.distance { best = (i, text, distance) }
            }
            guard let best else { continue }
            let prefix = numbering(number, style: style, example: example)
            result.append((lines[best.index], prefix + best.text))
            found.append((best.index, number))
        }
        return result
    }

    /// The heading text of section `number` a folded line is a garbled reading of, with its edit distance:
    /// the line is numbered as that section (any style) or not at all (a few characters of a garbled
    /// numbering before the words count as edits), is no heading `SectionHeadings` reads in the document's
    /// style, and is at most a quarter of the text's characters away from it.
    static func heading(_ number: Int, _ folded: String, style: SectionHeadings.Style) -> (text: String, distance: Int)? {
        let limit = TextSettings().maxHeadingLength
        guard folded.count <= limit, SectionHeadings.match(folded: folded)?.style != style else { return nil }
        var rest = Substring(folded)
        if let numbered = SectionHeadings.numbering(of: folded) {
            guard numbered.number == number else { return nil }
            rest = numbered.rest
        }
        // ASCII marks amid the words are specks or a character OCR broke apart (信 read 记-品), never words.
        rest = rest.filter { !($0.isASCII && ($0.isPunctuation || $0.isSymbol)) }
        // A heading set in a bold drawn twice, a hair apart, reads each character twice (行行政政复复议议).
        let readings = [Array(rest), undoubled(Array(rest))]
        let candidates = texts[number - 1].flatMap { text in
            readings.compactMap { read -> (String, Int)? in
                guard abs(read.count - text.count) <= max(1, text.count / 4) else { return nil }
                let d = EditDistance.distance(read, Array(text))
                return d <= max(1, text.count / 4) ? (text, d) : nil
            }
        }
        return candidates.min { $0.1 < $1.1 }
    }

    /// The characters with each run of one character repeated cut to one (行行政政 → 行政).
    static func undoubled(_ characters: [Character]) -> [Character] {
        characters.enumerated().filter { $0.offset == 0 || characters[$0.offset - 1] != $0.element }.map(\.element)
    }

    /// Section `number`'s numbering in `style`, shaped like the document's first heading (`example`):
    /// 三、 / （三） / 第三部分 (or 第三章 …) / nothing.
    static func numbering(_ number: Int, style: SectionHeadings.Style, example: String) -> String {
        let numeral = SectionHeadings.numerals[number - 1]
        switch style {
        case .bare: return ""
        case .parenthesized: return "（\(numeral)）"
        case .ordinal:
            let word = ["部分", "章", "节", "、"].first { example.dropFirst(2).hasPrefix($0) } ?? "部分"
            return "第\(numeral)\(word)"
        case .numeral:
            let mark = example.dropFirst().first.map { "、.,:".contains($0) ? String($0) : "、" } ?? "、"
            return numeral + (mark == "," ? "、" : mark)
        }
    }
}
