/// How a table aligns its numbers in their cells: against the left edge, centred or against the right
/// edge. A number's column is read at the point the alignment keeps fixed (its left end, centre or right
/// end): a left-aligned `7` and `126` of one column start at one x, whatever the widths of the columns.
///
/// ```swift
/// NumberAlignment.of(values, unit: 10)    // .left when the values of each column start at one x
/// NumberAlignment.left.x(of: box)         // box.x0
/// ```
enum NumberAlignment: Hashable, Sendable {
    case left, centre, right

    /// The point of a value's box that the alignment keeps fixed within its column.
    func x(of box: Box) -> Double {
        switch self {
        case .left: box.x0
        case .centre: box.midX
        case .right: box.x1
        }
    }

    /// Given a table's values, return the alignment its columns show: in each column (values overlapping in
    /// x) holding values of different widths, the edge (or centre) where they line up votes; no vote or a
    /// tie is `.centre` (see `voted(_:unit:)`). Values glued across two columns are left out
    /// (`ColumnFinder.unbridged`).
    static func of(_ values: [TablePiece], unit: Double) -> NumberAlignment {
        voted(values, unit: unit) ?? .centre
    }

    /// The alignment the values' columns vote for, or nil when no column tells (every value of a column
    /// equally wide, as in a table of single digits) or the vote is tied.
    static func voted(_ values: [TablePiece], unit: Double) -> NumberAlignment? {
        let tolerance = 0.15 * unit
        var votes: [NumberAlignment: Int] = [:]
        for page in Set(values.map(\.page)) {
            // Values glued across two columns (`5815`) line up with neither: left out.
            let onPage = values.filter { $0.page == page }
            let boxes = ColumnFinder.unbridged(onPage, joinGap: 0).map { onPage[$0].box }
            for group in Clustering.intervals(boxes.map { ($0.x0, $0.x1) }, joinGap: 0) where group.count >= 2 {
                let members = group.map { boxes[$0] }
                func spread(_ x: (Box) -> Double) -> Double {
                    let xs = members.map(x)
                    return (xs.max() ?? 0) - (xs.min() ?? 0)
                }
                let left = spread(\.x0), right = spread(\.x1), centre = spread(\.midX)
                if left < tolerance && right > 2 * tolerance { votes[.left, default: 0] += 1 }
                else if right < tolerance && left > 2 * tolerance { votes[.right, default: 0] += 1 }
                else if centre < tolerance && left > 2 * tolerance { votes[.centre, default: 0] += 1 }
            }
        }
        let ranked = votes.sorted { $0.value > $1.value }
        guard let best = ranked.first, ranked.count < 2 || ranked[1].value < best.value else { return nil }
        return best.key
    }
}
