/// Rule R4 on the section 四 table: in each group (行政复议, 未经复议直接起诉, 复议后起诉),
/// `total == upheld + corrected + other + pending`.
///
/// The table has one row per group (`review`, `litigation_direct`, `litigation_after_review`) and the
/// columns of `TemplateRows.reviewColumns`.
enum ReviewRule {
    static let parts = ["upheld", "corrected", "other", "pending"]

    static func check(_ table: Table, settings: CheckSettings) -> [Finding] {
        TemplateRows.reviewGroups.map(\.key).compactMap { group in
            guard table[group] != nil else { return nil }
            let total = CellRef(table, group, "total")
            let cells = parts.map { CellRef(table, group, $0) }
            let sum = cells.reduce(0) { $0 + $1.value }
            let label = FindingText.rowLabel(.reviewLitigation, table.template, group)
            return RuleFinding.make(
                SumCheck.compare(left: [total], right: cells, tolerance: settings.tolerance),
                rule: "R4", table: table, anchor: total, expected: sum,
                ruleName: ("总计等于结果维持、结果纠正、其他结果、尚未审结之和", "total = upheld + corrected + other + pending"),
                text: { n in
                    ("“\(label)”：总计印为\(n(total.value))，但结果维持、结果纠正、其他结果、尚未审结之和为\(n(sum))。",
                     "\(group): the printed total is \(n(total.value)), but upheld + corrected + other + pending = \(n(sum)).")
                })
        }
    }
}
