extension GridTableReader {
    /// Section 四: fifteen values in three groups of five. Each value is placed by the header above it
    /// (行政复议 / 未经复议直接起诉 / 复议后起诉, then 结果维持 … 总计), so the table may be one row of fifteen
    /// or stacked (行政复议 above 行政诉讼); without such a header, fifteen values are read in order.
    public static func reviewLitigation(_ grids: [CellGrid]) -> TableReading {
        let kind = TableKind.reviewLitigation
        let rows = GridRows(grids)
        let groups = TemplateRows.reviewGroups, columns = TemplateRows.reviewColumns
        let expected = groups.count * columns.count
        let valueRows = rows.rows.indices.filter { GridRows.printedCount(rows.rows[$0]) > 0 || isBlankValueRow(rows.rows[$0]) }
        var byPlace: [String: (slot: CellGrid.Slot, row: GridRows.Row)] = [:]
        for i in valueRows {
            let row = rows.rows[i]
            for value in row.values {
                let path = Normalizer.fold(rows.headerPath(grid: row.grid, column: value.column, before: row.index).joined(separator: " "))
                guard let group = groups.last(where: { g in g.words.contains { TextSearch.contains(path, Normalizer.fold($0)) } }),
                      let column = columns.first(where: { c in c.words.contains { TextSearch.contains(path, Normalizer.fold($0)) } })
                else { continue }
                byPlace[group.key + "/" + column.key] = byPlace[group.key + "/" + column.key] ?? (value.slot, row)
            }
        }
        if byPlace.count != expected {
            let all = valueRows.flatMap { i in rows.rows[i].values.map { ($0.slot, rows.rows[i]) } }
            guard all.count == expected else {
                let warning = ExtractionWarning(
                    code: all.isEmpty ? "table_missing" : "value_count_mismatch",
                    message: all.isEmpty ? "no cell values found in section 四"
                        : "found \(all.count) cell values in section 四 where the table has \(expected) and no header names them; table not read",
                    table: kind.rawValue)
                return TableReading(table: nil, warnings: [warning])
            }
            byPlace = [:]
            for (g, group) in groups.enumerated() {
                for (c, column) in columns.enumerated() { byPlace[group.key + "/" + column.key] = all[g * columns.count + c] }
            }
        }
        var warnings: [ExtractionWarning] = []
        let tableRows = groups.map { group in
            TableRow(key: group.key, label: group.label, cells: columns.map { column in
                let found = byPlace[group.key + "/" + column.key]
                return (column.key, checkedCell(found?.slot, row: found?.row ?? rows.rows[0], in: rows, key: group.key,
                                                column: column.key, kind: kind, warnings: &warnings))
            })
        }
        return TableReading(table: Table(kind: kind, template: .v2021, rows: tableRows), warnings: warnings)
    }

    /// A row of blank cells only, no label (an all-zero row left empty).
    static func isBlankValueRow(_ row: GridRows.Row) -> Bool {
        row.labels.isEmpty && !row.values.isEmpty
    }
}
