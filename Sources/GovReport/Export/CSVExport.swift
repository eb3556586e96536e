/// Tidy long-form CSV: one row per table cell.
///
/// Columns: `file,agency,year,template,table,row,column,value,printed,page`
/// (`template` is the table's own template; `printed` keeps "—", "/", "" for placeholder cells).
public enum CSVExport {
    public static let header = ["file", "agency", "year", "template", "table", "row", "column", "value", "printed", "page"]

    /// The header line (with its newline).
    public static var headerLine: String { line(header) }

    /// One line per cell of every table of the report, in template order (no header).
    public static func rows(_ report: Report) -> String {
        var out = ""
        for table in report.tables {
            for row in table.rows {
                for (column, cell) in row.cells {
                    out += line([report.source.fileName, report.info.agency ?? "", report.info.year.map(String.init) ?? "",
                                 table.template.rawValue, table.kind.rawValue, row.key, column,
                                 JSONValue.format(cell.value), cell.printed, cell.page.map(String.init) ?? ""])
                }
            }
        }
        return out
    }

    /// RFC 4180 line: fields quoted when they hold a comma, quote or line break.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
