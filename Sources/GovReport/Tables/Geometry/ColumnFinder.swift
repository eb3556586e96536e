/// A column of values on one page: its key and the x-range its values occupy.
struct ValueColumn: Hashable, Sendable {
    var key: String
    var x0: Double
    var x1: Double
    var centre: Double { (x0 + x1) / 2 }
}

/// A cluster of aligned values: its x-range and how many values it holds.
struct ColumnRange: Hashable, Sendable {
    var x0: Double
    var x1: Double
    var count: Int
}

/// Finds the value columns of a table on one page from the x-alignment of the values themselves,
/// naming them in order when their count is the template's, else by the header words above them,
/// else by the columns of the previous page.
enum ColumnFinder {
    /// Given value pieces that bridge no two columns (`unbridged`), return the x-ranges of their columns,
    /// left to right (`joinGap` in points).
    static func clusters(of pieces: [TablePiece], joinGap: Double) -> [ColumnRange] {
        let boxes = pieces.map(\.box)
        return Clustering.intervals(boxes.map { ($0.x0, $0.x1) }, joinGap: joinGap).map { group in
            ColumnRange(x0: group.map { boxes[$0].x0 }.min() ?? 0, x1: group.map { boxes[$0].x1 }.max() ?? 0,
                        count: group.count)
        }
    }

    /// The indices of the pieces that do not bridge two columns. A piece that bridges two columns (the
    /// values of two cells glued into one token, `4679168`) would chain them into one. Short pieces (one
    /// or two characters) cannot bridge, so they seed the columns; a longer piece that overlaps two seeded
    /// columns is left out, and of the rest, a piece under which the other pieces fall into two groups is
    /// left out too (widest first).
    static func unbridged(_ pieces: [TablePiece], joinGap: Double) -> [Int] {
        // Pieces are handled by index: their boxes and lengths are read once.
        let boxes = pieces.map(\.box)
        let lengths = pieces.map(\.text.count)
        func groups(_ members: [Int]) -> [[Int]] {
            Clustering.intervals(members.map { (boxes[$0].x0, boxes[$0].x1) }, joinGap: joinGap)
        }
        let short = pieces.indices.filter { lengths[$0] <= 2 }
        let seeds = groups(short).map { group in
            (x0: group.map { boxes[short[$0]].x0 }.min() ?? 0, x1: group.map { boxes[short[$0]].x1 }.max() ?? 0)
        }
        var kept = short + pieces.indices.filter { p in
            lengths[p] > 2 && seeds.filter { $0.x0 < boxes[p].x1 && $0.x1 > boxes[p].x0 }.count <= 1
        }
        // The same piece twice (equal boxes first: comparing boxes is cheap, texts are not).
        func same(_ a: Int, _ b: Int) -> Bool { boxes[a] == boxes[b] && pieces[a] == pieces[b] }
        // The kept pieces by left end, once: the pieces under a wide one are walked in that order and
        // merged as `Clustering.intervals` would, without sorting them again for each wide piece.
        let byStart = kept.sorted { boxes[$0].x0 < boxes[$1].x0 }
        // A piece starting more than the widest piece's width left of p ends left of it: the walk starts after those.
        let starts = SortedValues(byStart.map { boxes[$0].x0 })
        let widest = byStart.map { boxes[$0].width }.max() ?? 0
        var removed = [Bool](repeating: false, count: pieces.count)
        func fallsApart(under p: Int) -> Bool {
            var count = 0, reach = -Double.infinity
            for q in byStart[starts.count(below: boxes[p].x0 - widest - 1)...] {
                guard boxes[q].x0 < boxes[p].x1 else { break }   // this piece and all after it start right of p
                guard !removed[q], q != p, boxes[q].x1 > boxes[p].x0, !same(q, p) else { continue }
                if count > 0, boxes[q].x0 <= reach + joinGap { reach = max(reach, boxes[q].x1); continue }
                if count == 1 { return true }
                count += 1; reach = boxes[q].x1
            }
            return false
        }
        for p in kept.filter({ lengths[$0] > 1 }).sorted(by: { boxes[$0].width > boxes[$1].width }) where fallsApart(under: p) {
            if let i = kept.firstIndex(where: { same($0, p) }) { removed[kept.remove(at: i)] = true }
        }
        return kept
    }

