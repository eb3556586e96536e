/// Section 二 has no sums, so the text order alone never settles a row whose values plain `pdftotext` printed
/// apart from its label or as blocks apart. But a block may hold a column's header cell and the cells right
/// under it: `本年废止件数` / `—` / `5`, the header's line, then one value per line, the group's first row's,
/// then its second's. Such a value is named by the text: its column by the header line above it, its row by
/// its place in the stack within its group, the group by the nearest 第二十条第（N）项 above the header (two
/// groups print 本年处理决定数量). When the text names every value of a group so, and the values named are
/// the ones the text order gave the group's rows, the group's rows are read from the names: settled.
extension StreamRowPlacement {
    /// Section 二's groups (row keys, in order) by the item of 第二十条 that heads them.
    static let proactiveGroups: [(item: String, rows: [String])] = [
        ("(一)", ["regulations", "normative_documents"]), ("(五)", ["licensing", "other_services"]),
        ("(六)", ["penalty", "coercion"]), ("(八)", ["fees"]), ("(九)", ["procurement"]),
    ].map { (Normalizer.fold($0.0), $0.1) }

    /// Re-places, in `placed`, the rows of each group whose values the text names (see the extension's
    /// summary), when the values so named are the ones read for the group's rows (in another order): the text
    /// order may have put them in other cells. Returns the rows so read (settled).
    func settledByNames(_ placed: inout [[StreamValue]?]) -> Set<Int> {
        guard rowCheck == nil else { return [] }
        var settled = Set<Int>()
        for group in Self.proactiveGroups {
            let rows = specs.indices.filter { group.rows.contains(specs[$0].row.key) }
            let named: [[StreamValue]] = rows.compactMap(namedCells)
            let read: [StreamValue] = rows.flatMap { placed[$0] ?? [] }
            let names: [StreamValue] = named.flatMap { $0 }
            guard !rows.isEmpty, named.count == rows.count, names.count == read.count, Set(names) == Set(read) else { continue }
            for (row, cells) in zip(rows, named) { placed[row] = cells }
            settled.formUnion(rows)
        }
        return settled
    }

    /// Row `i`'s values, one per column, each the one value of the region standing at the row's place in a
    /// stack under a header line naming its column, in its group; nil when a column has none, or several.
    private func namedCells(_ i: Int) -> [StreamValue]? {
        let key = specs[i].row.key
        guard rowCheck == nil, let group = Self.proactiveGroups.first(where: { $0.rows.contains(key) }) else { return nil }
        // The row's place among its group's rows this template prints.
        let place = group.rows.filter { row in specs.contains { $0.row.key == row } }.firstIndex(of: key) ?? 0
        var cells: [StreamValue] = []
        for column in specs[i].columns {
            let label = Normalizer.fold(column.label)
            let candidates = region.values.filter { value in
                guard let line = header(above: value, place: place) else { return false }
                return TextSearch.contains(folded(line), label) && item(above: line) == group.item
            }
            guard candidates.count == 1 else { return nil }
            cells.append(candidates[0])
        }
        return cells
    }

    /// The line `place + 1` lines above `value`'s, a line of label text alone, when the lines between hold one
    /// value each and nothing else (a stack of cells right under a header line) and `value` stands alone.
    private func header(above value: StreamValue, place: Int) -> Int? {
        let line = value.line - place - 1
        let alone = { (l: Int) in region.lines[l].values.count == 1 && region.lines[l].labelTokens.isEmpty }
        guard line >= 0, alone(value.line), ((line + 1)..<value.line).allSatisfy(alone),
              region.lines[line].values.isEmpty, !region.lines[line].labelTokens.isEmpty else { return nil }
        return line
    }

    /// The folded `(N)` of the nearest line at or above `line` naming an item of 第二十条 (第二十条第（五）项).
    private func item(above line: Int) -> String? {
        for l in stride(from: line, through: 0, by: -1) {
            let text = folded(l)
            guard let range = text.range(of: "第二十条第") else { continue }
            return String(text[range.upperBound...].prefix(3))
        }
        return nil
    }

    private func folded(_ line: Int) -> String {
        Normalizer.fold(region.lines[line].labelTokens.map(\.text).joined())
    }
}
