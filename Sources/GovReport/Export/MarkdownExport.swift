/// Renders a report for people: title, sections with paragraphs, and the three tables as Markdown tables.
public enum MarkdownExport {
    /// Title, metadata line, then every section's heading and paragraphs.
    public static func text(_ report: Report) -> String {
        var out = "# \(report.info.title ?? report.source.fileName)\n\n"
        out += metadataLine(report) + "\n\n"
        for p in report.preamble { out += p + "\n\n" }
        for section in report.sections {
            out += "## \(section.heading)\n\n"
            for p in section.paragraphs { out += p + "\n\n" }
        }
        return out
    }

    /// The three tables as a person would read them, with Chinese labels.
    public static func tables(_ report: Report) -> String {
        var out = "# \(report.info.title ?? report.source.fileName)\n\n" + metadataLine(report) + "\n\n"
        for table in report.tables { out += markdown(table) + "\n" }
        if !report.warnings.isEmpty {
            out += "## 提示 (warnings)\n\n" + report.warnings.map { "- \($0.code): \($0.message)\n" }.joined() + "\n"
        }
        return out
    }

    static func metadataLine(_ report: Report) -> String {
        "agency: \(report.info.agency ?? "—") · year: \(report.info.year.map(String.init) ?? "—") · template: \(report.info.template?.rawValue ?? "—") · source: \(report.source.fileName) (\(report.source.kind.rawValue), \(report.source.pageCount) pages)"
    }

    /// One table: a header of column labels, one line per row with its label.
    public static func markdown(_ table: Table) -> String {
        let (title, labels) = headings(table)
        var out = "## \(title)\n\n"
        let columns = table.rows.flatMap { $0.cells.map(\.column) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if table.kind == .proactive {
            out += "| 项目 | 栏目 | 数值 |\n|---|---|---:|\n"
            for row in table.rows {
                for (column, cell) in row.cells {
                    out += "| \(rowLabel(row, table)) | \(labels[column] ?? column) | \(display(cell)) |\n"
                }
            }
            return out
        }
        out += "| |" + columns.map { " \(labels[$0] ?? $0) |" }.joined() + "\n"
        out += "|---|" + columns.map { _ in "---:|" }.joined() + "\n"
        for row in table.rows {
            out += "| \(rowLabel(row, table)) |" + columns.map { " \(row[$0].map(display) ?? "") |" }.joined() + "\n"
        }
        return out
    }

    static func display(_ cell: Cell) -> String {
        cell.isPlaceholder ? (cell.printed.isEmpty ? "(空)" : cell.printed) : JSONValue.format(cell.value)
    }

    static func rowLabel(_ row: TableRow, _ table: Table) -> String {
        switch table.kind {
        case .requests: return TemplateRows.requestRows(table.template).first { $0.key == row.key }?.groupedLabel ?? row.key
        case .proactive: return TemplateRows.proactiveRows(table.template).first { $0.row.key == row.key }?.row.label ?? row.key
        case .reviewLitigation: return TemplateRows.reviewGroups.first { $0.key == row.key }?.label ?? row.key
        }
    }

    static func headings(_ table: Table) -> (String, [String: String]) {
        func dict(_ c: [ColumnDefinition]) -> [String: String] { Dictionary(c.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a }) }
        switch table.kind {
        case .requests: return ("三、收到和处理政府信息公开申请情况", dict(TemplateRows.requestColumns))
        case .reviewLitigation: return ("四、政府信息公开行政复议、行政诉讼情况", dict(TemplateRows.reviewColumns))
        case .proactive: return ("二、主动公开政府信息情况", dict(TemplateRows.proactiveRows(table.template).flatMap(\.columns)))
        }
    }
}
