import Testing
@testable import GovReport

@Suite("Completeness: sections, tables, rows, template, blank cells, year")
struct CompletenessRulesTests {
    @Test("C1: a missing section")
    func missingSection() {
        var f = CheckFixture()
        f.sectionNumbers = [1, 2, 3, 4, 6]
        #expect(f.findings.map(\.rule) == ["C1"])
        #expect(f.findings.first?.message == "报告中未找到第五部分“存在的主要问题及改进情况”。")
    }

    @Test("C2: a missing table, and no arithmetic on it")
    func missingTable() {
        var report = CheckFixture().report
        report.reviewLitigation = nil
        let findings = Checker().check(report)
        #expect(findings.map(\.rule) == ["C2"])
        #expect(findings.first?.table == "review_litigation")
        #expect(findings.first?.messageEnglish == "The section 4 table (review and litigation) was not found; its figures cannot be checked.")
    }

    @Test("C3: a missing row, and a row missing columns")
    func missingRowsAndColumns() {
        var f = CheckFixture(); f.narrative = []
        f.removedRows = ["withheld.state_secret"]
        #expect(f.findings.instances == ["C3:withheld.state_secret"])
        #expect(f.findings.first?.rowLabel == "（三）不予公开 1.属于国家秘密")

        var report = CheckFixture().report
        report.reviewLitigation?.rows[2].cells.removeLast(2)
        let findings = Checker().check(report)
        #expect(findings.instances == ["C3:litigation_after_review"])
        #expect(findings.first?.message == "第四部分“行政复议、行政诉讼情况”表“复议后起诉”行缺少“尚未审结”“总计”列的数字。")
    }

    @Test("C4: 2019 tables in a 2021 report; 2021 tables in a 2020 report are legal")
    func templateMismatch() {
        var f = CheckFixture()
        f.template = .v2019; f.requests = CheckFixture.requests2019
        let findings = f.findings
        #expect(findings.map(\.rule) == ["C4", "C4", "C4"])
        #expect(findings.first?.message == "这是2021年度报告，应使用2021年版模板，但第二部分“主动公开政府信息情况”表按2019年版模板印制。")

        var legal = CheckFixture()
        legal.year = 2020; legal.title = "清河市测试局2020年政府信息公开工作年度报告"
        legal.preamble = ["本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"]
        #expect(legal.findings.isEmpty)
    }

    @Test("C4: a 2021 table printing the single （六）其他处理 row, without C3 for the three sub-rows")
    func singleOtherRowIn2021() {
        var f = CheckFixture()
        f.requests = CheckFixture.requests2019
        #expect(f.findings.instances == ["C4:other"])
    }

    @Test("C5: placeholder cells are reported once per table, with their count")
    func emptyCells() throws {
        var f = CheckFixture()
        f.print(.proactive, "regulations", "issued", as: "—")
        f.print(.proactive, "fees", "amount_10k_yuan", as: "")
        let findings = f.findings
        #expect(findings.instances == ["C5:regulations"])
        let c5 = try #require(findings.first)
        #expect(c5.page == 3 && c5.table == "proactive")
        #expect(c5.message == "第二部分“主动公开政府信息情况”表有2个单元格未填数字，如“规章”行“本年制发件数”列印为“—”（第3页）；这些单元格按0记录，请核实。")
    }

    @Test("C6: the title's year contradicts the statistics period")
    func yearMismatch() throws {
        var f = CheckFixture()
        f.title = "清河市测试局2022年政府信息公开工作年度报告"
        f.preamble = ["本报告中所列数据的统计期限自 2021 年 1 月 1 日", "起至 2021 年 12 月 31 日止。"]
        let c6 = try #require(f.findings.first)
        #expect(f.findings.map(\.rule) == ["C6"])
        #expect(c6.printed == 2022 && c6.expected == 2021)
        #expect(c6.message == "标题写的是2022年，但正文所述统计期限为2021年至2021年。")
    }

    @Test("reports before 2019 get no arithmetic or completeness claims")
    func pre2019() {
        var report = CheckFixture().report
        report.info = ReportInfo(title: "某局2017年政府信息公开工作年度报告", year: 2017, template: .pre2019)
        report.requests = nil; report.reviewLitigation = nil; report.proactive = nil; report.sections = []
        report.preamble = []
        #expect(Checker().check(report).isEmpty)
    }
}
