import Testing
@testable import GovReport

@Suite("E1: findings against a table read without certainty")
struct ExtractionDoubtTests {
    @Test("a broken R2 in a partial table is one E1 warning naming the rules and rows, not an error")
    func partialTable() throws {
        var f = CheckFixture(); f.narrative = []
        f.set("granted", "natural_person", 8)   // R2 natural_person and R3 granted break
        var report = f.report
        #expect(Checker().check(report).instances.sorted() == ["R2:natural_person", "R3:granted"])
        report.tableStatus.requests = .partial
        let findings = Checker().check(report)
        #expect(findings.instances == ["E1:total"])   // R2 anchors on the total row
        let e1 = try #require(findings.rule("E1").first)
        #expect(e1.severity == .warning && e1.table == "requests" && e1.page == 4)
        #expect(e1.messageEnglish.contains("R2:natural_person, R3:granted"))
        #expect(e1.message.contains("（一）予以公开"))
    }

    @Test("a narrative count compared with a doubtful table joins its E1 instead of raising N1")
    func narrativeJoins() {
        var f = CheckFixture()
        f.narrative = ["依申请公开：全年共收到政府信息公开申请 16 件。"]
        var report = f.report
        #expect(Checker().check(report).instances == ["N1:narrative"])
        report.tableStatus.requests = .partial
        let findings = Checker().check(report)
        #expect(findings.instances == ["E1"])
        #expect(findings[0].messageEnglish.contains("N1:narrative"))
    }

    @Test("a complete table keeps its R findings")
    func completeTable() {
        var f = CheckFixture(); f.narrative = []
        f.set("carried_forward", "total", 2)
        var report = f.report
        report.tableStatus.requests = .complete
        #expect(Checker().check(report).instances == ["R1:total", "R3:carried_forward"])
    }
}

@Suite("N1: 收到 beside 上年结转")
struct NarrativeCarriedOverTests {
    @Test("a sentence stating both 收到 N 件 and 上年结转 M 件 reads N as the new requests only")
    func receivedBesideCarried() {
        var f = CheckFixture()   // 14 new + 1 carried over
        f.narrative = ["依申请公开：全年共收到政府信息公开申请 15 件，上年结转 1 件。"]
        #expect(f.findings.instances == ["N1:narrative"])   // 15 would be new + carried, but the sentence says 结转 apart
        f.narrative = ["依申请公开：全年共收到政府信息公开申请 15 件。"]
        #expect(f.findings.isEmpty)   // alone, 收到 may include the carried-over request
        f.narrative = ["依申请公开：全年共收到政府信息公开申请 14 件，上年结转 1 件。"]
        #expect(f.findings.isEmpty)
    }
}
