/// Plain `pdftotext` text prints part of a row apart now and then (the first columns of 四、结转下年度继续办理
/// after its label, the rest before it): read in text order, that row takes another row's values or
/// loses some of its own, and its own sum (R3) breaks. In section 三 such a row is read again from the
/// template's arithmetic, which fixes each of its cells once the other rows are known: when it is the only
/// row in doubt among the rows of R1 (一、二、（七）、四、: carried_forward = new_requests + carried_over − total,
/// and so on) or of R2 (（七）总计 and the outcome rows: a leaf is the total less the other leaves), the cells
/// the arithmetic gives it are its reading — only when they are its own printed values, in some order, and
/// add up across (R3), and when the whole table then holds (R1–R3). Its printed tokens are then put under the
/// columns the arithmetic gives them; no number is changed or invented, and a row whose values do not fit
/// stays as read (and in doubt).
extension StreamRowPlacement {
    /// Rows of R1, each with its side of the balance: new_requests + carried_over − total − carried_forward = 0.
    static let balanceRows: [(key: String, sign: Double)] = [
        ("new_requests", 1), ("carried_over", 1), ("total", -1), ("carried_forward", -1),
    ]

    /// Re-places, in `placed`, the rows whose values break their own sum when the arithmetic settles them
    /// (see the extension's summary); returns the indices of the rows so re-placed. `offsets`: where each
    /// row's label was found, as `build` takes them. A row beside a broken one may hold some of its values
    /// while adding up itself (all zeros, its own values gone to the broken row): when the broken rows alone
    /// do not settle, they are tried with the row above each, then with the row below, their values pooled.
    func settledByArithmetic(_ placed: inout [[StreamValue]?], _ offsets: [Int?]) -> Set<Int> {
        guard let rowCheck else { return [] }
        let broken = Set(placed.indices.filter { i in placed[i].map { !rowCheck($0.map(\.value.value)) } ?? false })
        guard !broken.isEmpty else { return [] }
        // A broken row says the text order went astray; the other rows are trusted only where the text
        // order can be: none of their values comes from a block of value lines stacked one above the other
        // (a column of cells, whose values belong to several rows; read row by row, new_requests took zeros
        // and carried_over its values, and both still add up).
        let asRead = placed
        let rowByRow = { (doubtful: Set<Int>) in
            asRead.indices.allSatisfy { i in doubtful.contains(i) || !(asRead[i] ?? []).contains(where: isStacked) }
        }
        let present = Set(placed.indices.filter { placed[$0] != nil })
        let beside = { (step: Int) in broken.union(Set(broken.map { $0 + step }).intersection(present)) }
        for doubtful in [broken, beside(-1), beside(1)] {
            if rowByRow(doubtful), let reread = reread(doubtful, placed, rowCheck: rowCheck),
               ArithmeticVerification.brokenRules(Table(kind: kind, template: .v2021, rows: build(reread, offsets))).isEmpty {
                placed = reread
                return doubtful
            }
        }
        return []
    }

    /// `placed` with every row of `doubtful` read from the arithmetic, their printed values pooled (each row
    /// in turn the only one in doubt of R1's or R2's rows takes the values they demand of it from the pool),
    /// or nil when some row is left unsettled or some value unused.
    private func reread(_ doubtful: Set<Int>, _ placed: [[StreamValue]?], rowCheck: ([Double]) -> Bool) -> [[StreamValue]?]? {
        let index = Dictionary(specs.enumerated().map { ($1.row.key, $0) }, uniquingKeysWith: { a, _ in a })
        let balance = Self.balanceRows.compactMap { row in index[row.key].map { ($0, row.sign) } }
        let leaves = specs.indices.filter { i in !Self.balanceRows.contains { $0.key == specs[i].row.key } }
        let outcomes = leaves.map { ($0, -1.0) } + (index["total"].map { [($0, 1.0)] } ?? [])
        var placed = placed, open = doubtful, settled = Set<Int>()
        var pool = doubtful.sorted().flatMap { placed[$0] ?? [] }
        // A row beside `row` on the same side of the sum could have traded values with it unseen (new_requests
        // read as zeros, its values gone to carried_over: R1 holds either way): it must stand on its own —
        // settled by another rule, or adding up across with a number that is not 0 (a row of zeros adds up
        // whatever it lost).
        func standsAlone(_ member: (Int, Double), beside row: Int, sign: Double) -> Bool {
            guard member.1 == sign, abs(member.0 - row) == 1 else { return true }
            guard !settled.contains(member.0) else { return true }
            guard let cells = placed[member.0] else { return false }
            let values = cells.map(\.value.value)
            return values.contains { abs($0) > 1e-6 } && rowCheck(values)
        }
        var progress = true
        while progress, !open.isEmpty {
            progress = false
            for group in [balance, outcomes] where group.count > 1 {
                let unknown = group.filter { open.contains($0.0) || placed[$0.0] == nil }
                guard unknown.count == 1, let (row, sign) = unknown.first, open.contains(row),
                      group.allSatisfy({ $0.0 == row || standsAlone($0, beside: row, sign: sign) }),
                      let cells = taken(demanded(by: group, for: row, sign: sign, placed), from: &pool, rowCheck: rowCheck)
                else { continue }
                placed[row] = cells
                open.remove(row)
                settled.insert(row)
                progress = true
            }
        }
        return open.isEmpty && pool.isEmpty ? placed : nil
    }

    /// True when the value's line has a line of values right above or below it, no blank line between.
    func isStacked(_ value: StreamValue) -> Bool {
        [value.line - 1, value.line + 1].contains { region.lines.indices.contains($0) && !region.lines[$0].values.isEmpty }
    }

    /// Per column, the value the group's sum (Σ sign × row = 0) demands of `row`, the other rows as placed.
    private func demanded(by group: [(Int, Double)], for row: Int, sign: Double, _ placed: [[StreamValue]?]) -> [Double] {
        let columns = specs[row].columns.count
        return (0..<columns).map { c in
            -sign * group.reduce(0) { sum, member in
                guard member.0 != row, let cells = placed[member.0], c < cells.count else { return sum }
                return sum + member.1 * cells[c].value.value
            }
        }
    }

    /// Values of `pool` holding exactly `demanded`, in its order, taken out of the pool, when the row adds
    /// up (R3) and counts nothing negative; else nil, the pool untouched.
    private func taken(_ demanded: [Double], from pool: inout [StreamValue], rowCheck: ([Double]) -> Bool) -> [StreamValue]? {
        guard demanded.allSatisfy({ $0 > -1e-6 }), rowCheck(demanded) else { return nil }
        var rest = pool
        var cells: [StreamValue] = []
        for value in demanded {
            guard let k = rest.firstIndex(where: { abs($0.value.value - value) < 1e-6 }) else { return nil }
            cells.append(rest.remove(at: k))
        }
        pool = rest
        return cells
    }
}
