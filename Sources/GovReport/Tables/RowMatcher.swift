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
        row.match.contains { words in words.allSatisfy { TextSearch.contains(folded, $0) } }
    }

    /// A 64-bit summary of the scalars a text holds (bit `value % 64` of each): words whose bits include
    /// one the text's lack cannot all occur in the text.
    static func scalarBits(_ text: String) -> UInt64 {
        var bits: UInt64 = 0
        for scalar in text.unicodeScalars { bits |= 1 << UInt64(scalar.value % 64) }
        return bits
    }

    /// Rows prepared for matching many labels: the `scalarBits` of each alternative's words, so that a row
    /// none of whose alternatives can occur in a label is rejected without searching the label.
    struct Prepared {
        let rows: [RowDefinition]
        /// Every alternative of every row, in row order.
        private let alternatives: [(row: Int, bits: UInt64)]

        init(_ rows: [RowDefinition]) {
            self.rows = rows
            alternatives = rows.indices.flatMap { r in rows[r].match.map { (r, RowMatcher.scalarBits($0.joined())) } }
        }

        /// Indices of the rows `matches(folded:_:)` accepts, in row order; `bits` are the label's `scalarBits`.
        func matching(_ folded: String, bits: UInt64) -> [Int] {
            var found: [Int] = []
            for alternative in alternatives where alternative.bits & ~bits == 0 && found.last != alternative.row {
                if RowMatcher.matches(folded: folded, rows[alternative.row]) { found.append(alternative.row) }
            }
            return found
        }
    }

    /// Offsets in a folded text where the row's label occurs: where a word of one of its alternatives
    /// starts with every other word of that alternative within `window` characters around it.
    ///
    /// ```swift
    /// let text = Array(Normalizer.fold("规章 0 行政规范性文件 40"))
    /// RowMatcher.occurrences(of: rows[1].row, in: text, window: 24) // [3]
    /// ```
    public static func occurrences(of row: RowDefinition, in text: [Character], window: Int) -> [Int] {
        occurrences(of: row, in: KeyedText(text), window: window)
    }

    static func occurrences(of row: RowDefinition, in text: KeyedText, window: Int) -> [Int] {
        var found = Set<Int>()
        for words in row.match {
            let folded = words.map { Array($0) }
            guard let first = folded.first else { continue }
            for start in positions(of: first, in: text, within: 0..<text.characters.count) {
                let near = max(0, start - window)..<min(text.characters.count, start + first.count + window)
                if folded.dropFirst().allSatisfy({ !positions(of: $0, in: text, within: near).isEmpty }) { found.insert(start) }
            }
        }
        return found.sorted()
    }

    /// One offset per row (or nil), strictly increasing in row order, placing as many rows as possible
    /// and, among such placements, the earliest: labels printed in template order, found in one text.
    ///
    /// A word repeated elsewhere (总计 in a column header) is thus taken only where it fits the order.
    /// - Complexity: O(k²) for k occurrences in all.
    public static func orderedOccurrences(of rows: [RowDefinition], in text: [Character], window: Int) -> [Int?] {
        let keyed = KeyedText(text)
        let candidates = rows.map { occurrences(of: $0, in: keyed, window: window) }
        // Nodes: (row, offset); best[n] = most rows placed in a chain ending at n.
        var nodes: [(row: Int, offset: Int)] = []
        for (r, offsets) in candidates.enumerated() { nodes += offsets.map { (r, $0) } }
        var best = [Int](repeating: 1, count: nodes.count), back = [Int?](repeating: nil, count: nodes.count)
        for n in nodes.indices {
            for m in 0..<n where nodes[m].row < nodes[n].row && nodes[m].offset < nodes[n].offset {
                if best[m] + 1 > best[n] { best[n] = best[m] + 1; back[n] = m }
            }
        }
        var result = [Int?](repeating: nil, count: rows.count)
        guard let top = best.max() else { return result }
        // The chain that ends earliest in the text among the longest.
        var cursor = nodes.indices.filter { best[$0] == top }.min { nodes[$0].offset < nodes[$1].offset }
        while let n = cursor {
            result[nodes[n].row] = nodes[n].offset
            cursor = back[n]
        }
        return result
    }

    /// Start offsets of `word` in `text`.
    static func positions(of word: [Character], in text: [Character]) -> [Int] {
        positions(of: word, in: KeyedText(text), within: 0..<text.count)
    }

    /// Start offsets of `word` in `text` that place the whole word within `range`.
    static func positions(of word: [Character], in text: KeyedText, within range: Range<Int>) -> [Int] {
        guard !word.isEmpty, word.count <= range.count else { return [] }
        let first = word[0], firstKey = CharacterClass.plainScalar(first)
        return (range.lowerBound...(range.upperBound - word.count)).filter { i in
            // Most offsets hold another ideograph: told apart without `Character`'s normalising comparison.
            if let key = firstKey, let other = text.keys[i], other != key { return false }
            return text.characters[i] == first && text.characters[i..<(i + word.count)].elementsEqual(word)
        }
    }

    /// A text searched for many words: its characters and each one's `CharacterClass.plainScalar`, read once.
    struct KeyedText {
        let characters: [Character]
        let keys: [UInt32?]

        init(_ characters: [Character]) {
            self.characters = characters
            keys = characters.map(CharacterClass.plainScalar)
        }
    }
}
