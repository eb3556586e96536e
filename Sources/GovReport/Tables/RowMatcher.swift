/// Finds which template row a printed label stands for, by distinctive words of the folded label.
///
/// ```swift
/// let rows = TemplateRows.requestRows(.v2021)
/// RowMatcher.match("（三）不予公开 1.属于国家秘密", in: rows)?.key // "withheld.state_secret"
/// ```
public enum RowMatcher {
    /// The first row (in template order) all of whose words of some alternative occur in the folded label.
    public static func match(_ label: String, in rows: [RowDefinition]) -> RowDefinition? {
        let folded = Normalizer.fold(label)
        return rows.first { matches(folded: folded, $0) }
    }

    /// True when the already folded label contains every word of one of the row's alternatives.
    public static func matches(folded: String, _ row: RowDefinition) -> Bool {
        row.match.contains { words in words.allSatisfy { folded.contains(Normalizer.fold($0)) } }
    }
}
