/// Rule R4 on the section 四 table: in each group (行政复议, 未经复议直接起诉, 复议后起诉),
/// `total == upheld + corrected + other + pending`.
///
/// The table has one row per group (`review`, `litigation_direct`, `litigation_after_review`) and the
/// columns of `TemplateRows.reviewColumns`.
enum ReviewRule {
    static let parts = ["upheld", "corrected", "other", "pending"]

    static func check(_ table: Table, settings: CheckSettings) -> [Finding] {
        TemplateRows.reviewGroups.map(\.key).compactMap { group in
            guard let row = table[group] else { return nil }
            return RuleFinding.totalOfParts(
                CellRef(row, "total"), parts.map { CellRef(row, $0) },
                rule: "R4", table: table, tolerance: settings.tolerance,
                ruleName: ("总计等于结果维持、结果纠正、其他结果、尚未审结之和", "total = upheld + corrected + other + pending"),
                text: { n, printed, sum in
                    let label = FindingText.rowLabel(.reviewLitigation, table.template, group)
                    return ("“\(label)”：总计印为\(n(printed))，但结果维持、结果纠正、其他结果、尚未审结之和为\(n(sum))。",
                     "\(group): the printed total is \(n(printed)), but upheld + corrected + other + pending = \(n(sum)).")
                })
        }
    }
}
