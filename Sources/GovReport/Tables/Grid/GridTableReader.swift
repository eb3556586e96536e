/// Reads the template tables from grids of cells (web pages and Word files, see `CellGrid`): rows by their
/// labels with `RowMatcher` against `TemplateRows`, columns by the header words above them, values by
/// `CellValue`. Merged cells are already spread out, so a group label (（三）不予公开) is part of each of its
/// sub-rows' labels and a header spanning columns (法人或其他组织) is above each of them.
///
/// Each reader takes the grids found in one section, in order (a table split into several grids reads as
/// one), and returns a `TableReading` with the same keys and warnings as the PDF readers.
///
/// ```swift
/// let reading = GridTableReader.requests([grid])
/// reading.table?["granted", "natural_person"]?.grid // GridPlace(table: 1, row: 4, column: 4)
/// ```
public enum GridTableReader {
    /// Section 三. Three （六） sub-rows make a 2021 table; one （六）其他处理 row is read as `other`, with a
    /// `single_other_row` warning when `reportTemplate` (the report's, as its section 二 tells) is 2021.
    public static func requests(_ grids: [CellGrid], reportTemplate: TemplateVersion? = nil) -> TableReading {
        let kind = TableKind.requests
        let rows = GridRows(grids)
        let new = rows.match(TemplateRows.requestRows(.v2021)), old = rows.match(TemplateRows.requestRows(.v2019))
        let template: TemplateVersion = old.count > new.count ? .v2019
            : (old.count == new.count && reportTemplate == .v2019 ? .v2019 : .v2021)
        let definitions = TemplateRows.requestRows(template)
        let placed = template == .v2019 ? old : new
        guard !placed.isEmpty else { return TableReading(table: nil, warnings: [missing(kind, grids: grids)]) }
        var warnings: [ExtractionWarning] = []
        let hasSingleOther = placed.contains { definitions[$0.definition].key == "other" }
        if template == .v2019, hasSingleOther, reportTemplate == .v2021 {
            warnings.append(ExtractionWarning(
                code: "single_other_row",
                message: "The request table prints a single （六）其他处理 row although the report follows the 2021 template; read as row `other`, no sub-rows invented.",
                table: kind.rawValue, row: "other"))
        }
        let columns = TemplateRows.requestColumns
        let mapping = columnMapping(rows, placed: placed.map(\.row), columns: columns)
        var tableRows: [TableRow] = []
        for (d, r) in placed {
            let row = rows.rows[r], key = definitions[d].key
            let slots = valueSlots(row, in: rows, columns: columns.count, mapping: mapping[row.grid], key: key, kind: kind, warnings: &warnings)
            tableRows.append(TableRow(key: key, label: row.label, cells: zip(columns, slots).map { column, slot in
                (column.key, checkedCell(slot, row: row, in: rows, key: key, column: column.key, kind: kind, warnings: &warnings))
            }))
        }
        warnings += unplaced(rows, placed: Set(placed.map(\.row)), kind: kind)
        warnings += missingRows(definitions, found: Set(tableRows.map(\.key)), kind: kind)
        return TableReading(table: Table(kind: kind, template: template, rows: tableRows), warnings: warnings)
    }

    // MARK: Columns

    /// Per grid, the grid column of each template column, found by the header words above the data rows
    /// (the lowest header cell of each column), in order; a continuation grid without a header of its own
    /// takes the previous grid's columns when it is as wide. Nil for a grid whose header names not all columns.
    static func columnMapping(_ rows: GridRows, placed: [Int], columns: [ColumnDefinition]) -> [Int: [Int]] {
        var mapping: [Int: [Int]] = [:]
        var previous: (width: Int, columns: [Int])?
        for g in rows.grids.indices {
            guard let first = placed.map({ rows.rows[$0] }).first(where: { $0.grid == g }) else { continue }
            let width = rows.grids[g].rows.first?.count ?? 0
            if let found = headerColumns(rows, grid: g, firstData: first.index, width: width, columns: columns) {
                mapping[g] = found
                previous = (width, found)
            } else if let previous, previous.width == width {
                mapping[g] = previous.columns
            }
        }
        return mapping
    }

    static func headerColumns(_ rows: GridRows, grid g: Int, firstData: Int, width: Int,
                              columns: [ColumnDefinition]) -> [Int]? {
        let lowest = (0..<width).map { c in rows.headerPath(grid: g, column: c, before: firstData).last.map(Normalizer.fold) }
        var found: [Int] = []
        for column in columns {
            let start = (found.last ?? -1) + 1
            guard start < width, let c = (start..<width).first(where: { c in
                lowest[c].map { text in column.words.contains { TextSearch.contains(text, Normalizer.fold($0)) } } ?? false
            }) else { return nil }
            found.append(c)
        }
        return found
    }

