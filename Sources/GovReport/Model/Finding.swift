/// A rule the report breaks: what, where, printed versus expected, and a sentence a clerk understands.
///
/// A broken rule is a `Finding`, never a thrown error: throwing means the file could not be read.
public struct Finding: Codable, Hashable, Sendable {
    /// `info` is used by the archive rules only (X4: a gap in a series), never by the checks of one report.
    public enum Severity: String, Codable, Sendable { case error, warning, info }

    /// Rule id: `R1`…`R4`, `N1`, a completeness rule, or a cross-year rule `X1`…`X4` (see Docs/rules.md).
    public var rule: String
    public var severity: Severity
    /// `proactive`, `requests`, `review_litigation`, or nil for document-level findings.
    public var table: String?
    public var row: String?
    public var column: String?
    /// Chinese labels of the row and column, as the template prints them.
    public var rowLabel: String?
    public var columnLabel: String?
    /// The value as printed, and the value the rule expects.
    public var printed: Double?
    public var expected: Double?
    /// 1-based page where the cell (or the statement) is printed.
    public var page: Int?
    /// One sentence in Chinese.
    public var message: String
    /// The same sentence in English.
    public var messageEnglish: String

    public init(rule: String, severity: Severity, table: String? = nil, row: String? = nil, column: String? = nil,
                rowLabel: String? = nil, columnLabel: String? = nil, printed: Double? = nil, expected: Double? = nil,
                page: Int? = nil, message: String, messageEnglish: String) {
        self.rule = rule; self.severity = severity; self.table = table; self.row = row; self.column = column
        self.rowLabel = rowLabel; self.columnLabel = columnLabel; self.printed = printed; self.expected = expected
        self.page = page; self.message = message; self.messageEnglish = messageEnglish
    }

    /// The instance name used in truth files, e.g. `R2:other_org`, `R3:granted`, `R4:review`, `N1:narrative`.
    /// R1/R2/X1 name the column, R3/R4/X2 the row (or group), X3 the table, N1 the narrative, others the row
    /// when there is one (X4 names its year: `SeriesFinding.instance`).
    public var instance: String {
        switch rule {
        case "R1", "R2", "X1": return "\(rule):\(column ?? "")"
        case "X3": return "X3:\(table ?? "")"
        case "N1": return "N1:narrative"
        default: return row.map { "\(rule):\($0)" } ?? rule
        }
    }
}
