import GovReport

/// Chooses among the competing reads of doubtful cells by the template's arithmetic (R1–R4). In a table that
/// breaks its rules, a doubtful cell's other read (what the reads that disagreed gave) is taken when it
/// breaks fewer rules; the choices stand only when together they make every rule of the table hold. A cell
/// never gets a value no read of it gave, and a table no choice makes consistent keeps its reads (printed
/// inconsistent stays inconsistent). Chosen cells stay doubtful (`ocr_cell_doubtful`): the table stays `partial`.
///
/// ```swift
/// // R3 breaks in row granted: 3 + 0 + … ≠ 9; the cell's reads were "3" and "8"
/// OCRReadChoice.choose([candidate], in: &report) // [Choice(row: "granted", column: "natural_person", from: "3", to: "8")]
/// ```
enum OCRReadChoice {
    /// A doubtful cell with competing reads, by its place in the report.
    struct Candidate {
        var path: WritableKeyPath<Report, Table?>
        var kind: TableKind
        var row: Int, column: Int
        var alternatives: [String]
    }

    struct Choice: Hashable {
        var kind: TableKind
        var row: String, column: String
        var from: String, to: String
    }

    static func choose(_ candidates: [Candidate], in report: inout Report) -> [Choice] {
        var choices: [Choice] = []
        for kind in [TableKind.requests, .reviewLitigation] {
            let mine = candidates.filter { $0.kind == kind }
            guard let path = mine.first?.path, case let before = broken(kind, report), before > 0 else { continue }
            var trial = report, count = before, made: [Choice] = []
            for candidate in mine {
                guard let table = trial[keyPath: path] else { continue }
                let cell = table.rows[candidate.row].cells[candidate.column]
                var best: (count: Int, report: Report, text: String)?
                for text in candidate.alternatives {
                    guard let value = CellValue.parse(text), !value.isPlaceholder else { continue }
                    var tried = trial
                    tried[keyPath: path]?.rows[candidate.row].cells[candidate.column].cell.value = value.value
                    tried[keyPath: path]?.rows[candidate.row].cells[candidate.column].cell.printed = text
                    let n = broken(kind, tried)
                    if n < (best?.count ?? count) { best = (n, tried, text) }
                }
                guard let best else { continue }
                made.append(Choice(kind: kind, row: table.rows[candidate.row].key, column: cell.column,
                                   from: cell.cell.printed, to: best.text))
                trial = best.report
                count = best.count
            }
            if count == 0, !made.isEmpty {
                report[keyPath: path] = trial[keyPath: path]
                choices += made
            }
        }
        return choices
    }

    /// How many R1–R4 findings the table gives, read as if complete (the checker's own rules).
    static func broken(_ kind: TableKind, _ report: Report) -> Int {
        var settings = CheckSettings()
        settings.checkNarrative = false
        var probe = report
        probe.tableStatus[kind] = .complete
        return Checker(settings: settings).check(probe).filter { ["R1", "R2", "R3", "R4"].contains($0.rule) && $0.table == kind.rawValue }.count
    }
}
