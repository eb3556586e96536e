import GovReport

/// The terminal form of `govreport compare`: aligned columns (CJK two cells wide), cells of uncertain tables
/// marked `?` in yellow, X1 errors in red. Cells that are 0 in both years are left out and counted.
struct ComparePrinter {
    var colors: Colors
    var labelWidth = 34
    var columnWidth = 20
    var numberWidth = 9

    func render(_ c: YearComparison) -> String {
        let a = YearComparison.name(c.old), b = YearComparison.name(c.new)
        var lines = [colors.bold(ComparisonChart.title(c))]
        for (name, side) in [(a, c.old), (b, c.new)] {
            lines.append(colors.dim("\(name): \(side.path) (\(ComparisonExport.statuses(side)))"))
        }
        lines += ["", colors.bold("主要指标"), header("", a, b, columns: false)]
        for h in c.knownHeadline {
            lines.append(row(h.figure.label, nil, h.old, h.new, h.change, h.changePercent, uncertain: h.uncertain))
        }
        for kind in TableKind.allCases {
            let (shown, zero) = c.cells(kind)
            guard !shown.isEmpty || zero > 0 else { continue }
            lines += ["", colors.bold(FindingText.tableName(kind).zh), header("行", a, b, columns: true)]
            lines += shown.map { row($0.rowLabel, $0.columnLabel, $0.old, $0.new, $0.change, $0.changePercent, uncertain: $0.uncertain) }
            if zero > 0 { lines.append(colors.dim("（另有\(zero)个单元格两年均为0）")) }
        }
        lines += ["", colors.bold("结转核对（X1）")]
        if let summary = c.carryOverSummary {
            lines.append(c.carryOverChecked ? colors.green(summary) : summary)
        } else {
            let printer = CheckPrinter(language: .zh, colors: colors)
            lines += c.carryOver.map { printer.line($0.finding, rule: $0.instance) }
        }
        lines += ["", colors.bold("正文所述数字")]
        for (name, counts) in [(a, c.oldNarrative), (b, c.newNarrative)] {
            lines.append("\(name)：" + (counts.isEmpty ? "（无）" : counts.map { "\($0.quote)（\(FindingText.number($0.value))）" }.joined(separator: "；")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func header(_ label: String, _ a: String, _ b: String, columns: Bool) -> String {
        colors.dim(cell(label, labelWidth) + (columns ? cell("列", columnWidth) : "")
            + [a, b, "变化", "变化%"].map { DisplayWidth.fit($0, numberWidth, alignRight: true) }.joined())
    }

    /// A left-aligned cell of `width` terminal cells, a space always left before the next.
    func cell(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, width - 1) + " " }

    func row(_ label: String, _ column: String?, _ old: Double?, _ new: Double?, _ change: Double?, _ pct: Double?,
             uncertain: Bool) -> String {
        var line = cell(label, labelWidth) + (column.map { cell($0, columnWidth) } ?? "")
        line += [ComparisonExport.text(old), ComparisonExport.text(new), ComparisonExport.signed(change),
                 ComparisonExport.percent(pct)].map { DisplayWidth.fit($0, numberWidth, alignRight: true) }.joined()
        return uncertain ? colors.yellow(line + " ?") : line
    }
}
