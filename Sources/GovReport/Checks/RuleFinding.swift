/// Turns the outcome of a sum rule into a finding: an error for broken arithmetic, a B1 warning when
/// only blank cells stand in the way, nothing when the sides agree or missing cells leave it open.
enum RuleFinding {
    typealias Sentence = (zh: String, en: String)

    /// - Parameters:
    ///   - anchor: the cell the finding points at (the printed total the rule checks).
    ///   - expected: the value the anchor would need for the rule to hold.
    ///   - ruleName: the rule in a few words, quoted by the blank-cells warning.
    ///   - text: the sentence for a broken rule, given a number formatter.
    static func make(_ outcome: SumOutcome, rule: String, table: Table, anchor: CellRef, expected: Double,
                     ruleName: Sentence, text: ((Double) -> String) -> Sentence) -> Finding? {
        switch outcome {
        case .holds, .unverifiable:
            return nil
        case .broken:
            let sentence = text(FindingText.number)
            return Finding(rule: rule, severity: .error, table: table, row: anchor.row, column: anchor.column,
                           printed: anchor.value, expected: expected, page: anchor.cell?.page,
                           message: sentence.zh, messageEnglish: sentence.en)
        case let .blankCells(left, right, blanks):
            return blankCells(rule: rule, table: table, blanks: blanks, gap: abs(left - right), ruleName: ruleName)
        }
    }

    /// A printed total against the sum of its parts (R2, R3, R4); `text` gets the number formatter, the
    /// printed total and the sum.
    static func totalOfParts(_ total: CellRef, _ parts: [CellRef], rule: String, table: Table, tolerance: Double,
                             ruleName: Sentence,
                             text: @escaping (_ n: (Double) -> String, _ printed: Double, _ sum: Double) -> Sentence) -> Finding? {
        let sum = parts.reduce(0) { $0 + $1.value }
        return make(SumCheck.compare(left: [total], right: parts, tolerance: tolerance), rule: rule, table: table,
                    anchor: total, expected: sum, ruleName: ruleName, text: { n in text(n, total.value, sum) })
    }

    /// B1: the rule fails only because of blank or placeholder cells.
    static func blankCells(rule: String, table: Table, blanks: [CellRef], gap: Double, ruleName: Sentence) -> Finding {
        let first = blanks[0]
        let name = FindingText.cellName(table.kind, table.template, row: first.row, column: first.column)
        let page = FindingText.page(first.cell?.page)
        let n = FindingText.number
        let shown = first.cell.map { $0.printed.isEmpty ? "空白" : "“\($0.printed)”" } ?? "空白"
        let shownEn = first.cell.map { $0.printed.isEmpty ? "blank" : "\"\($0.printed)\"" } ?? "blank"
        let more = blanks.count > 1 ? "等\(blanks.count)个单元格" : ""
        let moreEn = blanks.count > 1 ? " and \(blanks.count - 1) more blank cell(s)" : ""
        return Finding(
            rule: "B1", severity: .warning, table: table, row: first.row, column: first.column,
            printed: first.cell?.value, expected: blanks.count == 1 ? gap : nil, page: first.cell?.page,
            message: "\(rule)（\(ruleName.zh)）无法核对：\(name.zh)\(more)印为\(shown)\(page.zh)，按0计算差\(n(gap))；空白不等于0，请核实应填数字。",
            messageEnglish: "\(rule) (\(ruleName.en)) cannot be verified: \(name.en)\(moreEn) is printed \(shownEn)\(page.en); "
                + "read as 0 the sides differ by \(n(gap)). Blank is not zero: check what the cell should say.")
    }
}
