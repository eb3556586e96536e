import Foundation

extension ReportJSON {
    /// Why report JSON could not be read back.
    public struct DecodingError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads JSON written by `encode` back into a `Report` (and its findings, when present).
    public static func decode(_ data: Data) throws -> (report: Report, findings: [Finding]) {
        let json = try JSONValue.parse(data)
        guard let source = json["source"], let info = json["report"] else {
            throw DecodingError(description: "not a govreport report JSON: no source or report member")
        }
        guard let kind = source["kind"]?.string.flatMap(SourceInfo.Kind.init(rawValue:)) else {
            throw DecodingError(description: "source.kind must be one of \(SourceInfo.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let page = source["page"].map { p in
            PageMeta(articleTitle: p["article_title"]?.string, publishedAt: p["published_at"]?.string,
                     contentSource: p["content_source"]?.string, url: p["url"]?.string)
        }
        let report = Report(
            source: SourceInfo(fileName: source["file_name"]?.string ?? "", sha256: source["sha256"]?.string ?? "",
                               pageCount: source["page_count"]?.int ?? 0, kind: kind, ocr: ocrSource(source["ocr"]),
                               page: page),
            info: ReportInfo(title: info["title"]?.string, agency: info["agency"]?.string, year: info["year"]?.int,
                             template: info["template"]?.string.flatMap(TemplateVersion.init(rawValue:)),
                             agencyKey: info["agency_key"]?.string,
                             agencySource: info["agency_source"]?.string.flatMap(AgencyReader.Origin.init(rawValue:))),
            preamble: json["preamble"]?.array?.compactMap(\.string) ?? [],
            sections: (json["sections"]?.array ?? []).map { s in
                Section(number: s["number"]?.int ?? 0, heading: s["heading"]?.string ?? "",
                        paragraphs: s["paragraphs"]?.array?.compactMap(\.string) ?? [], page: s["page"]?.int)
            },
            proactive: table(.proactive, in: json),
            requests: table(.requests, in: json),
            reviewLitigation: table(.reviewLitigation, in: json),
            tableStatus: tableStatus(in: json),
            warnings: (json["warnings"]?.array ?? []).map { w in
                ExtractionWarning(code: w["code"]?.string ?? "", message: w["message"]?.string ?? "",
                                  table: w["table"]?.string, row: w["row"]?.string, column: w["column"]?.string,
                                  page: w["page"]?.int)
            })
        let findings = (json["findings"]?.array ?? []).map { f in
            Finding(rule: f["rule"]?.string ?? "", severity: f["severity"]?.string.flatMap(Finding.Severity.init(rawValue:)) ?? .error,
                    table: f["table"]?.string, row: f["row"]?.string, column: f["column"]?.string,
                    rowLabel: f["row_label"]?.string, columnLabel: f["column_label"]?.string,
                    printed: f["printed"]?.number, expected: f["expected"]?.number, page: f["page"]?.int,
                    message: f["message"]?.string ?? "", messageEnglish: f["message_en"]?.string ?? "")
        }
        return (report, findings)
    }

    /// `table_status` as written; JSON of schema 1.0 has none: a table there counts as `complete`, a
    /// missing one as `absent` (what 1.0 readers assumed).
    private static func tableStatus(in json: JSONValue) -> TableStatuses? {
        guard let written = json["table_status"] else { return nil }
        var statuses = TableStatuses()
        for kind in TableKind.allCases {
            statuses[kind] = written[kind.rawValue]?.string.flatMap(TableStatus.init(rawValue:))
                ?? (json[kind.rawValue]?.pairs == nil ? .absent : .complete)
        }
        return statuses
    }

    private static func ocrSource(_ ocr: JSONValue?) -> OCRSource? {
        guard let ocr, let engine = ocr["engine"]?.string else { return nil }
        return OCRSource(engine: engine, languages: ocr["languages"]?.array?.compactMap(\.string) ?? [],
                         dpi: ocr["dpi"]?.int ?? 0, pages: ocr["pages"]?.array?.compactMap(\.int) ?? [])
    }

    private static func table(_ kind: TableKind, in json: JSONValue) -> Table? {
        guard let rows = json[kind.rawValue]?.pairs else { return nil }
        let template = json["table_templates"]?[kind.rawValue]?.string.flatMap(TemplateVersion.init(rawValue:)) ?? .v2021
        let provenance = json["provenance"]?[kind.rawValue]
        return Table(kind: kind, template: template, rows: rows.map { key, columns in
            TableRow(key: key, label: "", cells: (columns.pairs ?? []).map { column, value in
                let p = provenance?[key]?[column]
                let box = p?["bbox"]?.array.flatMap { b -> Box? in
                    let n = b.compactMap(\.number)
                    return n.count == 4 ? Box(x0: n[0], y0: n[1], x1: n[2], y1: n[3]) : nil
                }
                let grid = p.flatMap { p -> GridPlace? in
                    guard let t = p["table"]?.int, let r = p["row"]?.int, let c = p["column"]?.int else { return nil }
                    return GridPlace(table: t, row: r, column: c)
                }
                return (column, Cell(value: value.number ?? 0, printed: p?["printed"]?.string ?? "",
                                     page: p?["page"]?.int, box: box, unit: p?["unit"]?.string,
                                     confidence: p?["confidence"]?.number, grid: grid))
            })
        })
    }
}
