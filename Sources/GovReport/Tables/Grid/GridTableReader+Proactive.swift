extension GridTableReader {
    /// Section 二. The template (2019 or 2021 wording) is told by the table's words; each row's values are
    /// placed under the header row above it (信息内容 | 本年制发件数 | …), which changes from group to group.
    public static func proactive(_ grids: [CellGrid]) -> TableReading {
        let kind = TableKind.proactive
        let rows = GridRows(grids)
        let text = Normalizer.fold(grids.flatMap { $0.rows.flatMap { $0.map(\.text) } }.joined(separator: " "))
        let template = TemplateDetection.proactive(folded: text) ?? .v2021
        let specs = TemplateRows.proactiveRows(template)
        let placed = rows.match(specs.map(\.row))
        guard !placed.isEmpty else { return TableReading(table: nil, warnings: [missing(kind, grids: grids)]) }
        var warnings: [ExtractionWarning] = []
        var tableRows: [TableRow] = []
        for (d, r) in placed {
            let row = rows.rows[r], spec = specs[d], key = spec.row.key
            let headers = headerTexts(above: row, in: rows)
            var byColumn: [String: CellGrid.Slot] = [:]
            let named = spec.columns.map { column in
                row.values.first { value in
                    headers[value.column].map { h in column.words.contains { TextSearch.contains(h, Normalizer.fold($0)) } } ?? false
                }
            }
            if named.allSatisfy({ $0 != nil }), Set(named.map { $0?.column }).count == named.count {
                for (column, value) in zip(spec.columns, named) { byColumn[column.key] = value?.slot }
            } else {
                for (column, value) in zip(spec.columns, row.values) { byColumn[column.key] = value.slot }
                if row.values.count != spec.columns.count {
                    warnings.append(ExtractionWarning(code: "columns_guessed",
                                                      message: "Row \(key): \(row.values.count) values for \(spec.columns.count) columns and no header to place them; placed left to right.",
                                                      table: kind.rawValue, row: key))
                }
            }
            let cells = spec.columns.map { column -> (column: String, cell: Cell) in
                let value = byColumn[column.key]
                let header = value.flatMap { v in row.values.first { $0.slot == v }.flatMap { headers[$0.column] } }
                let unit = header.flatMap(headerUnit) ?? (key == "fees" && template == .v2021 ? "万元" : nil)
                return (column.key, checkedCell(value, row: row, in: rows, key: key, column: column.key, kind: kind,
                                                unit: unit, warnings: &warnings))
            }
            tableRows.append(TableRow(key: key, label: row.label, cells: cells))
        }
        warnings += unplaced(rows, placed: Set(placed.map(\.row)), kind: kind)
        warnings += missingRows(specs.map(\.row), found: Set(tableRows.map(\.key)), kind: kind)
        return TableReading(table: Table(kind: kind, template: template, rows: tableRows), warnings: warnings)
    }

    /// The folded texts of the nearest header row above `row` in its grid (a row of two or more text
    /// cells and no values), by grid column.
    static func headerTexts(above row: GridRows.Row, in rows: GridRows) -> [Int: String] {
        for r in stride(from: row.index - 1, through: 0, by: -1) {
            let candidate = rows.row(grid: row.grid, index: r)
            guard candidate.values.isEmpty, candidate.labels.count >= 2 else { continue }
            let slots = rows.grid(of: row).rows[r]
            return Dictionary(uniqueKeysWithValues: slots.indices.map { ($0, Normalizer.fold(slots[$0].text)) })
        }
        return [:]
    }

    /// 万元 or 元 when a header names the unit (本年收费金额（单位：万元）, 采购总金额（元）).
    static func headerUnit(_ folded: String) -> String? {
        if TextSearch.contains(folded, "万元") { return "万元" }
        if TextSearch.contains(folded, "(元)") || TextSearch.contains(folded, "单位:元") { return "元" }
        return nil
    }
}
