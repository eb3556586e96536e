/// Turns visual lines into paragraphs.
///
/// A paragraph ends
/// - on a short line: it stops more than `shortLineGap` ems before the body's right margin (or
///   `shortSentenceGap` ems when it ends a sentence with 。！？；：);
/// - before a line that starts right of the body's left margin (a first-line indent, centred text);
/// - where the text shows no indents (`pdftotext -raw`): after a sentence, before a line about two
///   characters short that does not end a sentence (a first line whose indent was lost);
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
        for i in range where !lines[i].text.isBlank {
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
        let shortBy = metrics.rightMargin - metrics.end(of: line)
        let endsSentence = CharacterClass.endsSentence(line.text)
        let lostIndent = !metrics.showsIndents && opening && !endsSentence && !isHeading(line.text)
        let wrappedWord = wrapsLatinWord(line.text, next.text, shortBy: shortBy, em: em)
        if shortBy > (settings.shortLineGap + (lostIndent ? settings.lostIndent : 0)) * em, !wrappedWord {
            return true
        }
        if endsSentence, shortBy > settings.shortSentenceGap * em { return true }
        if next.box.x0 - metrics.leftMargin(onPage: next.page) >= settings.indentMin * em { return true }
        // No indents to see: after a sentence, a line two characters short that goes on is a first line.
        if !metrics.showsIndents, endsSentence, !CharacterClass.endsSentence(next.text),
           metrics.rightMargin - metrics.end(of: next) >= (settings.lostIndent - 0.5) * em {
            return true
        }
        if next.page == line.page, next.box.y0 - line.box.y0 > settings.paragraphPitch * metrics.pitch { return true }
        if endsSentence || isHeading(line.text), startsBlock(next.text) { return true }
        return false
    }

    /// True when a line is short only because the Latin word or number that starts the next line (a phone
    /// number, a URL) did not fit: the line ends in a letter, digit or "-" "/" ".", the next starts with a
    /// letter or digit, and that word (half an em per character) is wider than the space left.
    static func wrapsLatinWord(_ line: String, _ next: String, shortBy: Double, em: Double) -> Bool {
        guard let last = line.unicodeScalars.last(where: { !CharacterClass.isWhitespace($0) }),
              CharacterClass.isLatinOrDigit(last) || "-/.".unicodeScalars.contains(last) else { return false }
        let word = next.unicodeScalars.drop(while: CharacterClass.isWhitespace)
            .prefix { CharacterClass.isLatinOrDigit($0) || "-/.:_@".unicodeScalars.contains($0) }
        return !word.isEmpty && Double(word.count) * 0.5 * em + em >= shortBy
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
        let marker = mayStartMarker(text)
        let colon = text.unicodeScalars.contains { $0 == ":" || $0 == "：" }  // a run-in lead's end
        guard marker || colon else { return false }
        let display = Normalizer.display(text)
        return marker && startsWithMarker(display)
            || colon && display.prefixMatch(of: runInLead) != nil
    }

    /// True for a short line that is a heading: a sub-heading marker and no sentence punctuation after it.
    static func isHeading(_ text: String) -> Bool {
        guard mayStartMarker(text) else { return false }
        let display = Normalizer.display(text)
        guard display.count <= 30, startsWithMarker(display) else { return false }
        return !display.contains("，") && !display.contains("。")
    }

    /// False when the display form of `text` cannot start with `subHeadingMarker`: its first scalar is
    /// ASCII other than "(" and digits, or a CJK unified ideograph other than 一…十 and 第 without a numeric
    /// value (`\d` matches any character with one, 三 and 万 included). Spares most lines the display form and
    /// the regular expression.
    static func mayStartMarker(_ text: String) -> Bool {
        guard let first = Normalizer.firstDisplayScalar(of: text) else { return false }
        switch first.value {
        case 0x28, 0x30...0x39: return true
        case 0x00...0x7F: return false
        case 0x4E00...0x9FFF: return "一二三四五六七八九十第".unicodeScalars.contains(first) || first.properties.numericType != nil
        default: return true
        }
    }

    /// True when display text starts with `subHeadingMarker`: by `SubHeadingMarker` when its first six
    /// scalars are standalone (one character each), else by the regular expression, which costs tens of
    /// thousands of instructions a line.
    static func startsWithMarker(_ display: String) -> Bool {
        let head = Array(display.unicodeScalars.prefix(6))
        guard head.allSatisfy(CharacterClass.isStandalone) else { return display.prefixMatch(of: subHeadingMarker) != nil }
        return SubHeadingMarker.matchesStart(of: head)
    }

    nonisolated(unsafe) static let subHeadingMarker =
        #/[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|第[一二三四五六七八九十]{1,3}[部分章节、，]/#
    nonisolated(unsafe) static let runInLead = #/(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?[\p{Han}、“”]{2,16}[：:]/#
}
