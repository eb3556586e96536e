import Foundation
import GRDB
import GovReport

/// A row of `report`: one distinct file content, identified by its SHA-256.
public struct ReportRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "report"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// Status of a stored report: `ok` when the checker found nothing, `findings` otherwise.
    public enum Status: String, Codable, Sendable { case ok, findings }

    public var sha256: String
    /// File name (last path component) of the first file this content was read from.
    public var fileName: String
    /// `pdf` or `text`.
    public var kind: String
    public var pageCount: Int
    public var title: String?
    public var agency: String?
    public var year: Int?
    /// `2019`, `2021` or `pre2019`; nil when undetected.
    public var template: String?
    public var status: Status
    public var findingCount: Int
    public var warningCount: Int
    /// `Report.schemaVersion` of the extraction that produced the rows.
    public var schemaVersion: String
    /// ISO 8601 UTC time the report was stored.
    public var ingestedAt: String
    /// For a scan read by OCR, `source.ocr` of the report JSON (engine, languages, dpi, pages); else nil.
    public var ocr: String?
    /// The agency's grouping key (`AgencyKey`, with the `--agencies` aliases of the run that stored it).
    public var agencyKey: String?
    /// The report whose identical copy this is (same agency, year and figures), set by the cross-year rules.
    public var sameAs: String?

    /// How many pages OCR read (the `pages` of `ocr`); 0 for a report with a text layer.
    public var ocrPageCount: Int {
        guard let ocr, let value = try? JSONValue.parse(Data(ocr.utf8)) else { return 0 }
        return value["pages"]?.array?.count ?? 0
    }
}

/// A row of `report_path`: a path under which a stored content was found (one content, many paths).
public struct PathRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "report_path"

    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) { self.path = path; self.sha256 = sha256 }
}
