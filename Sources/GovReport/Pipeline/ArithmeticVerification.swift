/// Checks a table reading against the template's arithmetic (R1–R3 in section 三, R4 in section 四) and
/// decides between readings of the same printed tokens.
///
/// A reading whose arithmetic holds is trusted. One that breaks it is either a misreading or a report
/// printed that way; it counts as printed that way (unambiguous) when another reading of the same tokens
/// gives the very same cells, or when one printed cell accounts for every break (the typo a publisher
/// makes). Otherwise the reading is disputed: it keeps its cells and says which rows are in doubt.
///
/// ```swift
/// ArithmeticVerification.brokenRules(table)          // ["R2:other_org", "R3:granted"]
/// ArithmeticVerification.explainedByOneCell(table)   // true when one cell's value repairs them all
/// ```
enum ArithmeticVerification {
    private static let settings = CheckSettings()

    /// The broken arithmetic instances of a table (errors only: a break that blank cells could repair is
    /// left to `rowsMissingValues`), e.g. `R1:total`, `R3:granted`, `R4:review`.
    static func brokenRules(_ table: Table) -> [String] {
        broken(table).map(\.instance)
    }

    /// The findings behind `brokenRules`: each names its rule and its row (R3, R4) or column (R1, R2).
    static func broken(_ table: Table) -> [Finding] {
        findings(table).filter { $0.severity == .error }
    }

    /// Rows with a blank cell that a printed total says holds a number: the total exceeds the sum of its
    /// parts, and a part printed nothing (R2 per column, R3 per row in section 三; R4 in section 四). A
    /// publisher who leaves totals blank (the total is the blank) is printed that way; a blank *part* under
    /// a larger total is a value the reading may have missed. With `blankTotals` (pages read by OCR, where a
    /// blank may be a number the recognition never found) a blank total over printed parts is one too.
    static func rowsMissingValues(_ table: Table, blankTotals: Bool = false) -> [String] {
        // Only a blank cell can be a missed value (most readings have none).
        guard table.rows.indices.contains(where: { r in
            table.rows[r].cells.indices.contains { table.rows[r].cells[$0].cell.printed.isEmpty }
        }) else { return [] }
        var rows: [String] = []
        func check(total: Cell?, row: String, parts: [Part]) {
            if blankTotals, let total, total.printed.isEmpty,
               parts.reduce(0, { $0 + $1.value }) > settings.tolerance, !rows.contains(row) {
                rows.append(row)
            }
            guard let printed = total, !printed.isPlaceholder else { return }
            // Every part blank: the publisher left the whole column (or row) out, as printed.
            guard parts.contains(where: { !$0.isBlank }) else { return }
            let sum = parts.reduce(0) { $0 + $1.value }
            guard printed.value > sum + settings.tolerance else { return }
            for part in parts where part.isBlank && !rows.contains(part.row) { rows.append(part.row) }
        }
        switch table.kind {
        case .requests:
            let total = table["total"]
            var columnParts: [String: [Part]] = [:]
            for key in MatrixRules.outcomeRows(table) {
                guard let row = table[key] else { continue }
                for (column, cell) in row.cells { columnParts[column, default: []].append(Part(row: key, cell: cell)) }
            }
            for column in TemplateRows.requestColumns.map(\.key) {
                check(total: total?[column], row: "total", parts: columnParts[column] ?? [])
            }
            for row in table.rows {
                check(total: row["total"], row: row.key, parts: Part.of(row, MatrixRules.applicantColumns))
            }
        case .reviewLitigation:
            for row in table.rows {
                check(total: row["total"], row: row.key, parts: Part.of(row, ReviewRule.parts))
            }
        case .proactive:
            break
        }
        return rows
    }

    /// A found cell taking part in a sum, as `rowsMissingValues` needs it: its row, value, and whether it is blank.
    private struct Part {
        var row: String
        var value: Double
        var isBlank: Bool

        init(row: String, cell: Cell) { self.row = row; value = cell.value; isBlank = cell.printed.isEmpty }

        /// The cells of `row` in `columns` (those found).
        static func of(_ row: TableRow, _ columns: [String]) -> [Part] {
            row.cells.compactMap { columns.contains($0.column) ? Part(row: row.key, cell: $0.cell) : nil }
        }
    }

