/// Rules R1–R3 on the section 三 matrix.
///
/// - R1, per column: `new_requests + carried_over == total + carried_forward`.
/// - R2, per column: `total` == the sum of the outcome leaf rows (`granted` … `other*`).
/// - R3, per row: column `total` == the sum of the six applicant columns.
///
/// ```swift
/// MatrixRules.check(report.requests!, settings: CheckSettings()) // [Finding] (R1…R3, B1)
/// ```
enum MatrixRules {
    static let applicantColumns = TemplateRows.requestColumns.map(\.key).filter { $0 != "total" }

    static func check(_ table: Table, settings: CheckSettings) -> [Finding] {
        r1(table, settings) + r2(table, settings) + r3(table, settings)
    }

    /// The row set a requests table follows: a single `other` row means the 2019 form, `other.*` rows the
    /// 2021 form, whatever template its other wording suggested.
    static func form(of table: Table) -> TemplateVersion {
        if table["other"] != nil { return .v2019 }
        if table.rows.contains(where: { $0.key.hasPrefix("other.") }) { return .v2021 }
        return table.template
    }

    /// The outcome leaf rows (`granted` … `other*`) of the table's form, in template order, found or not:
    /// a row that was not found is an unknown, not a 0.
    static func outcomeRows(_ table: Table) -> [String] {
        form(of: table) == .v2019 ? outcomeRows2019 : outcomeRows2021
    }

    private static let outcomeRows2019 = outcomeRows(of: .v2019), outcomeRows2021 = outcomeRows(of: .v2021)

    private static func outcomeRows(of template: TemplateVersion) -> [String] {
        TemplateRows.requestRows(template).map(\.key).filter { key in
            key != "total" && TemplateRows.outcomeRowPrefixes.contains { prefix in
                key == prefix || key.hasPrefix(prefix.hasSuffix(".") ? prefix : prefix + ".")
            }
        }
    }

    static func r1(_ table: Table, _ settings: CheckSettings) -> [Finding] {
        TemplateRows.requestColumns.map(\.key).compactMap { column in
            let new = CellRef(table, "new_requests", column), over = CellRef(table, "carried_over", column)
            let total = CellRef(table, "total", column), forward = CellRef(table, "carried_forward", column)
            let outcome = SumCheck.compare(left: [new, over], right: [total, forward], tolerance: settings.tolerance)
            return RuleFinding.make(
                outcome, rule: "R1", table: table, anchor: total,
                expected: new.value + over.value - forward.value,
                ruleName: ("第一项加第二项之和等于第三项加第四项之和", "new + carried over = total + carried forward"),
                text: { n in
                    let col = FindingText.columnLabel(.requests, table.template, row: "total", column)
                    return ("“\(col)”列：本年新收\(n(new.value))件加上年结转\(n(over.value))件共\(n(new.value + over.value))件，"
                        + "但办理结果总计\(n(total.value))件加结转下年度\(n(forward.value))件共\(n(total.value + forward.value))件，两者应相等。",
                     "Column \(column): new requests \(n(new.value)) + carried over \(n(over.value)) = \(n(new.value + over.value)), "
                        + "but total handled \(n(total.value)) + carried forward \(n(forward.value)) = \(n(total.value + forward.value)); they must be equal.")
                })
        }
    }

    static func r2(_ table: Table, _ settings: CheckSettings) -> [Finding] {
        let leaves = outcomeRows(table)
        guard let total = table["total"], !leaves.isEmpty else { return [] }
        let leafRows = leaves.map { (key: $0, row: table[$0]) }
        return TemplateRows.requestColumns.map(\.key).compactMap { column in
            // Most columns add up: told from the values alone, before any cell is looked at whole.
            var sum = 0.0
            for i in leafRows.indices { sum += leafRows[i].row?.value(in: column) ?? 0 }
            if SumCheck.agree(total.value(in: column) ?? 0, sum, tolerance: settings.tolerance) { return nil }
            return RuleFinding.totalOfParts(
                CellRef(total, column), leafRows.map { CellRef($0.row, key: $0.key, column) },
                rule: "R2", table: table, tolerance: settings.tolerance,
                ruleName: ("（七）总计等于各项办理结果之和", "total = sum of the outcome rows"),
                text: { n, printed, sum in
                    let col = FindingText.columnLabel(.requests, table.template, row: "total", column)
                    return ("“\(col)”列：（七）总计印为\(n(printed))，但各项办理结果之和为\(n(sum))。",
                     "Column \(column): the printed total of outcomes is \(n(printed)), but the outcome rows add up to \(n(sum)).")
                })
        }
    }

    static func r3(_ table: Table, _ settings: CheckSettings) -> [Finding] {
        table.rows.compactMap { row in
            guard let printed = row.value(in: "total") else { return nil }
            // Most rows add up: told from the values alone, before any cell is looked at whole.
            let sum = applicantColumns.reduce(0) { $0 + (row.value(in: $1) ?? 0) }
            if SumCheck.agree(printed, sum, tolerance: settings.tolerance) { return nil }
            let total = CellRef(row, "total")
            return RuleFinding.totalOfParts(
                total, applicantColumns.map { CellRef(row, $0) },
                rule: "R3", table: table, tolerance: settings.tolerance,
                ruleName: ("总计等于六类申请人之和", "total = sum of the six applicant columns"),
                text: { n, printed, sum in
                    let label = FindingText.rowLabel(.requests, table.template, row.key)
                    return ("“\(label)”行：总计印为\(n(printed))，但六类申请人之和为\(n(sum))。",
                     "Row \(row.key): the printed total is \(n(printed)), but the six applicant columns add up to \(n(sum)).")
                })
        }
    }
}

