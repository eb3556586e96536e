/// `govreport compare` output as JSON, tidy CSV and Markdown (the terminal and HTML forms are elsewhere).
///
/// JSON: `old` and `new` (file, path, sha256, agency, agency_key, year, table_status), `rows` (one per cell:
/// table, row, column, labels, old, new, change, change_pct, uncertain), `headline`, `carry_over`
/// (`checked` and the X1 findings) and `narrative` (`old` and `new` stated counts).
/// CSV: one line per cell, `table,row,column,row_label,column_label,old,new,change,change_pct,uncertain`.
///
/// ```swift
/// ComparisonExport.csv(YearComparison(old: a, new: b))
/// ```
public enum ComparisonExport {
    public static let csvHeader = ["table", "row", "column", "row_label", "column_label", "old", "new", "change",
                                   "change_pct", "uncertain"]

    public static func json(_ c: YearComparison) -> JSONValue {
        .object([
            ("old", side(c.old)),
            ("new", side(c.new)),
            ("rows", .array(c.rows.map { r in
                .object([("table", .string(r.table.rawValue)), ("row", .string(r.row)), ("column", .string(r.column)),
                         ("row_label", .string(r.rowLabel)), ("column_label", .string(r.columnLabel)),
                         ("old", number(r.old)), ("new", number(r.new)), ("change", number(r.change)),
                         ("change_pct", number(r.changePercent.map(rounded))), ("uncertain", .bool(r.uncertain))])
            })),
            ("headline", .array(c.headline.map { h in
                .object([("key", .string(h.figure.key)), ("label", .string(h.figure.label)),
                         ("old", number(h.old)), ("new", number(h.new)),
                         ("change", number(h.change)),
                         ("uncertain", .bool(h.uncertain))])
            })),
            ("carry_over", .object([("checked", .bool(c.carryOverChecked)),
                                    ("findings", .array(c.carryOver.map(SeriesFindingJSON.value)))])),
            ("narrative", .object([("old", narrative(c.oldNarrative)), ("new", narrative(c.newNarrative))])),
        ])
    }

    public static func csv(_ c: YearComparison) -> String {
        CSVExport.line(csvHeader) + c.rows.map { r in
            CSVExport.line([r.table.rawValue, r.row, r.column, r.rowLabel, r.columnLabel, text(r.old), text(r.new),
                            text(r.change), text(r.changePercent.map(rounded)), r.uncertain ? "true" : "false"])
        }.joined()
    }

    /// Markdown: a heading per side, the headline figures, then per table the cells that are not 0 in both
    /// years (rows of an uncertain table marked ⚠), X1 and the narrative counts.
    public static func markdown(_ c: YearComparison) -> String {
        let a = YearComparison.name(c.old), b = YearComparison.name(c.new)
        var out = "# \(c.new.report.info.agency ?? c.old.report.info.agency ?? "") \(a) → \(b)\n\n"
        out += "- \(a): `\(c.old.path)` (\(statuses(c.old)))\n- \(b): `\(c.new.path)` (\(statuses(c.new)))\n\n"
        out += "## 主要指标\n\n| 指标 | \(a) | \(b) | 变化 | 变化% |\n|---|---:|---:|---:|---:|\n"
        for h in c.knownHeadline {
            out += "| \(h.figure.label)\(h.uncertain ? " ⚠" : "") | \(text(h.old)) | \(text(h.new)) | \(signed(h.change)) | \(percent(h.changePercent)) |\n"
        }
        for kind in TableKind.allCases {
            let (shown, zero) = c.cells(kind)
            guard !shown.isEmpty || zero > 0 else { continue }
            out += "\n## \(FindingText.tableName(kind).zh)\n\n"
            if shown.contains(where: \.uncertain) { out += "⚠ 至少一年的表格未完整识别，变化可能来自识别。\n\n" }
            out += "| 行 | 列 | \(a) | \(b) | 变化 | 变化% |\n|---|---|---:|---:|---:|---:|\n"
            for r in shown {
                out += "| \(r.rowLabel) | \(r.columnLabel) | \(text(r.old)) | \(text(r.new)) | \(signed(r.change)) | \(percent(r.changePercent)) |\n"
            }
            if zero > 0 { out += "\n（另有\(zero)个单元格两年均为0，未列出。）\n" }
        }
        out += "\n## 结转核对（X1）\n\n"
        if let summary = c.carryOverSummary {
            out += summary + "\n"
        } else {
            out += c.carryOver.map { "- **\($0.finding.severity.rawValue)** \($0.finding.message)\n" }.joined()
        }
        out += "\n## 正文所述数字\n\n"
        for (name, counts) in [(a, c.oldNarrative), (b, c.newNarrative)] {
            out += "- \(name)：" + (counts.isEmpty ? "（无）" : counts.map { "\($0.quote)（\(text($0.value))）" }.joined(separator: "；")) + "\n"
        }
        return out
    }

    static func side(_ a: ArchivedReport) -> JSONValue {
        .object([("file", .string(a.report.source.fileName)), ("path", .string(a.path)),
                 ("sha256", .string(a.sha256)), ("agency", a.report.info.agency.map(JSONValue.string) ?? .null),
                 ("agency_key", a.agencyKey.map(JSONValue.string) ?? .null),
                 ("year", a.year.map { .number(Double($0)) } ?? .null),
                 ("table_status", .object(TableKind.allCases.map { ($0.rawValue, .string(a.report.tableStatus[$0].rawValue)) }))])
    }

    /// "proactive complete, requests complete, review_litigation complete".
    public static func statuses(_ a: ArchivedReport) -> String {
        TableKind.allCases.map { "\($0.rawValue) \(a.report.tableStatus[$0].rawValue)" }.joined(separator: ", ")
    }

    static func narrative(_ counts: [YearComparison.NarrativeCount]) -> JSONValue {
        .array(counts.map { .object([("quote", .string($0.quote)), ("value", .number($0.value))]) })
    }

    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    /// A number as printed, "" when missing.
    public static func text(_ value: Double?) -> String { value.map(FindingText.number) ?? "" }
    /// A change with its sign (+3, -2, 0).
    public static func signed(_ value: Double?) -> String {
        guard let value else { return "" }
        return value > 0 ? "+" + FindingText.number(value) : FindingText.number(value)
    }
    /// A change in %, one decimal, with its sign.
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "" }
        return (value > 0 ? "+" : "") + FindingText.number(rounded(value)) + "%"
    }
}

/// A cross-year finding as JSON (compare output, `check --db --format json`).
public enum SeriesFindingJSON {
    public static func value(_ f: SeriesFinding) -> JSONValue {
        guard case .object(var pairs) = ReportJSON.finding(f.finding) else { return .null }
        pairs[1] = ("instance", .string(f.instance))
        pairs.insert(contentsOf: [("agency_key", .string(f.agencyKey)), ("year", .number(Double(f.year)))], at: 0)
        pairs.append(("report", reference(f.subject)))
        pairs.append(("other_report", reference(f.other)))
        return .object(pairs)
    }

    static func reference(_ r: ReportReference?) -> JSONValue {
        guard let r else { return .null }
        return .object([("sha256", .string(r.sha256)), ("path", .string(r.path)),
                        ("year", r.year.map { .number(Double($0)) } ?? .null),
                        ("page", r.page.map { .number(Double($0)) } ?? .null)])
    }
}
