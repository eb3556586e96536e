import Testing
@testable import GovReport

@Suite("N1: counts stated in the narrative against the tables")
struct NarrativeRuleTests {
    @Test("stated counts are read from folded text, with spaces around digits and full-width digits",
          arguments: [
              ("全年共收到政府信息公开申请 199 件。", [199.0]),
              ("全年共收到政府信息公开申请１２件。", [12]),
              ("本年度新收政府信息公开申请 28 件，加上年结转 1 件，共 计 29 件。", [28, 1, 29]),
              ("2019 年，我局共收到政府信息公开申请 678 件，上年结转 22 件。", [678, 22]),
              ("其中，自然人申请 539 件，法人或其他组织申请 139 件。", [539, 139]),
              ("结转下 年度继续办理 16 件。", [16]),
              ("全年因政府信息公开引起行政 复议 2 件，行政诉讼 0 件（其中未经复议直接起诉 0 件，复议 后起诉 0 件）。", [2, 0, 0, 0]),
              ("2024 年 1 月 1 日至 2024 年 12 月 31 日，我局 未收到政府信息公开申请。", [0]),
              ("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。", [0, 0]),
              ("已办结 27 件，其中予以公开 22 件。", []),
              ("本年度未发生因政府信息公开被行政复议纠错或行政诉讼败诉的情况。", []),
              ("三、收到和处理政府信息公开申请情况 2021 年，本机关收到和处理政府信息公开申请情况如下表。", []),
          ])
    func claims(text: String, values: [Double]) {
        #expect(NarrativeClaims.claims(in: text).map(\.value) == values)
    }

    @Test("收到 may mean 新收 + 上年结转: 15 = 14 + 1 raises nothing")
    func receivedIncludesCarriedOver() {
        var f = CheckFixture()
        f.narrative = ["全年共收到政府信息公开申请 15 件。"]
        #expect(f.findings.isEmpty)
    }

    @Test("a count that disagrees with every reading raises one N1 warning")
    func disagreesWithEveryReading() throws {
        var f = CheckFixture()
        f.narrative = ["全年共收到政府信息公开申请 16 件。"]
        let findings = f.findings
        #expect(findings.instances == ["N1:narrative"])
        let n1 = try #require(findings.first)
        #expect(n1.severity == .warning && n1.printed == 16 && n1.expected == 14 && n1.page == 1)
        #expect(n1.row == "new_requests" && n1.column == "total")
        #expect(n1.message == "正文称“全年共收到政府信息公开申请16件”（第1页），但第三部分“收到和处理政府信息公开申请情况”表中"
            + "“一、本年新收政府信息公开申请数量”总计为14，“一、本年新收政府信息公开申请数量”总计加“二、上年结转政府信息公开申请数量”总计为15。")
    }

    @Test("新收 is read strictly: 新收 15 against 14 new is N1 even though 14 + 1 carried over = 15")
    func newIsStrict() {
        var f = CheckFixture()
        f.narrative = ["本年度新收政府信息公开申请 15 件。"]
        #expect(f.findings.instances == ["N1:narrative"])
    }

    @Test("未收到申请 against a table with 14 new requests")
    func noRequestsStated() {
        var f = CheckFixture()
        f.narrative = ["我局未收到政府信息公开申请。"]
        #expect(f.findings.first?.printed == 0 && f.findings.first?.expected == 14)
        #expect(f.findings.instances == ["N1:narrative"])
    }

    @Test("行政诉讼 N 件 is direct + after-review litigation")
    func litigationSum() {
        var f = CheckFixture()
        f.narrative = ["全年因政府信息公开引起行政复议 1 件，行政诉讼 2 件。"]
        #expect(f.findings.isEmpty)
        f.narrative = ["全年因政府信息公开引起行政复议 1 件，行政诉讼 1 件。"]
        #expect(f.findings.map(\.expected) == [2])
    }

    @Test("a count wrapped over two paragraphs is read whole")
    func wrappedOverLines() {
        var f = CheckFixture()
        f.narrative = ["本年度新收政府信息公开申请14件，加上年结转1件，共", "计16件。"]
        #expect(f.findings.map(\.printed) == [16])
    }

    @Test("a count whose table cell is blank is not a disagreement")
    func blankCellNotDisagreement() {
        var f = CheckFixture()
        f.print(.requests, "carried_forward", "total", as: "")
        f.narrative = ["结转下年度继续办理 1 件。"]
        #expect(f.findings.rule("N1").isEmpty)
    }

    @Test("no table, no claim: a count that cannot be tied to a cell is not a finding")
    func noTable() {
        var f = CheckFixture()
        f.narrative = ["全年共收到政府信息公开申请 99 件。"]
        var report = f.report
        report.requests = nil
        #expect(Checker().check(report).rule("N1").isEmpty)
    }
}
