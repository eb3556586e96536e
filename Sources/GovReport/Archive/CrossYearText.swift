/// The sentences of the cross-year findings, and the cell differences X3 reports.
enum CrossYearText {
    typealias Sentence = (zh: String, en: String)

    /// One cell that differs between two versions of a report.
    struct Difference {
        var row: String
        var column: String
        /// This version's value (nil: the cell is missing here) and the other version's.
        var value: Double?
        var other: Double?
        var page: Int?
        var otherPage: Int?
    }

    /// The clause that makes a finding a doubt about the reading: some table concerned is not `complete`, or
    /// a cell concerned is blank. Nil when the reading is certain.
    static func doubt(_ tables: [(ArchivedReport, TableKind)], blank: Bool) -> Sentence? {
        let uncertain = tables.filter { $0.0.report.tableStatus[$0.1] != .complete }
        if let (archived, kind) = uncertain.first {
            let status = archived.report.tableStatus[kind].rawValue
            let year = archived.year.map(String.init) ?? "?"
            let name = FindingText.tableName(kind)
            return ("（\(year)年报告的\(name.zh)识别状态为\(status)，差异可能来自识别而非原文，请先核对原文。）",
                    " (The \(year) report's \(name.en) was read as \(status): the difference may come from the reading, not from the publisher; check the original first.)")
        }
        if blank {
            return ("（所涉单元格有空白，按0计算；空白不等于0，请核实。）",
                    " (A cell concerned is blank, read as 0; blank is not zero, please verify.)")
        }
        return nil
    }

    /// X2's sentence: the printed 现行有效件数, the sum it should be, and the value each term would need
    /// if it alone were wrong.
    static func inForce(row label: String, key: String, year: Int, previousYear: Int, last: Double, issued: Double,
                        repealed: Double, printed: Double, page: Int?) -> Sentence {
        let n = FindingText.number
        let expected = last + issued - repealed
        var zhTerms: [String] = [], enTerms: [String] = []
        let lastNeeded = printed - issued + repealed, issuedNeeded = printed - last + repealed
        let repealedNeeded = last + issued - printed
        if lastNeeded >= 0 { zhTerms.append("\(previousYear)年现行有效件数应为\(n(lastNeeded))"); enTerms.append("\(previousYear) in force \(n(lastNeeded))") }
        if issuedNeeded >= 0 { zhTerms.append("本年制发件数应为\(n(issuedNeeded))"); enTerms.append("issued \(n(issuedNeeded))") }
        if repealedNeeded >= 0 { zhTerms.append("本年废止件数应为\(n(repealedNeeded))"); enTerms.append("repealed \(n(repealedNeeded))") }
        return ("“\(label)”：\(year)年现行有效件数印为\(n(printed))件\(FindingText.page(page).zh)，但\(previousYear)年现行有效\(n(last))件"
                    + "加本年制发\(n(issued))件减本年废止\(n(repealed))件为\(n(expected))件。若只有一项有误：" + zhTerms.joined(separator: "，或") + "。",
                "\(key): \(year) prints \(n(printed)) in force\(FindingText.page(page).en), but \(previousYear)'s \(n(last)) in force "
                    + "+ \(n(issued)) issued − \(n(repealed)) repealed = \(n(expected)). If one term alone is wrong, it is: "
                    + enTerms.joined(separator: ", or ") + ".")
    }

    /// The cells whose values differ between two versions of a table (a cell present in one only counts).
    static func differences(_ a: Table?, _ b: Table?, tolerance: Double) -> [Difference] {
        let rows = (a?.rows ?? []).map(\.key) + (b?.rows ?? []).map(\.key).filter { key in a?[key] == nil }
        return rows.flatMap { row -> [Difference] in
            let columns = (a?[row]?.cells.map(\.column) ?? []) + (b?[row]?.cells.map(\.column) ?? []).filter { a?[row, $0] == nil }
            return columns.compactMap { column in
                let x = a?[row, column], y = b?[row, column]
                if let x, let y, abs(x.value - y.value) <= tolerance { return nil }
                return Difference(row: row, column: column, value: x?.value, other: y?.value, page: x?.page, otherPage: y?.page)
            }
        }
    }

    /// X3's sentence: how many cells differ, and the first three.
    static func versions(table: Table, year: Int, differences: [Difference], paths: (String, String)) -> Sentence {
        let n = { (value: Double?) in value.map(FindingText.number) ?? "—" }
        let name = FindingText.tableName(table.kind)
        let shown = differences.prefix(3)
        let zhCells = shown.map { d in
            "\(FindingText.cellName(table.kind, table.template, row: d.row, column: d.column).zh)为\(n(d.value))与\(n(d.other))"
        }.joined(separator: "，")
        let enCells = shown.map { "\($0.row)/\($0.column) \(n($0.value)) vs \(n($0.other))" }.joined(separator: ", ")
        return ("同一机关\(year)年度的报告存有两个数字不同的版本（\(paths.0) 与 \(paths.1)，如修订稿、网页与附件）：\(name.zh)有\(differences.count)个单元格不同，\(zhCells)。",
                "The \(year) report of this agency is stored in two versions with different figures (\(paths.0) and \(paths.1): a revision, or a page and its attachment): \(differences.count) cell(s) of \(name.en) differ: \(enCells).")
    }
}
