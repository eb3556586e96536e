/// A column of values on one page: its key and the x-range its values occupy.
struct ValueColumn: Hashable, Sendable {
    var key: String
    var x0: Double
    var x1: Double
    var centre: Double { (x0 + x1) / 2 }
}

/// Finds the value columns of a table on one page from the x-alignment of the values themselves,
/// naming them in order when their count is the template's, else by the header words above them,
/// else by the columns of the previous page.
enum ColumnFinder {
    /// Given value pieces, return the x-ranges of their columns, left to right (`joinGap` in points).
    ///
    /// A piece that bridges two columns (the values of two cells glued into one token, `4679168`)
    /// would chain them into one; such pieces (the pieces under them fall into two or more groups)
    /// are left out, widest first.
    static func clusters(of pieces: [TablePiece], joinGap: Double) -> [(x0: Double, x1: Double)] {
        var kept = pieces
        for piece in pieces.sorted(by: { $0.box.width > $1.box.width }) where piece.text.count > 1 {
            let under = kept.filter { $0 != piece && $0.box.x0 < piece.box.x1 && $0.box.x1 > piece.box.x0 }
            if Clustering.intervals(under.map { ($0.box.x0, $0.box.x1) }, joinGap: joinGap).count >= 2,
               let i = kept.firstIndex(of: piece) {
                kept.remove(at: i)
            }
        }
        return Clustering.intervals(kept.map { ($0.box.x0, $0.box.x1) }, joinGap: joinGap).map { group in
            (group.map { kept[$0].box.x0 }.min() ?? 0, group.map { kept[$0].box.x1 }.max() ?? 0)
        }
    }

