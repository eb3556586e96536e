import GovReport
import Testing

@Suite struct PlainTextLinesTests {
    @Test("CRLF, CR and LF line ends all end a line (Windows-saved text is not one long line)")
    func lineEnds() {
        for separator in ["\n", "\r\n", "\r"] {
            let text = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"].joined(separator: separator)
            let lines = TextLines.lines(fromPlainText: text)
            #expect(lines.map(\.text) == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"],
                    "separator \(separator.unicodeScalars.map(\.value))")
        }
    }

    @Test("a form feed starts a new page also after CRLF")
    func formFeedAfterCRLF() {
        let lines = TextLines.lines(fromPlainText: "第一页\r\n\u{0C}第二页\r\n")
        #expect(lines.filter { !$0.text.isEmpty }.map(\.page) == [1, 2])
    }
}
