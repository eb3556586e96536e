import Testing
@testable import GovReport

@Suite("Normalizer")
struct NormalizerTests {
    @Test("display form: radicals, full-width forms, odd marks and spaces repaired", arguments: [
        ("⼀、总体情况", "一、总体情况"),                    // Kangxi radical U+2F00
        ("⾏政复议", "行政复议"),                            // Kangxi radical U+2F8F
        ("⼈⺠群众", "人民群众"),                            // radical supplement U+2EA0
        ("\u{F967}", "不"),                                  // CJK compatibility ideograph
        ("１２３件", "123件"),                               // full-width digits
        ("ＡＰＰ下载", "APP下载"),                           // full-width letters
        ("总 体 情 况", "总体情况"),                         // letter-spaced heading
        ("二 、主 动 公 开", "二、主动公开"),
        ("申请 12 件", "申请12件"),                          // Latin-font digits set apart
        ("自 2021 年 1 月 1 日起", "自2021年1月1日起"),
        ("政务 APP 下载", "政务APP下载"),
        ("0 0  12", "0 0 12"),                               // a space between numbers is kept
        ("annual  report 2021", "annual report 2021"),
        ("电话：0602－7350050", "电话：0602-7350050"),       // full-width hyphen
        ("〝三安全一稳定〞", "“三安全一稳定”"),              // odd quotes
        ("（一）予以公开，", "（一）予以公开，"),            // Chinese punctuation kept
        ("\u{3000}\u{3000}主动公开：", "主动公开："),        // ideographic spaces
        ("无\u{200B}。", "无。"),                            // zero-width space
    ])
    func display(input: String, expected: String) {
        #expect(Normalizer.display(input) == expected)
    }

    @Test("wrapped lines join without a space, Latin words with one", arguments: [
        (["按照“谁执", "法、谁公示”的原则"], "按照“谁执法、谁公示”的原则"),
        (["收到政府信息公开申请 199", "件。"], "收到政府信息公开申请199件。"),
        (["the annual", "report"], "the annual report"),
        (["电话：0602-", "7350050）。"], "电话：0602-7350050）。"),
        (["总 体", "情 况"], "总体情况"),
        (["", "  无。 "], "无。"),
    ])
    func joinLines(lines: [String], expected: String) {
        #expect(Normalizer.joinLines(lines) == expected)
    }

    @Test("fold: one form per mark, no spaces, 其它 as 其他", arguments: [
        ("（三）不予 公开", "(三)不予公开"),
        ("危及“三安全一稳定”", "危及\"三安全一稳定\""),
        ("其它处理", "其他处理"),
        ("—3—", "-3-"),
    ])
    func fold(input: String, expected: String) {
        #expect(Normalizer.fold(input) == expected)
    }

    @Test("sentence ends", arguments: [
        ("规范性。", true), ("“谁执法、谁公示。”", true), ("主动公开：", true), ("按照“谁执", false),
        ("（其中未经复议直接起诉1件，复议后起诉0", false), ("", false),
    ])
    func endsSentence(text: String, expected: Bool) {
        #expect(CharacterClass.endsSentence(text) == expected)
    }
}