    /// A warning per cell of section 三 or 四 read as negative: those tables count requests and cases, so a
    /// negative cell is a misreading (a placeholder dash glued to a number, `—2`), never a printed count
    /// (`cell_unreadable`).
    static func negativeCounts(_ table: Table) -> [ExtractionWarning] {
        guard table.kind != .proactive else { return [] }
        return table.rows.flatMap { row in
            row.cells.filter { $0.cell.value < 0 }.map { column, cell in
                ExtractionWarning(code: "cell_unreadable",
                                  message: "Cell \(row.key)/\(column) prints \"\(cell.printed)\", read as \(cell.value); request counts are never negative: check the table.",
                                  table: table.kind.rawValue, row: row.key, column: column, page: cell.page)
            }
        }
    }

    /// The checker's findings on the table with placeholders ("—", "/", "无") read as the zeros they print:
    /// only a truly blank cell is an unknown here (the checker, judging the publisher, is more lenient).
    private static func findings(_ table: Table) -> [Finding] {
        // Reading placeholders as zeros changes no value, only which cells count as blank, and blank
        // cells matter only where a rule does not hold: a table that passes as it is passes so too.
        let asRead = check(table)
        guard !asRead.isEmpty else { return [] }
        return check(zeroed(table, blanks: false))
    }

    /// The table with its placeholders ("—", "/", "无"; with `blanks`, blank cells too) printed as "0".
    private static func zeroed(_ table: Table, blanks: Bool) -> Table {
        var zeroed = table
        for r in zeroed.rows.indices {
            for c in zeroed.rows[r].cells.indices where zeroed.rows[r].cells[c].cell.isPlaceholder
                && (blanks || !zeroed.rows[r].cells[c].cell.printed.isEmpty) {
                zeroed.rows[r].cells[c].cell.printed = "0"
            }
        }
        return zeroed
    }

    /// The broken sums with every blank cell and placeholder read as the 0 it is recorded as: a table read
    /// right from a consistent report breaks none.
    static func brokenWithBlanksAsZero(_ table: Table) -> [Finding] {
        check(zeroed(table, blanks: true)).filter { $0.severity == .error }
    }

    private static func check(_ table: Table) -> [Finding] {
        switch table.kind {
        case .requests: return MatrixRules.check(table, settings: settings)
        case .reviewLitigation: return ReviewRule.check(table, settings: settings)
        case .proactive: return []
        }
    }

    /// True when changing one cell (to the value one of the broken rules asks of it), or one applicant cell
    /// and its row's total by the same amount, repairs every break: the typo a publisher makes.
    static func explainedByOneCell(_ table: Table) -> Bool {
        let broken = findings(table).filter { $0.severity == .error }
        guard !broken.isEmpty else { return true }
        for finding in broken {
            for (row, column, value) in repairs(of: finding, in: table) {
                var repaired = table
                repaired.setValue(row, column, value)
                if brokenRules(repaired).isEmpty { return true }
                // The same typo carried into its row's total (the row still adds up).
                guard table.kind == .requests, column != "total", let cell = table[row, column],
                      let total = table[row, "total"] else { continue }
                repaired.setValue(row, "total", total.value + value - cell.value)
                if brokenRules(repaired).isEmpty { return true }
            }
        }
        return false
    }

    /// Each single-cell change that makes one broken sum rule hold: (row, column, new value). The rule's
    /// anchor is its printed total P, `expected` what P would need to be; with d = P − expected, the
    /// total becomes `expected`, a part on the parts' side grows by d, and R1's carried_forward (on the
    /// total's side) shrinks by d.
    private static func repairs(of finding: Finding, in table: Table) -> [(String, String, Double)] {
        guard let row = finding.row, let column = finding.column, let printed = finding.printed,
              let expected = finding.expected else { return [] }
        let d = printed - expected
        let parts: [(String, String)]
        switch finding.rule {
        case "R1": parts = ["new_requests", "carried_over", "carried_forward"].map { ($0, column) }
        case "R2": parts = MatrixRules.outcomeRows(table).map { ($0, column) }
        case "R3": parts = MatrixRules.applicantColumns.map { (row, $0) }
        case "R4": parts = ReviewRule.parts.map { (row, $0) }
        default: parts = []
        }
        return [(row, column, expected)] + parts.compactMap { r, c in
            table[r, c].map { (r, c, $0.value + (finding.rule == "R1" && r == "carried_forward" ? -d : d)) }
        }
    }
}

extension Table {
    /// Sets the value of an existing cell (the printed text is left as it was).
    mutating func setValue(_ row: String, _ column: String, _ value: Double) {
        guard let r = rows.firstIndex(where: { $0.key == row }),
              let c = rows[r].cells.firstIndex(where: { $0.column == column }) else { return }
        rows[r].cells[c].cell.value = value
    }
}
