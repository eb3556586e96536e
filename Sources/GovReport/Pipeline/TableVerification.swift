/// Decides how far a table reading can be trusted (`TableStatus`).
///
/// A reading is `complete` only when nothing in it is doubtful: every template row found, every printed
/// value placed, every cell readable. What makes it doubtful is said by its warnings; the codes that do
/// are listed in `doubtCodes`.
public enum TableVerification {
    /// Warning codes that make a table `partial`: the reading may be missing or misplacing printed values.
    public static let doubtCodes: Set<String> = [
        "row_missing", "unassigned_values", "cell_unreadable", "columns_guessed", "value_count_mismatch",
        "reading_disputed", "cells_doubtful", "columns_disputed", "ocr_cell_doubtful", "row_by_position",
    ]

    /// The status of one table reading. `sectionFound`: the report has the table's section.
    public static func status(of reading: TableReading, sectionFound: Bool) -> TableStatus {
        guard reading.table != nil else { return sectionFound ? .failed : .absent }
        return reading.warnings.contains { doubtCodes.contains($0.code) } ? .partial : .complete
    }
}
