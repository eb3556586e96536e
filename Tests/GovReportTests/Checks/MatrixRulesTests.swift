import Testing
@testable import GovReport

@Suite("R1–R3 on the section 三 matrix")
struct MatrixRulesTests {
    @Test("a consistent report has no finding at all")
    func consistent() {
        #expect(CheckFixture().findings.isEmpty)
        var f2019 = CheckFixture()
        f2019.year = 2020; f2019.template = .v2019; f2019.requests = CheckFixture.requests2019
        f2019.title = "清河市测试局2020年政府信息公开工作年度报告"
        f2019.preamble = ["本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"]
        #expect(f2019.findings.isEmpty)
    }

    @Test("R1: carried forward raised by one breaks R1 in the total column (and R3 in its row)")
    func r1() throws {
        var f = CheckFixture(); f.narrative = []
        f.set("carried_forward", "total", 2)
        let findings = f.findings
        #expect(findings.instances == ["R1:total", "R3:carried_forward"])
        let r1 = try #require(findings.rule("R1").first)
        #expect(r1.severity == .error)
        #expect(r1.row == "total" && r1.column == "total")
        #expect(r1.printed == 14 && r1.expected == 13 && r1.page == 4)
        #expect(r1.columnLabel == "总计")
        #expect(r1.message == "“总计”列：本年新收14件加上年结转1件共15件，但办理结果总计14件加结转下年度2件共16件，两者应相等。")
    }

    @Test("R2: a leaf cell and its row total both changed break R2 in two columns, like a1_04")
    func r2() throws {
        var f = CheckFixture()
        f.set("granted", "other_org", 2); f.set("granted", "total", 8)
        let findings = f.findings
        #expect(findings.instances == ["R2:other_org", "R2:total"])
        let r2 = try #require(findings.rule("R2").first)
        #expect(r2.row == "total" && r2.column == "other_org" && r2.printed == 1 && r2.expected == 2)
        #expect(r2.rowLabel == "（七）总计" && r2.columnLabel == "其他")
        #expect(r2.messageEnglish == "Column other_org: the printed total of outcomes is 1, but the outcome rows add up to 2.")
    }

    @Test("R3: one applicant cell changed breaks R3 in its row and R2 in its column")
    func r3() throws {
        var f = CheckFixture()
        f.set("withheld.third_party_rights", "commercial", 2)
        let findings = f.findings
        #expect(findings.instances == ["R2:commercial", "R3:withheld.third_party_rights"])
        let r3 = try #require(findings.rule("R3").first)
        #expect(r3.column == "total" && r3.printed == 1 && r3.expected == 3)
        #expect(r3.rowLabel == "（三）不予公开 4.保护第三方合法权益")
        #expect(r3.message == "“（三）不予公开 4.保护第三方合法权益”行：总计印为1，但六类申请人之和为3。")
    }

    @Test("R2 sums the single （六）其他处理 row of a 2019 table")
    func r2With2019Other() {
        var f = CheckFixture()
        f.year = 2020; f.template = .v2019; f.requests = CheckFixture.requests2019
        f.title = "清河市测试局2020年政府信息公开工作年度报告"; f.narrative = []
        f.preamble = []
        f.set("other", "commercial", 0)  // the row now says 0 + … = 1 in its total: R3, and R2 in commercial
        #expect(f.findings.instances == ["R2:commercial", "R3:other"])
    }

    @Test("blank is not zero: a blank 总计 column of the leaf rows gives blank-cell warnings, not errors")
    func blankTotalColumn() {
        var f = CheckFixture()
        for (key, _) in f.requests where MatrixRules.outcomeRows(f.requestsTable).contains(key) {
            f.print(.requests, key, "total", as: "")
        }
        let findings = f.findings
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        // Six non-zero leaf rows fail R3 only because of the blank, and R2 fails in the total column.
        #expect(findings.rule("B1").count == 7)
        #expect(findings.rule("B1").allSatisfy { $0.severity == .warning })
        #expect(findings.rule("C5").count == 1)
        #expect(findings.rule("C5").first?.message.hasPrefix("第三部分“收到和处理政府信息公开申请情况”表有21个单元格未填数字") == true)
    }

    @Test("a blank cell on the larger side does not excuse a wrong total")
    func blankOnLargerSide() {
        var f = CheckFixture()
        f.print(.requests, "granted", "natural_person", as: "—")  // granted: — 1 0 0 0 1 | 7
        f.set("granted", "total", 1)                               // 1 < 0+1+0+0+0+1 = 2: still wrong
        let findings = f.findings
        #expect(findings.rule("R3").map(\.row) == ["granted"])
        #expect(findings.rule("R3").first?.severity == .error && findings.rule("R3").first?.expected == 2)
        // The natural_person column's total (10) exceeds its leaves (5 with the blank): the blank could explain it.
        #expect(findings.rule("B1").map(\.column) == ["natural_person"])
        #expect(findings.instances == ["B1:granted", "C5:granted", "R2:total", "R3:granted"])
    }

    @Test("missing cells are left to the completeness rules, not reported as arithmetic")
    func missingRowNoArithmetic() {
        var f = CheckFixture()
        f.removedRows = ["granted"]
        #expect(f.findings.instances == ["C3:granted"])
    }
}
