/// What a table reader returns: the table when found, and what it noticed.
public struct TableReading: Sendable {
    public var table: Table?
    public var warnings: [ExtractionWarning]

    public init(table: Table?, warnings: [ExtractionWarning] = []) {
        self.table = table; self.warnings = warnings
    }
}
