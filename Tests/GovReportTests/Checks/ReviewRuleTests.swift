import Testing
@testable import GovReport

@Suite("R4 on the section 四 table")
struct ReviewRuleTests {
    @Test("R4: a group whose total is not the sum of its four results, like a2_02")
    func r4() throws {
        var f = CheckFixture(); f.narrative = []
        f.review[1].1 = [1, 0, 0, 10, 1]
        let findings = f.findings
        #expect(findings.instances == ["R4:litigation_direct"])
        let r4 = try #require(findings.first)
        #expect(r4.severity == .error && r4.table == "review_litigation" && r4.page == 5)
        #expect(r4.printed == 1 && r4.expected == 11)
        #expect(r4.rowLabel == "未经复议直接起诉" && r4.columnLabel == "总计")
        #expect(r4.message == "“未经复议直接起诉”：总计印为1，但结果维持、结果纠正、其他结果、尚未审结之和为11。")
    }

    @Test("R4 with a blank total is a blank-cells warning")
    func blankTotal() {
        var f = CheckFixture(); f.narrative = []
        f.print(.reviewLitigation, "review", "total", as: "/")
        let findings = f.findings
        #expect(findings.map(\.rule).sorted() == ["B1", "C5"])
        #expect(findings.rule("B1").first?.message.hasPrefix("R4（总计等于结果维持、结果纠正、其他结果、尚未审结之和）无法核对") == true)
        #expect(findings.rule("B1").first?.expected == 1)
    }
}
