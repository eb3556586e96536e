import GRDB

/// A row of `section`: one numbered section of a report, in document order.
public struct SectionRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "section"

    public var sha256: String
    /// 1-based order in the document (`paragraph.section_position` refers to it; 0 is the preamble).
    public var position: Int
    /// The template's section number, 1...6.
    public var number: Int
    public var heading: String
    public var page: Int?
}

/// A row of `paragraph`: one de-wrapped paragraph, under its section (`sectionPosition` 0 = preamble).
public struct ParagraphRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "paragraph"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var sha256: String
    public var sectionPosition: Int
    /// 1-based order within the section.
    public var position: Int
    public var text: String
}

/// A row of `cell`: one table cell in tidy form (report, table, row, column, value) with its provenance.
/// A row of `table_status`: how far one table of a report can be trusted (`TableStatus`).
public struct TableStatusRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "table_status"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var sha256: String
    /// `proactive`, `requests` or `review_litigation`.
    public var tableKind: String
    /// `complete`, `partial`, `failed` or `absent`.
    public var status: String
}

public struct CellRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "cell"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var sha256: String
    /// `proactive`, `requests` or `review_litigation`.
    public var tableKind: String
    /// The template the table's wording follows (detected per table).
    public var tableTemplate: String
    public var rowKey: String
    public var columnKey: String
    /// 1-based order of the row in the table and of the column in the row, as extracted.
    public var rowPosition: Int
    public var columnPosition: Int
    public var rowLabel: String
    /// The number; blank and placeholder cells carry 0 (see `printed`).
    public var value: Double
    /// The text as printed ("" for a blank cell).
    public var printed: String
    public var unit: String?
    public var page: Int?
    /// The cell's box in PDF points, top-left origin; nil for plain text or blank cells.
    public var x0: Double?
    public var y0: Double?
    public var x1: Double?
    public var y1: Double?
    /// For a cell read by OCR, the recognizer's confidence (0...1); else nil.
    public var confidence: Double?
}

extension CellRecord {
    /// The insert with its columns spelled out, run as one cached statement for all of a report's cells:
    /// GRDB's generic record insert (Codable encoding, snake-case key conversion) costs several times more,
    /// and cells are most of the rows a batch writes.
    static let insertSQL = """
        INSERT INTO cell (sha256, table_kind, table_template, row_key, column_key, row_position, column_position,
                          row_label, value, printed, unit, page, x0, y0, x1, y1, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    var insertArguments: StatementArguments {
        [sha256, tableKind, tableTemplate, rowKey, columnKey, rowPosition, columnPosition, rowLabel, value, printed,
         unit, page, x0, y0, x1, y1, confidence]
    }
}

extension ParagraphRecord {
    /// See `CellRecord.insertSQL`: paragraphs are the other bulk rows.
    static let insertSQL = "INSERT INTO paragraph (sha256, section_position, position, text) VALUES (?, ?, ?, ?)"

    var insertArguments: StatementArguments { [sha256, sectionPosition, position, text] }
}

/// A row of `warning`: a non-fatal remark of the extraction.
public struct WarningRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "warning"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var sha256: String
    public var position: Int
    public var code: String
    public var message: String
    public var tableKind: String?
    public var rowKey: String?
    public var columnKey: String?
    public var page: Int?
}

/// A row of `finding`: a rule the report breaks (see `Finding`).
public struct FindingRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "finding"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var sha256: String
    public var position: Int
    public var rule: String
    /// E.g. `R2:other_org` (see `Finding.instance`).
    public var instance: String
    public var severity: String
    public var tableKind: String?
    public var rowKey: String?
    public var columnKey: String?
    public var rowLabel: String?
    public var columnLabel: String?
    public var printed: Double?
    public var expected: Double?
    public var page: Int?
    public var message: String
    public var messageEnglish: String
}
