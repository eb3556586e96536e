/// The rows of one table's grids (a table split into several `<table>`s or Word tables reads as one),
/// each split into its label (the leading text cells) and its values (the cells after the last text cell
/// that `CellValue` reads: numbers, placeholders, blanks). Merged cells count once per row.
struct GridRows {
    struct Row {
        var grid: Int
        var index: Int
        /// The label cells' texts joined with spaces (a group label spread over its sub-rows included).
        var label: String
        var folded: String
        /// Cells after the last label cell, one per merged cell: grid column and slot.
        var values: [(column: Int, slot: CellGrid.Slot)]
        /// Cells whose text is not a value, in order, with their grid columns.
        var labels: [(column: Int, slot: CellGrid.Slot)]
    }

    let grids: [CellGrid]
    let rows: [Row]
    /// Per grid, per row: the index into `rows`.
    private let position: [[Int]]

    init(_ grids: [CellGrid]) {
        self.grids = grids
        var rows: [Row] = []
        var position: [[Int]] = []
        for (g, grid) in grids.enumerated() {
            position.append(Array(rows.count..<(rows.count + grid.rows.count)))
            for r in grid.rows.indices {
                let cells = grid.distinctCells(ofRow: r)
                let isLabel = cells.map { !$0.slot.text.isEmpty && CellValue.parse($0.slot.text) == nil }
                let lastLabel = isLabel.lastIndex(of: true)
                let labels = cells.indices.filter { isLabel[$0] }.map { cells[$0] }
                let values = Array(cells[(lastLabel.map { $0 + 1 } ?? 0)...])
                let label = labels.map(\.slot.text).joined(separator: " ")
                rows.append(Row(grid: g, index: r, label: label, folded: Normalizer.fold(label), values: values, labels: labels))
            }
        }
        self.rows = rows
        self.position = position
    }

    /// The row at row `r` of grid `g`.
    func row(grid g: Int, index r: Int) -> Row { rows[position[g][r]] }

    /// The grid a row belongs to.
    func grid(of row: Row) -> CellGrid { grids[row.grid] }

    /// A cell of the report from a slot: value by `CellValue`, printed text kept, place in the grid.
    func cell(_ slot: CellGrid.Slot, of row: Row, unit: String? = nil) -> Cell {
        let parsed = CellValue.parse(slot.text)
        return Cell(value: parsed?.value ?? 0, printed: slot.text, unit: parsed?.unit ?? unit,
                    grid: grid(of: row).place(row: slot.origin.row, column: slot.origin.column))
    }

    /// Rows whose labels match `definitions` in template order: each row's label is matched against the
    /// rows after the last one placed; rows without values (headers, group labels) are skipped.
    func match(_ definitions: [RowDefinition]) -> [(definition: Int, row: Int)] {
        var placed: [(definition: Int, row: Int)] = []
        for (i, row) in rows.enumerated() where !row.values.isEmpty && !row.folded.isEmpty {
            let start = (placed.last?.definition ?? -1) + 1
            guard start < definitions.count,
                  let d = definitions[start...].firstIndex(where: { RowMatcher.matches(folded: row.folded, $0) }) else { continue }
            placed.append((d, i))
        }
        return placed
    }

    /// The header texts above column `c` of grid `g`: the slots there (each merged cell once) of the rows
    /// before row `firstData` that hold no values, top to bottom.
    func headerPath(grid g: Int, column c: Int, before firstData: Int) -> [String] {
        var path: [String] = []
        var last: CellGrid.Slot.Origin?
        for r in 0..<min(firstData, grids[g].rows.count) where c < grids[g].rows[r].count && row(grid: g, index: r).values.isEmpty {
            let slot = grids[g].rows[r][c]
            if slot.origin != last, !slot.text.isEmpty { path.append(slot.text) }
            last = slot.origin
        }
        return path
    }

    /// Printed values (not blanks) in a row.
    static func printedCount(_ row: Row) -> Int { row.values.filter { !$0.slot.text.isEmpty }.count }
}
