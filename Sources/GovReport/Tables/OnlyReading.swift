/// The bounded search both re-readings of plain text run (a staircase apart, rows interleaved): it walks the
/// readings the printed values allow and keeps the first one that holds, and it gives no answer when another
/// one gives other values or when the walk runs past its step budget. A reading is taken only when it is the
/// only one the printed values allow.
struct OnlyReading {
    private let maxSteps: Int
    private var steps = 0
    private var ambiguous = false
    private var cells: [[StreamValue]]?

    init(maxSteps: Int) {
        self.maxSteps = maxSteps
    }

    /// Counts one step of the walk; false when the walk should stop (past its budget, or already ambiguous).
    mutating func step() -> Bool {
        guard !ambiguous else { return false }
        steps += 1
        if steps > maxSteps { ambiguous = true }
        return !ambiguous
    }

    /// Records a reading that holds; a second one with other values leaves the search ambiguous.
    mutating func found(_ candidate: [[StreamValue]]) {
        guard let cells else { cells = candidate; return }
        if Self.values(cells) != Self.values(candidate) { ambiguous = true }
    }

    /// The only reading found; nil when none was, two differ, or the walk ran past its budget.
    var answer: [[StreamValue]]? { ambiguous ? nil : cells }

    private static func values(_ cells: [[StreamValue]]) -> [[Double]] { cells.map { $0.map(\.value.value) } }
}