    /// Splits a number printed across several columns (two cells' digits glued into one token) into
    /// one piece per column, cutting where the parts fit their columns best; other pieces are returned whole.
    static func split(_ piece: TablePiece, across columns: [ValueColumn]) -> [TablePiece] {
        let over = columns.filter { $0.x0 < piece.box.x1 && $0.x1 > piece.box.x0 }.sorted { $0.x0 < $1.x0 }
        let chars = Array(piece.text)
        guard over.count >= 2, piece.isNumber, chars.count >= over.count,
              chars.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return [piece] }
        func outside(_ b: Box, _ lo: Double, _ hi: Double) -> Double { max(0, lo - b.x0) + max(0, b.x1 - hi) }
        let token = piece.token
        var best: (cut: Int, cost: Double)?
        for cut in 1..<chars.count {
            let left = TablePieces.subBox(of: token, from: 0, to: cut)
            let right = TablePieces.subBox(of: token, from: cut, to: chars.count)
            let cost = outside(left, over[0].x0, over[0].x1) + outside(right, over[1].x0, over[over.count - 1].x1)
            if best.map({ cost < $0.cost }) ?? true { best = (cut, cost) }
        }
        guard let cut = best?.cut else { return [piece] }
        let head = TablePiece(text: String(chars[..<cut]), box: TablePieces.subBox(of: token, from: 0, to: cut), page: piece.page)
        let tail = TablePiece(text: String(chars[cut...]), box: TablePieces.subBox(of: token, from: cut, to: chars.count), page: piece.page)
        return [head] + split(tail, across: Array(over.dropFirst()))
    }

    /// Given column x-ranges and the template's columns, return the keyed columns.
    ///
    /// - `header`: label pieces printed above the values on this page (may be empty on a
    ///   continuation page); `previous`: the columns found on the page before, if any.
    /// - Returns the columns and a note when the naming had to guess (nil when it did not).
    static func keyed(_ ranges: [(x0: Double, x1: Double)], columns: [ColumnDefinition], header: [TablePiece],
                      previous: [ValueColumn]?) -> (columns: [ValueColumn], note: String?) {
        var ranges = ranges
        // More clusters than columns: a cell's digits printed apart; merge the closest neighbours.
        while ranges.count > columns.count, ranges.count > 1 {
            let gaps = (1..<ranges.count).map { ranges[$0].x0 - ranges[$0 - 1].x1 }
            guard let closest = gaps.indices.min(by: { gaps[$0] < gaps[$1] }) else { break }
            let k = closest + 1
            ranges[k - 1] = (ranges[k - 1].x0, max(ranges[k - 1].x1, ranges[k].x1))
            ranges.remove(at: k)
        }
        if ranges.count == columns.count {
            return (zip(columns, ranges).map { ValueColumn(key: $0.key, x0: $1.x0, x1: $1.x1) }, nil)
        }
        if let fromHeader = byHeader(ranges, columns: columns, header: header) {
            return (fromHeader, nil)
        }
        if let previous, !previous.isEmpty {
            let named: [ValueColumn] = ranges.compactMap { r in
                let centre = (r.x0 + r.x1) / 2
                guard let near = previous.min(by: { abs($0.centre - centre) < abs($1.centre - centre) }) else { return nil }
                return ValueColumn(key: near.key, x0: r.x0, x1: r.x1)
            }
            return (named, "columns named from the previous page's positions")
        }
        let named = zip(columns, ranges).map { ValueColumn(key: $0.key, x0: $1.x0, x1: $1.x1) }
        return (named, "found \(ranges.count) value columns for \(columns.count) and no header; named left to right")
    }

    /// Names columns by the header characters above each (monotonic best alignment), or nil when the
    /// header says too little (no column scores).
    static func byHeader(_ ranges: [(x0: Double, x1: Double)], columns: [ColumnDefinition],
                         header: [TablePiece]) -> [ValueColumn]? {
        guard !ranges.isEmpty, !header.isEmpty else { return nil }
        let chars = header.flatMap { TablePieces.characters(of: $0.token) }
        // Each cluster owns the x-span up to the midpoints with its neighbours.
        let bounds: [(Double, Double)] = ranges.indices.map { i in
            let lo = i == 0 ? -Double.infinity : (ranges[i - 1].x1 + ranges[i].x0) / 2
            let hi = i == ranges.count - 1 ? Double.infinity : (ranges[i].x1 + ranges[i + 1].x0) / 2
            return (lo, hi)
        }
        let texts = bounds.map { b in
            chars.filter { $0.box.midX >= b.0 && $0.box.midX < b.1 }.map { Normalizer.fold($0.text) }.joined()
        }
        let distinctive = columns.map { c -> Set<Character> in
            let others = Set(columns.filter { $0.key != c.key }.flatMap { Normalizer.fold($0.label) })
            let own = Set(Normalizer.fold(c.label)).subtracting(others)
            return own.isEmpty ? Set(Normalizer.fold(c.label)) : own
        }
        let score: [[Double]] = texts.map { text in
            distinctive.map { words in Double(words.filter { text.contains($0) }.count) / Double(words.count) }
        }
        guard score.flatMap({ $0 }).contains(where: { $0 > 0 }) else { return nil }
        // Monotonic alignment of m clusters onto n columns (m <= n) maximising the total score.
        let m = ranges.count, n = columns.count
        guard m <= n else { return nil }
        var dp = Array(repeating: Array(repeating: -Double.infinity, count: n + 1), count: m + 1)
        var take = Array(repeating: Array(repeating: false, count: n + 1), count: m + 1)
        for j in 0...n { dp[0][j] = 0 }
        for i in 1...m {
            for j in i...n {
                let skip = dp[i][j - 1]
                let use = dp[i - 1][j - 1] + score[i - 1][j - 1]
                if use >= skip { dp[i][j] = use; take[i][j] = true } else { dp[i][j] = skip }
            }
        }
        var result: [ValueColumn] = []
        var i = m, j = n
        while i > 0 && j > 0 {
            if take[i][j] {
                result.append(ValueColumn(key: columns[j - 1].key, x0: ranges[i - 1].x0, x1: ranges[i - 1].x1))
                i -= 1
            }
            j -= 1
        }
        return result.reversed()
    }

    /// The column a piece falls in: the one whose range holds its centre, else the nearest within
    /// the midpoints to its neighbours.
    static func column(of piece: TablePiece, in columns: [ValueColumn]) -> ValueColumn? {
        let x = piece.box.midX
        if let inside = columns.first(where: { x >= $0.x0 && x <= $0.x1 }) { return inside }
        return columns.min { abs($0.centre - x) < abs($1.centre - x) }
    }
}
