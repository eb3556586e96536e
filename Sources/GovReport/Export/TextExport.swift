/// The text of a report (title, sections, paragraphs) without tables, as plain text or JSON.
public enum TextExport {
    /// Title line, then each heading followed by its paragraphs, blank lines between.
    public static func plain(_ report: Report) -> String {
        var out = (report.info.title ?? report.source.fileName) + "\n\n"
        for p in report.preamble { out += p + "\n\n" }
        for section in report.sections {
            out += section.heading + "\n\n"
            for p in section.paragraphs { out += p + "\n\n" }
        }
        return out
    }

    /// The `source`, `report`, `preamble` and `sections` members of the report JSON.
    public static func json(_ report: Report) -> JSONValue {
        let full = ReportJSON.value(report)
        return .object((full.pairs ?? []).filter { ["schema_version", "source", "report", "preamble", "sections"].contains($0.0) })
    }
}
