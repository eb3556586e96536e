/// Checks one extracted report against the template's rules and returns what it breaks.
///
/// Arithmetic rules R1–R3 (section 三) and R4 (section 四) are errors; B1 (a rule that fails only because of
/// blank cells), N1 (narrative against tables) and the completeness rules C1–C6 are warnings. A table whose
/// reading is not `complete` gets one E1 warning (an extraction doubt) instead of its R1–R4/B1 findings.
/// Reports before 2019 get no arithmetic claims, only C6. See Docs/rules.md.
///
/// ```swift
/// let findings = Checker().check(report)
/// findings.map(\.instance) // ["R2:other_org", "R2:total"]
/// ```
public struct Checker: Sendable {
    public var settings: CheckSettings

    public init(settings: CheckSettings = CheckSettings()) { self.settings = settings }

    /// Every finding, in this order: R1, R2, R3 (with their B1) or E1, R4 or E1, N1, then completeness.
    public func check(_ report: Report) -> [Finding] {
        let year = ReportYear.year(of: report)
        let isPre2019 = report.info.template == .pre2019 || year.map { $0 < 2019 } == true
        if isPre2019 { return CompletenessRules.yearMismatch(report).map { [$0] } ?? [] }
        var findings: [Finding] = []
        var narrative = settings.checkNarrative ? NarrativeRule.check(report, settings: settings) : []
        let tables: [(Table?, [Finding])] = [
            (report.requests, report.requests.map { MatrixRules.check($0, settings: settings) } ?? []),
            (report.reviewLitigation, report.reviewLitigation.map { ReviewRule.check($0, settings: settings) } ?? []),
        ]
        for case let (table?, rules) in tables {
            let status = report.tableStatus[table.kind]
            guard status != .complete else { findings += rules; continue }
            // A narrative count compared with a doubtful table is in doubt too.
            let stated = narrative.filter { $0.table == table.kind.rawValue }
            narrative.removeAll { $0.table == table.kind.rawValue }
            findings += ExtractionDoubt.apply(rules + stated, to: table, status: status)
        }
        findings += narrative
        findings += CompletenessRules.check(report, settings: settings)
        return findings
    }
}
