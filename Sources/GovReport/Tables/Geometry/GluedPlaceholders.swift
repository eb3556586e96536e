/// Placeholders `无` glued by extraction to the end of a label line (`（三）1.属于国家无`, `法案卷无无`; to
/// each other or to numbers, `无无`, `4无`, see `TablePieces.unsigned`): a table printing zeros as 无 in narrow columns puts the first column's 无 so
/// close to the label that both come out as one token, which then reads as label text (the row's label
/// no longer matches, and the cells are lost).
///
/// A 无 belongs to the cells when it stands right of where the page's first column of values starts (a
/// label never reaches into the values' columns): trailing 无 whose estimated place is centred there are
/// cut off as placeholders, each one cell. A label's own 无 (`1.申请人无` wrapped before 正当理由) ends left
/// of that edge and stays.
///
/// ```swift
/// GluedPlaceholders.separated(pieces, unit: 9, joinGap: 3)   // `（三）1.属于国家无` → `（三）1.属于国家` + `无`
/// ```
enum GluedPlaceholders {
    /// Given a table's pieces, its length unit and the gap that joins values into one column, return the
    /// pieces with glued placeholders cut off their labels.
    static func separated(_ pieces: [TablePiece], unit: Double, joinGap: Double) -> [TablePiece] {
        // Most tables print no 无 at a label's end: then nothing is measured, nor copied.
        guard pieces.contains(where: { $0.value == nil && !$0.grid && endsInWu($0.text) }) else { return pieces }
        // The first column starts no further left than the page's leftmost value: a line ending left of
        // that is a label's own (most are), told without finding the columns.
        var leftmostValue: [Int: Double] = [:]
        for piece in pieces where piece.value != nil && !piece.estimated {
            leftmostValue[piece.page] = min(leftmostValue[piece.page] ?? .infinity, piece.box.x0)
        }
        var edges: [Int: Double?] = [:]
        func edge(_ page: Int) -> Double? {
            if let known = edges[page] { return known }
            // Placeholders cut off a label's end count (their right end is printed): a narrow first column
            // may print few of its own (`/` glued to `申请内容/`, `理由大量/`).
            let values = pieces.filter { $0.page == page && $0.value != nil }
            let members = ColumnFinder.unbridged(values, joinGap: joinGap).map { values[$0] }
            // The leftmost column of values (three or more of them: a stray number is none).
            let first = ColumnFinder.clusters(of: members, joinGap: joinGap).first { $0.count >= 3 }?.x0
            edges[page] = first
            return first
        }
        var result: [TablePiece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            guard piece.value == nil, !piece.grid, endsInWu(piece.text),
                  let leftmost = leftmostValue[piece.page], piece.box.x1 > leftmost + 0.5 * unit,
                  let edge = edge(piece.page), piece.box.x1 > edge + 0.5 * unit else { result.append(piece); continue }
            let chars = Array(piece.text)
            var cut = chars.count
            while cut > 0, chars[cut - 1] == "无",
                  TablePieces.subBox(of: piece.token, from: cut - 1, to: cut, grid: false).midX > edge { cut -= 1 }
            guard cut < chars.count else { result.append(piece); continue }
            result.append(TablePiece(TablePieces.subToken(piece.token, from: 0, to: cut, grid: false), grid: false))
            result += placeholders(piece, from: cut)
        }
        return result
    }

    /// True when the text ends in 无 (E6 97 A0), read on its last UTF-8 bytes.
    private static func endsInWu(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 3 else { return false }
        let last = utf8.index(utf8.endIndex, offsetBy: -3)
        return utf8[last] == 0xE6 && utf8[utf8.index(after: last)] == 0x97 && utf8[utf8.index(last, offsetBy: 2)] == 0xA0
    }

    /// The characters `from…` of a piece (each a 无), one placeholder each: the last keeps the piece's right
    /// end, an ideograph about as wide as it is high; the places of the others are estimates.
    private static func placeholders(_ piece: TablePiece, from start: Int) -> [TablePiece] {
        let count = piece.text.count, token = piece.token
        return (start..<count).map { i in
            var placeholder = TablePiece(TablePieces.subToken(token, from: i, to: i + 1, grid: false), grid: false)
            if i + 1 == count { placeholder.box.x0 = max(placeholder.box.x0, piece.box.x1 - piece.box.height) }
            placeholder.estimated = i + 1 < count
            return placeholder
        }
    }
}
