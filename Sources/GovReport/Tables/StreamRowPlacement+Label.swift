extension StreamRowPlacement {
    /// Continuation lines of a wrapped label taken at most.
    static let maxLabelContinuations = 3

    /// Where each row's label is found in the label text (`region.labels`), in template order. A row whose
    /// words the group label printed beside it broke apart (`（三）不 1.属于国` / `予公开` / `家秘密`) is looked for
    /// again in the text without the group labels' pieces (`region.childLabels`), and taken when found there
    /// between the rows found before and after it.
    func labelOffsets() -> [Int?] {
        let rows = specs.map(\.row), window = settings.labelWordWindow
        var offsets = preferringPrefixed(RowMatcher.orderedOccurrences(of: rows, in: region.labels.characters, window: window))
        guard offsets.contains(nil), let child = region.childLabels else { return offsets }
        let again = RowMatcher.orderedOccurrences(of: rows, in: child.characters, window: window)
        for i in offsets.indices where offsets[i] == nil {
            guard let found = again[i], let offset = region.labels.offset(of: found, in: child) else { continue }
            let before = offsets[..<i].compactMap { $0 }.last ?? -1
            let after = offsets[(i + 1)...].compactMap { $0 }.first ?? Int.max
            if offset > before, offset < after { offsets[i] = offset }
        }
        return offsets
    }

    /// `offsets` with each row found without its item prefix (`总计` of a header's 总计 column, where the row
    /// is `（七）总计`) moved to the one occurrence between its neighbours printed with it, when there is one.
    func preferringPrefixed(_ offsets: [Int?]) -> [Int?] {
        let text = region.labels.characters
        var result = offsets
        for i in offsets.indices {
            let row = specs[i].row
            // Only rows whose words open the label right after the prefix can show it right before them.
            guard let offset = offsets[i], let prefix = Self.itemPrefix(row.label),
                  row.match.contains(where: { $0.first.map { Normalizer.fold(row.label).dropFirst(prefix.count).hasPrefix($0) } ?? false }),
                  !Self.text(text, has: prefix, before: offset) else { continue }
            let before = result[..<i].compactMap { $0 }.last ?? -1
            let after = result[(i + 1)...].compactMap { $0 }.first ?? Int.max
            let prefixed = RowMatcher.occurrences(of: row, in: text, window: settings.labelWordWindow)
                .filter { $0 > before && $0 < after && Self.text(text, has: prefix, before: $0) }
            if prefixed.count == 1 { result[i] = prefixed[0] }
        }
        return result
    }

    /// The folded item prefix a template label opens with: `(七)`, `四、`, `1.`; nil when it has none.
    static func itemPrefix(_ label: String) -> [Character]? {
        let folded = Array(Normalizer.fold(label))
        if folded.first == "(", let close = folded.firstIndex(of: ")") { return Array(folded[...close]) }
        if folded.count > 1, folded[1] == "、" || folded[1] == "." { return Array(folded[...1]) }
        return nil
    }

    /// True when `prefix` stands in `text` right before `offset`.
    static func text(_ text: [Character], has prefix: [Character], before offset: Int) -> Bool {
        offset >= prefix.count && Array(text[(offset - prefix.count)..<offset]) == prefix
    }

    /// The printed label of the row found at `offset` in the label text: its token with any non-fragment
    /// tokens before it on its line, then the continuation lines of a wrapped label (without the merged parent
    /// labels and header words that the flattening interleaves), up to the next row, the line of its values or a page change.
    func printedLabel(at offset: Int, rowLines: Set<Int>) -> String {
        let origin = region.labels.origins[offset]
        let first = region.lines[origin.line]
        var start = origin.token
        while start > 0, !isFragment(first.labelTokens[start - 1].text) { start -= 1 }
        var parts = first.labelTokens[start...].map(\.text)
        var taken = 0
        var index = origin.line + 1
        while index < region.lines.count, taken < Self.maxLabelContinuations, first.values.isEmpty {
            let line = region.lines[index]
            if line.text.page != first.text.page || rowLines.contains(index) { break }
            let kept = line.labelTokens.map(\.text).filter { !isFragment($0) }
            if !kept.isEmpty { parts += kept; taken += 1 }
            if !line.values.isEmpty { break }
            index += 1
        }
        return parts.joined(separator: "")
    }

    /// True for text that is part of a parent label or a header rather than of a row label.
    func isFragment(_ text: String) -> Bool {
        let folded = Normalizer.fold(text)
        return !folded.isEmpty && fragments.contains { TextSearch.contains($0, folded) }
    }

    /// The first value printed inside the row's label, between its label line and the next row's: on a line
    /// of its label text, or between two such lines with no blank line apart (`当理由` / `1` / `大量反`: plain
    /// `pdftotext` puts the cell beside a wrapped label into the label's paragraph). Nil when none is, or the
    /// row's label was not found. A value in a paragraph of its own (a block of cells printed apart) is none.
    func firstValueInsideLabel(_ row: Int, _ offsets: [Int?]) -> StreamValue? {
        let labelLines = offsets.map { $0.map { region.labels.origins[$0].line } }
        guard let lines = lineRanges(labelLines)[row] else { return nil }
        let hasLabel = { (line: Int) in lines.contains(line) && !region.lines[line].labelTokens.isEmpty }
        let inside = lines.first { line in
            !region.lines[line].values.isEmpty && (hasLabel(line) || hasLabel(line - 1) && hasLabel(line + 1))
        }
        return inside.flatMap { region.lines[$0].values.first }.map { region.values[$0] }
    }
}
