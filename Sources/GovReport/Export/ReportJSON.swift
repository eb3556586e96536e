import Foundation

/// The report JSON of `govreport extract --format json` (schema in Docs/schema/report.schema.json).
///
/// Tables are keyed exactly as the data contract says: `requests["withheld.state_secret"]["commercial"]`,
/// `proactive["fees"]["amount_10k_yuan"]`, `review_litigation["review"]["upheld"]`; `provenance` mirrors them
/// with page, bbox and the printed text of every cell. `decode` reads the same JSON back into a `Report`.
public enum ReportJSON {
    /// The report (and, for `check`, its findings) as a JSON value.
    public static func value(_ report: Report, findings: [Finding]? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("schema_version", .string(Report.schemaVersion)),
            ("source", source(report.source)),
            ("report", .object([
                ("title", optional(report.info.title)),
                ("agency", optional(report.info.agency)),
                ("year", report.info.year.map { .number(Double($0)) } ?? .null),
                ("template", optional(report.info.template?.rawValue)),
                ("agency_key", optional(report.info.agencyKey)),
                ("agency_source", optional(report.info.agencySource?.rawValue)),
            ])),
            ("preamble", .array(report.preamble.map(JSONValue.string))),
            ("sections", .array(report.sections.map { section in
                .object([
                    ("number", .number(Double(section.number))),
                    ("heading", .string(section.heading)),
                    ("page", section.page.map { .number(Double($0)) } ?? .null),
                    ("paragraphs", .array(section.paragraphs.map(JSONValue.string))),
                ])
            })),
        ]
        let tables: [(TableKind, Table?)] = [(.proactive, report.proactive), (.requests, report.requests),
                                             (.reviewLitigation, report.reviewLitigation)]
        for (kind, table) in tables { pairs.append((kind.rawValue, table.map(values) ?? .null)) }
        pairs.append(("table_templates", .object(tables.compactMap { kind, table in
            table.map { (kind.rawValue, .string($0.template.rawValue)) }
        })))
        pairs.append(("table_status", .object(TableKind.allCases.map { ($0.rawValue, .string(report.tableStatus[$0].rawValue)) })))
        pairs.append(("provenance", .object(tables.compactMap { kind, table in
            table.map { (kind.rawValue, provenance($0)) }
        })))
        pairs.append(("warnings", .array(report.warnings.map(warning))))
        if let findings { pairs.append(("findings", .array(findings.map(finding)))) }
        return .object(pairs)
    }

    /// The JSON text of `value(_:findings:)`.
    public static func encode(_ report: Report, findings: [Finding]? = nil, pretty: Bool = true) -> String {
        value(report, findings: findings).serialized(pretty: pretty)
    }

    /// `source.ocr`: engine, languages, dpi and pages of a scan read by OCR.
    public static func ocrValue(_ ocr: OCRSource) -> JSONValue {
        .object([
            ("engine", .string(ocr.engine)),
            ("languages", .array(ocr.languages.map(JSONValue.string))),
            ("dpi", .number(Double(ocr.dpi))),
            ("pages", .array(ocr.pages.map { .number(Double($0)) })),
        ])
    }

    private static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// `source`, with `page` (a web page's meta tags) and `ocr` (how a scan was read) only when there is one.
    private static func source(_ source: SourceInfo) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("file_name", .string(source.fileName)),
            ("sha256", .string(source.sha256)),
            ("page_count", .number(Double(source.pageCount))),
            ("kind", .string(source.kind.rawValue)),
        ]
        if let page = source.page {
            let tags: [(String, String?)] = [("article_title", page.articleTitle), ("published_at", page.publishedAt),
                                             ("content_source", page.contentSource), ("url", page.url)]
            pairs.append(("page", .object(tags.compactMap { key, value in value.map { (key, .string($0)) } })))
        }
        if let ocr = source.ocr { pairs.append(("ocr", ocrValue(ocr))) }
        return .object(pairs)
    }

    private static func values(_ table: Table) -> JSONValue {
        .object(table.rows.map { row in (row.key, .object(row.cells.map { ($0.column, .number($0.cell.value)) })) })
    }

    private static func provenance(_ table: Table) -> JSONValue {
        .object(table.rows.map { row in
            (row.key, .object(row.cells.map { column, cell in
                // A web page's or Word file's cell has no page: its place in the document's tables instead.
                var p: [(String, JSONValue)] = cell.grid.map { place in
                    [("table", .number(Double(place.table))), ("row", .number(Double(place.row))),
                     ("column", .number(Double(place.column))), ("printed", .string(cell.printed))]
                } ?? [
                    ("page", cell.page.map { .number(Double($0)) } ?? .null),
                    ("bbox", cell.box.map { .array([$0.x0, $0.y0, $0.x1, $0.y1].map { .number(($0 * 10).rounded() / 10) }) } ?? .null),
                    ("printed", .string(cell.printed)),
                ]
                if let unit = cell.unit { p.append(("unit", .string(unit))) }
                if let confidence = cell.confidence { p.append(("confidence", .number(confidence))) }
                return (column, .object(p))
            }))
        })
    }

    private static func warning(_ w: ExtractionWarning) -> JSONValue {
        var p: [(String, JSONValue)] = [("code", .string(w.code)), ("message", .string(w.message))]
        if let t = w.table { p.append(("table", .string(t))) }
        if let r = w.row { p.append(("row", .string(r))) }
        if let c = w.column { p.append(("column", .string(c))) }
        if let page = w.page { p.append(("page", .number(Double(page)))) }
        return .object(p)
    }

    static func finding(_ f: Finding) -> JSONValue {
        func num(_ d: Double?) -> JSONValue { d.map(JSONValue.number) ?? .null }
        return .object([
            ("rule", .string(f.rule)),
            ("instance", .string(f.instance)),
            ("severity", .string(f.severity.rawValue)),
            ("table", optional(f.table)),
            ("row", optional(f.row)),
            ("column", optional(f.column)),
            ("row_label", optional(f.rowLabel)),
            ("column_label", optional(f.columnLabel)),
            ("printed", num(f.printed)),
            ("expected", num(f.expected)),
            ("page", f.page.map { .number(Double($0)) } ?? .null),
            ("message", .string(f.message)),
            ("message_en", .string(f.messageEnglish)),
        ])
    }
}
