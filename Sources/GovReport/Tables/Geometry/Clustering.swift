/// One-dimensional grouping used for columns (x) and value rows (y).
enum Clustering {
    /// Given intervals, return groups of indices whose intervals chain together (overlap or come closer
    /// than `joinGap`), groups ordered by position and indices within a group by interval start.
    ///
    /// ```swift
    /// Clustering.intervals([(0, 5), (4, 9), (20, 25)], joinGap: 1) // [[0, 1], [2]]
    /// ```
    static func intervals(_ ranges: [(lower: Double, upper: Double)], joinGap: Double) -> [[Int]] {
        let order = ranges.indices.sorted { ranges[$0].lower < ranges[$1].lower }
        var groups: [[Int]] = []
        var reach = -Double.infinity
        for i in order {
            if groups.isEmpty || ranges[i].lower > reach + joinGap {
                groups.append([i])
                reach = ranges[i].upper
            } else {
                groups[groups.count - 1].append(i)
                reach = max(reach, ranges[i].upper)
            }
        }
        return groups
    }

    /// Given values, return groups of indices whose sorted values step by less than `tolerance`.
    ///
    /// ```swift
    /// Clustering.values([10, 10.4, 30], tolerance: 1) // [[0, 1], [2]]
    /// ```
    static func values(_ values: [Double], tolerance: Double) -> [[Int]] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var groups: [[Int]] = []
        var last = -Double.infinity
        for i in order {
            if groups.isEmpty || values[i] - last >= tolerance { groups.append([i]) } else { groups[groups.count - 1].append(i) }
            last = values[i]
        }
        return groups
    }
}

/// Value tokens that share a horizontal band on one page: one printed row of numbers.
struct ValueBand: Hashable, Sendable {
    var page: Int
    /// Pieces left to right.
    var pieces: [TablePiece]

    var box: Box { Box.enclosing(pieces.map(\.box)) ?? Box(x0: 0, y0: 0, x1: 0, y1: 0) }
    var midY: Double { box.midY }

    /// Given value pieces, return their bands per page, top to bottom (centres within `tolerance`).
    static func bands(of pieces: [TablePiece], tolerance: Double) -> [ValueBand] {
        var result: [ValueBand] = []
        // Pieces are handled by index and copied once, into their band.
        for page in Set(pieces.map(\.page)).sorted() {
            let onPage = pieces.indices.filter { pieces[$0].page == page }
            for group in Clustering.values(onPage.map { pieces[$0].box.midY }, tolerance: tolerance) {
                let members = group.map { onPage[$0] }.sorted { pieces[$0].box.x0 < pieces[$1].box.x0 }
                result.append(ValueBand(page: page, pieces: members.map { pieces[$0] }))
            }
        }
        let midY = result.map(\.midY)
        return result.indices.sorted { (result[$0].page, midY[$0]) < (result[$1].page, midY[$1]) }.map { result[$0] }
    }
}
