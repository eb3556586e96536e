import GovReport
import Testing

@Suite struct CellValueTests {
    @Test("numbers as printed in real reports", arguments: [
        ("0", 0.0), ("151", 151), ("１２３", 123), ("1,234", 1234), ("0.35", 0.35), ("190.06", 190.06),
        ("+12", 12), ("-3", -3), ("+1036", 1036), ("251000元", 251000), ("12 件", 12),
    ])
    func numbers(text: String, value: Double) throws {
        let parsed = try #require(CellValue.parse(text))
        #expect(parsed.value == value)
        #expect(!parsed.isPlaceholder)
    }

    @Test("placeholders are the template's 0", arguments: ["", "—", "-", "--", "/", "／", "无", "不适用", "——"])
    func placeholders(text: String) throws {
        let parsed = try #require(CellValue.parse(text))
        #expect(parsed.value == 0)
        #expect(parsed.isPlaceholder)
    }

    @Test("units are recorded")
    func unit() {
        #expect(CellValue.parse("251000元")?.unit == "元")
        #expect(CellValue.parse("3.5万元")?.unit == "万元")
    }

    @Test("labels and malformed numbers are not values", arguments: ["规章", "1.属于国家秘密", "12,34", "1.2.3", "三", "-4-", "第3页"])
    func notValues(text: String) {
        #expect(CellValue.parse(text) == nil)
    }
}