    /// The slot of each of `count` columns in a row: under its header column when the grid has a header,
    /// else the row's values left to right (when there are more, the last `count`, with `columns_guessed`;
    /// when fewer, the missing ones are nil with `value_count_mismatch`).
    ///
    /// A row whose cells are merged differently from the header's columns (a value spanning two header
    /// columns, common in Word tables saved as web pages), or that lacks a cell left of its values (a label
    /// cell dropped where a table was split), would read one cell twice, or a column past its last cell, and
    /// skip another; such a row takes its cells in order when it has one for each column, else it is
    /// `columns_disputed`.
    static func valueSlots(_ row: GridRows.Row, in rows: GridRows, columns count: Int, mapping: [Int]?, key: String,
                           kind: TableKind, warnings: inout [ExtractionWarning]) -> [CellGrid.Slot?] {
        if let mapping {
            let slots = rows.grid(of: row).rows[row.index]
            let mapped = mapping.map { c in c < slots.count ? slots[c] : nil }
            if fits(mapped, row) { return mapped }
            let cells = row.values.filter { !$0.slot.isPadding }
            if cells.count == count { return cells.map { Optional($0.slot) } }
            warnings.append(ExtractionWarning(code: "columns_disputed",
                                              message: "Row \(key): its cells are merged differently from the header's columns (\(cells.count) cells for \(count) columns); read under the header, check the row.",
                                              table: kind.rawValue, row: key))
            return mapped
        }
        let values = row.values.map(\.slot)
        if values.count == count { return values }
        if values.count > count {
            warnings.append(ExtractionWarning(code: "columns_guessed",
                                              message: "Row \(key): \(values.count) values for \(count) columns and no header to place them; the last \(count) taken.",
                                              table: kind.rawValue, row: key))
            return Array(values.suffix(count))
        }
        warnings.append(ExtractionWarning(code: "value_count_mismatch",
                                          message: "Row \(key): \(values.count) values for \(count) columns and no header to place them; placed left to right.",
                                          table: kind.rawValue, row: key))
        return values.map { Optional($0) } + Array(repeating: nil, count: count - values.count)
    }

    /// Whether the header's columns read each of the row's cells once: no merged cell under two columns, no
    /// printed value under none, and no column read past the row's cells while one of its cells is left over
    /// (a row that merely ends early, its last cells blank, fits).
    static func fits(_ mapped: [CellGrid.Slot?], _ row: GridRows.Row) -> Bool {
        let origins = mapped.compactMap { $0?.origin }
        let read = Set(origins)
        guard read.count == origins.count else { return false }
        let unread = row.values.filter { !$0.slot.isPadding && !read.contains($0.slot.origin) }
        return !unread.contains { !$0.slot.text.isEmpty } && (unread.isEmpty || !mapped.contains { $0?.isPadding ?? true })
    }

    // MARK: Cells and warnings

    /// A cell from a slot; a blank slot is `blank_cell` (0), text that is no value is `cell_unreadable`.
    static func checkedCell(_ slot: CellGrid.Slot?, row: GridRows.Row, in rows: GridRows, key: String, column: String,
                            kind: TableKind, unit: String? = nil, warnings: inout [ExtractionWarning]) -> Cell {
        guard let slot, !slot.text.isEmpty else {
            warnings.append(ExtractionWarning(code: "blank_cell", message: "Cell \(key)/\(column) is blank; read as 0.",
                                              table: kind.rawValue, row: key, column: column))
            return slot.map { rows.cell($0, of: row, unit: unit) } ?? Cell(value: 0, printed: "", unit: unit)
        }
        if CellValue.parse(slot.text) == nil {
            warnings.append(ExtractionWarning(code: "cell_unreadable",
                                              message: "Cell \(key)/\(column) prints \"\(slot.text)\"; read as 0.",
                                              table: kind.rawValue, row: key, column: column))
        }
        return rows.cell(slot, of: row, unit: unit)
    }

    /// Rows that print values but match no template row.
    static func unplaced(_ rows: GridRows, placed: Set<Int>, kind: TableKind) -> [ExtractionWarning] {
        rows.rows.indices.filter { !placed.contains($0) && GridRows.printedCount(rows.rows[$0]) > 0 }.map { i in
            let row = rows.rows[i]
            return ExtractionWarning(code: "unassigned_values",
                                     message: "Table \(rows.grids[row.grid].number) row \(row.index + 1) (\(row.label.isEmpty ? "no label" : row.label)) prints \(GridRows.printedCount(row)) value(s) but matches no template row.",
                                     table: kind.rawValue)
        }
    }

    static func missingRows(_ definitions: [RowDefinition], found: Set<String>, kind: TableKind) -> [ExtractionWarning] {
        definitions.filter { !found.contains($0.key) }.map { row in
            ExtractionWarning(code: "row_missing", message: "Row \(row.key) (\(row.label)) was not found in the \(kind.rawValue) table.",
                              table: kind.rawValue, row: row.key)
        }
    }

    static func missing(_ kind: TableKind, grids: [CellGrid]) -> ExtractionWarning {
        ExtractionWarning(code: "table_missing",
                          message: grids.isEmpty ? "No table found in the section."
                              : "No \(kind.rawValue) table found in the section's \(grids.count) table(s) (no template row label recognised).",
                          table: kind.rawValue)
    }
}
