/// Turns visual lines into paragraphs.
///
/// A paragraph ends
/// - on a short line: it stops more than `shortLineGap` ems before the body's right margin (or
///   `shortSentenceGap` ems when it ends a sentence with 。！？；：);
/// - before a line that starts right of the body's left margin (a first-line indent, centred text);
/// - before a wide vertical gap (`paragraphPitch` × the body's line pitch; in plain text, blank lines when
///   the text does not put a blank line after every line);
/// - before a sub-heading (一、 （一） 1. （1） ①) or a run-in lead ("主动公开：") that follows the end of a
///   sentence.
/// Lines are joined with `Normalizer.joinLines`: no space for wrapped Chinese, a space between Latin words.
///
/// ```swift
/// let paragraphs = Paragraphs.paragraphs(of: lines)
/// paragraphs[0].text // "2021年，我局在市委、市政府的正确领导下，…现将有关情况报告如下。"
/// ```
public enum Paragraphs {
    /// Given lines (page furniture removed), return the paragraphs of `range` (all lines when nil).
    /// Empty lines are skipped; `metrics` defaults to those of all `lines`.
    public static func paragraphs(of lines: [TextLine], in range: Range<Int>? = nil, metrics: BodyMetrics? = nil,
                                  settings: TextSettings = .init()) -> [Paragraph] {
        let range = range ?? lines.indices
        let metrics = metrics ?? BodyMetrics(lines: lines, settings: settings)
        var result: [Paragraph] = []
        var current: [Int] = []
        func flush() {
            guard let first = current.first, let last = current.last else { return }
            let text = Normalizer.joinLines(current.map { lines[$0].text })
            if !text.isEmpty {
                result.append(Paragraph(text: text, page: lines[first].page, lastPage: lines[last].page,
                                        lineRange: first..<(last + 1)))
            }
            current = []
        }
        for i in range where !lines[i].text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let previous = current.last,
               breaks(between: lines[previous], and: lines[i], opening: current.count == 1,
                      metrics: metrics, settings: settings) {
                flush()
            }
            current.append(i)
        }
        flush()
        return result
    }

    /// True when `next` starts a new paragraph after `line` (see the type's summary). `opening` says that
    /// `line` is its paragraph's first line, which may have lost its indent (`TextSettings.lostIndent`).
    public static func breaks(between line: TextLine, and next: TextLine, opening: Bool = false,
                              metrics: BodyMetrics, settings: TextSettings = .init()) -> Bool {
        let em = metrics.em
        let shortBy = metrics.rightMargin - line.box.x1
        let endsSentence = CharacterClass.endsSentence(line.text)
        let lostIndent = opening && !endsSentence && !isHeading(line.text) ? settings.lostIndent : 0
        if shortBy > (settings.shortLineGap + lostIndent) * em { return true }
        if endsSentence, shortBy > settings.shortSentenceGap * em { return true }
        if next.box.x0 - metrics.leftMargin >= settings.indentMin * em { return true }
        if next.page == line.page, next.box.y0 - line.box.y0 > settings.paragraphPitch * metrics.pitch { return true }
        if endsSentence || isHeading(line.text), startsBlock(next.text) { return true }
        return false
    }

    /// True for text that starts with a sub-heading marker (一、 （一） 1. （1） ①) or a run-in lead
    /// of a few words and a colon ("主动公开：", "（一）依申请公开情况：").
    ///
    /// ```swift
    /// Paragraphs.startsBlock("（二）依申请公开") // true
    /// Paragraphs.startsBlock("主动公开：根据…")   // true
    /// Paragraphs.startsBlock("2.5万元")           // false
    /// ```
    public static func startsBlock(_ text: String) -> Bool {
        let display = Normalizer.display(text)
        return display.prefixMatch(of: subHeadingMarker) != nil || display.prefixMatch(of: runInLead) != nil
    }

    /// True for a short line that is a heading: a sub-heading marker and no sentence punctuation after it.
    static func isHeading(_ text: String) -> Bool {
        let display = Normalizer.display(text)
        guard display.count <= 30, display.prefixMatch(of: subHeadingMarker) != nil else { return false }
        return !display.contains("，") && !display.contains("。")
    }

    nonisolated(unsafe) static let subHeadingMarker =
        #/[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|第[一二三四五六七八九十]{1,3}[部分章节、，]/#
    nonisolated(unsafe) static let runInLead = #/(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?[\p{Han}、“”]{2,16}[：:]/#
}