    /// Splits a number printed across several columns (cells' digits glued into one token) into one
    /// piece per column. Every way of cutting is tried: digits are `digitWidth` wide, the token's spare
    /// width is shared out between the parts, and the cut whose parts sit nearest their columns wins,
    /// read at the point the table's `alignment` keeps fixed (right-aligned `58` `15` end where their
    /// columns end; centred parts sit at their columns' centres). Other pieces are returned whole.
    static func split(_ piece: TablePiece, across columns: [ValueColumn], digitWidth: Double,
                      alignment: NumberAlignment = .centre) -> [TablePiece] {
        func overlaps(_ column: ValueColumn) -> Bool { column.x0 < piece.box.x1 && column.x1 > piece.box.x0 }
        let k = columns.count(where: overlaps)
        guard k >= 2, k <= 6, piece.isNumber, !piece.oneCell else { return [piece] }
        // Left to right where the alignment reads them (a column narrowed to a glued piece it holds, `11170`
        // right-aligned under 总计, starts left of the column before it but ends right of it).
        func point(_ column: ValueColumn) -> Double { alignment.x(of: Box(x0: column.x0, y0: 0, x1: column.x1, y1: 0)) }
        let over = columns.filter(overlaps).sorted { point($0) < point($1) }
        let chars = Array(piece.text)
        let n = chars.count
        guard n >= k, chars.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return [piece] }
        let dw = digitWidth > 0 && Double(n) * digitWidth <= piece.box.width ? digitWidth : piece.box.width / Double(n)
        let gap = (piece.box.width - Double(n) * dw) / Double(k - 1)
        func cost(_ bounds: [Int]) -> Double {
            var x = piece.box.x0, total = 0.0
            for i in 0..<k {
                let width = Double(bounds[i + 1] - bounds[i]) * dw
                let part = Box(x0: x, y0: 0, x1: x + width, y1: 0), column = Box(x0: over[i].x0, y0: 0, x1: over[i].x1, y1: 0)
                total += abs(alignment.x(of: part) - alignment.x(of: column))
                x += width + gap
            }
            return total
        }
        var best: (bounds: [Int], cost: Double)?
        // Each part a number as printed: a cut next to a thousands comma or inside a group of three digits
        // after it (`3,73` and `5` of `3,735`) is no cut between two cells.
        func readable(_ bounds: [Int]) -> Bool {
            (0..<k).allSatisfy { i in
                let part = chars[bounds[i]..<bounds[i + 1]]
                return part.first?.isNumber == true && part.last?.isNumber == true
                    && CellValue.parse(String(part))?.isPlaceholder == false
            }
        }
        func search(_ bounds: [Int]) {
            if bounds.count == k {
                let full = bounds + [n]
                guard readable(full) else { return }
                let c = cost(full)
                if best.map({ c < $0.cost }) ?? true { best = (full, c) }
                return
            }
            let last = bounds[bounds.count - 1]
            guard last + 1 <= n - (k - bounds.count) else { return }
            for cut in (last + 1)...(n - (k - bounds.count)) { search(bounds + [cut]) }
        }
        search([0])
        guard let bounds = best?.bounds else { return [piece] }
        var x = piece.box.x0
        return (0..<k).map { i in
            let width = Double(bounds[i + 1] - bounds[i]) * dw
            defer { x += width + gap }
            return TablePiece(text: String(chars[bounds[i]..<bounds[i + 1]]),
                              box: Box(x0: x, y0: piece.box.y0, x1: x + width, y1: piece.box.y1), page: piece.page,
                              grid: piece.grid)
        }
    }

    /// The typical width of one digit: the median of width ÷ length over pieces of one to four digits.
    static func digitWidth(of pieces: [TablePiece]) -> Double {
        let widths = pieces.compactMap { piece -> Double? in
            // ASCII digits: one byte, one character each.
            let digits = piece.text.utf8
            guard (1...4).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return piece.box.width / Double(digits.count)
        }.sorted()
        return widths.isEmpty ? 0 : widths[widths.count / 2]
    }

    /// Given column x-ranges and the template's columns, return the keyed columns.
    ///
    /// - `header`: label pieces printed above the values on this page (may be empty on a
    ///   continuation page); `previous`: the columns found on the page before, if any.
    /// - Returns the columns and a note when the naming had to guess (nil when it did not).
    static func keyed(_ ranges: [ColumnRange], columns: [ColumnDefinition], header: [TablePiece],
                      previous: [ValueColumn]?) -> (columns: [ValueColumn], note: String?) {
        var ranges = ranges
        // More clusters than columns (a value printed off its column, a cell's digits printed apart):
        // fold the cluster with the fewest values into its nearer neighbour.
        while ranges.count > columns.count, ranges.count > 1 {
            guard let k = ranges.indices.min(by: { ranges[$0].count < ranges[$1].count }) else { break }
            let left = k > 0 ? ranges[k].x0 - ranges[k - 1].x1 : .infinity
            let right = k + 1 < ranges.count ? ranges[k + 1].x0 - ranges[k].x1 : .infinity
            let into = left <= right ? k - 1 : k + 1
            ranges[into] = ColumnRange(x0: min(ranges[into].x0, ranges[k].x0), x1: max(ranges[into].x1, ranges[k].x1),
                                       count: ranges[into].count + ranges[k].count)
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
    static func byHeader(_ ranges: [ColumnRange], columns: [ColumnDefinition],
                         header: [TablePiece]) -> [ValueColumn]? {
        guard !ranges.isEmpty, !header.isEmpty else { return nil }
        let chars = header.flatMap { TablePieces.characters(of: $0) }
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

    /// The index of the column a piece falls in: the one whose range holds the point `alignment` reads it
    /// at (its centre, or its left or right end), else the nearest.
    static func column(of piece: TablePiece, in columns: [ValueColumn], alignment: NumberAlignment = .centre) -> Int? {
        let x = alignment.x(of: piece.box)
        if let inside = columns.firstIndex(where: { x >= $0.x0 && x <= $0.x1 }) { return inside }
        return columns.indices.min { abs(columns[$0].centre - x) < abs(columns[$1].centre - x) }
    }
}
