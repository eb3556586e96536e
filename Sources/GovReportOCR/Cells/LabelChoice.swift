import GovReport

/// Chooses between two OCR reads of one label cell: a read that names a row of the templates' tables (by
/// the distinctive words `RowMatcher` looks for) beats one that names none; otherwise the read with more
/// Chinese characters (OCR drops characters far more often than it invents them).
///
/// ```swift
/// LabelChoice.prefers("2.重复申请", over: "2.重夏中请") // true: the first names not_processed.duplicate
/// ```
enum LabelChoice {
    static let rows: [RowDefinition] = TemplateVersion.allCases.flatMap { template in
        TemplateRows.requestRows(template) + TemplateRows.proactiveRows(template).map(\.row)
    }

    static func prefers(_ candidate: String, over current: String) -> Bool {
        let named = namesRow(candidate), namedNow = namesRow(current)
        if named != namedNow { return named }
        return ideographs(candidate) >= ideographs(current)
    }

    static func namesRow(_ text: String) -> Bool { RowMatcher.match(text, in: rows) != nil }

    static func ideographs(_ text: String) -> Int { text.unicodeScalars.filter(\.properties.isIdeographic).count }
}
