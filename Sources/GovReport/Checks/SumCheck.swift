/// One cell taking part in a sum: where it sits and what was read (nil when the cell was not found).
struct CellRef: Hashable, Sendable {
    var row: String
    var column: String
    var cell: Cell?

    init(_ table: Table, _ row: String, _ column: String) {
        self.init(table[row], key: row, column)
    }

    /// The cell in `column` of a row already looked up (nil when the table has no such row).
    init(_ row: TableRow?, key: String, _ column: String) {
        self.row = key; self.column = column; self.cell = row?[column]
    }

    init(_ row: TableRow, _ column: String) {
        self.init(row, key: row.key, column)
    }

    /// Blank or placeholder: printed no digit, so its 0 is a convention, not a statement.
    var isBlank: Bool { cell?.isPlaceholder ?? false }
    var isMissing: Bool { cell == nil }
    var value: Double { cell?.value ?? 0 }
}

/// The outcome of comparing two sums of cells, where blank and missing cells are unknown non-negative numbers.
enum SumOutcome: Equatable {
    /// The sides agree (blanks read as 0).
    case holds
    /// The sides disagree and no non-negative value in the blank cells could make them agree.
    case broken(left: Double, right: Double)
    /// The sides disagree only because of blank cells: some value in them would make them agree.
    case blankCells(left: Double, right: Double, blanks: [CellRef])
    /// The sides disagree, but cells that were not found could account for it (reported by completeness).
    case unverifiable
}

/// Compares `left` and `right` sums of cells under a tolerance.
///
/// Blank is not zero: a disagreement that some non-negative value in a blank (or missing) cell on the
/// smaller side could repair is not an arithmetic error.
///
/// ```swift
/// SumCheck.compare(left: [total], right: leaves, tolerance: 0.005)  // .broken(left: 27, right: 28)
/// ```
enum SumCheck {
    /// True when two sums agree under the tolerance: the test behind `.holds`, for callers that add up
    /// values without making cell references.
    static func agree(_ left: Double, _ right: Double, tolerance: Double) -> Bool {
        abs(left - right) <= tolerance
    }

    static func compare(left: [CellRef], right: [CellRef], tolerance: Double) -> SumOutcome {
        let l = left.reduce(0) { $0 + $1.value }
        let r = right.reduce(0) { $0 + $1.value }
        if agree(l, r, tolerance: tolerance) { return .holds }
        let smaller = l < r ? left : right
        let blanks = smaller.filter(\.isBlank)
        if !blanks.isEmpty { return .blankCells(left: l, right: r, blanks: blanks) }
        if smaller.contains(where: \.isMissing) { return .unverifiable }
        return .broken(left: l, right: r)
    }
}

extension TableRow {
    /// The value of the cell in `column`, nil when the row has none: `self[column]?.value` without
    /// copying the cell.
    func value(in column: String) -> Double? {
        // `firstIndex(where:)` lends each element to the test; a loop over indices would copy every cell.
        cells.firstIndex { $0.column == column }.map { cells[$0].cell.value }
    }
}
