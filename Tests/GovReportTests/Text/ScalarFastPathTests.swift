import Testing
@testable import GovReport

/// The scalar fast paths of the text stages give the same answers as the standard library's slower ones.
@Suite("Scalar fast paths")
struct ScalarFastPathTests {
    /// Every scalar up to U+3100 (where the fast paths branch), then a sample of the rest.
    static let scalars: [Unicode.Scalar] = (Array(0...0x3100) + Array(stride(from: 0x3101, through: 0x10FFFF, by: 97)))
        .compactMap(Unicode.Scalar.init)

    @Test("whitespace and control tests match the Unicode properties")
    func properties() {
        let wrong = Self.scalars.filter { scalar in
            CharacterClass.isWhitespace(scalar) != scalar.properties.isWhitespace
                || CharacterClass.isControl(scalar) != (scalar.properties.generalCategory == .control)
        }
        #expect(wrong.isEmpty, "\(wrong.map(\.value))")
    }

    @Test("characters with a plain scalar are equal exactly when Character says so")
    func plainScalars() {
        // Every sampled scalar as a character, and characters that normalise to others: a combining mark
        // sequence, CJK compatibility ideographs (六 U+F9D1), the angle bracket U+2329 (= U+3008), CR LF.
        let characters = Self.scalars.map { Character($0) } + ["e\u{301}", "\u{F9D1}", "\u{2329}", "\r\n", "一\u{302A}"]
        let probes: [Character] = ["六", "〈", "e", "é", "（", "(", "1", "、", "项", "\r", "一"]
        var wrong: [String] = []
        for probe in probes {
            for character in characters where CharacterClass.isOneOf(character, String(probe)) != (character == probe) {
                wrong.append("\(character.unicodeScalars.map(\.value)) vs \(probe)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        #expect(CharacterClass.plainScalar("六") == 0x516D)
        #expect(CharacterClass.plainScalar("\u{F9D1}") == nil)   // equals 六: never compared on its scalar
        #expect(CharacterClass.plainScalar("e\u{301}") == nil)
        #expect(CharacterClass.plainScalar("（") == 0xFF08)
        #expect(RowMatcher.positions(of: Array("六"), in: Array("五\u{F9D1}六七")) == [1, 2])
    }

    @Test("character counts match String.count", arguments: [
        "", "总体情况", "申请 12 件。", "e\u{301}", "一\u{302A}二", "a\r\nb", "🇨🇳", "👍🏽x", "（一）“主动公开”…", "\u{0600}1",
    ])
    func characterCount(text: String) {
        #expect(CharacterClass.characterCount(text) == text.count)
    }

    @Test("sentence ends are read through combining marks as characters", arguments: [
        ("规范性。", true), ("“谁执法、谁公示。”", true), ("按照“谁执", false), ("是。\u{301}", false), ("是\u{301}。 ", true),
        ("。\u{302A}", false), (" ", false), ("”）", false),
    ])
    func endsSentence(text: String, expected: Bool) {
        #expect(CharacterClass.endsSentence(text) == expected)
    }

    @Test("a word set finds what one search per word finds", arguments: [
        "五、行政复议情况", "行政", "主动公开", "其他需要报告的事项", "", "a", "收到和处理政府信息公开申请",
    ])
    func wordSet(text: String) {
        let words = SectionHeadings.coreWords.flatMap { $0 }
        #expect(WordSet(words).anyOccurs(in: text) == words.contains { TextSearch.contains(text, $0) })
        #expect(WordSet(["", "x"]).anyOccurs(in: text))
        #expect(WordSet(["a"]).anyOccurs(in: text) == text.contains("a"))
    }

    @Test("the hand-written sub-heading marker agrees with the regular expression")
    func subHeadingMarker() {
        let alphabet: [String] = ["一", "十", "万", "1", "、", ".", "（", ")", "第", "部", "a"]
        // Every string of up to three of these, then longer ones near the limits of each alternative.
        var texts = alphabet
        for _ in 0..<2 { texts += texts.flatMap { text in alphabet.map { text + $0 } } }
        texts += ["一二三、", "一二三四、", "（十一）收到", "（一二三四）", "(12)", "(123)", "12、3", "12、a", "123、",
                  "第十二章", "第一二三四部", "第一部分", "3．依申请", "三、主动", "①办理", "2.5万元", "1\u{301}、"]
        for text in Set(texts) {
            let expected = text.prefixMatch(of: Paragraphs.subHeadingMarker) != nil
            #expect(Paragraphs.startsWithMarker(text) == expected, "\(text)")
        }
    }

    @Test("strings built byte by byte hold every scalar width")
    func stringBuilder() {
        var out = StringBuilder()
        for scalar in "a·总𠀀" .unicodeScalars { out.append(scalar) }
        #expect(out.string == "a·总𠀀")
        #expect(out.last == "𠀀")
    }

    @Test("fold leaves folded text alone and still joins 其它", arguments: [
        ("总体情况2021", "总体情况2021"), ("其它", "其他"), ("其 它", "其他"), ("a'b", "a\"b"),
    ])
    func fold(text: String, expected: String) {
        #expect(Normalizer.fold(text) == expected)
    }
}
