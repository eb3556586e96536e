/// Section 三: a number too wide for its cell wraps onto the cell's next line (`546` over `7` for 5467 in a
/// narrow 总计 column; bottom-aligned, the head stands alone above the row's line of values, top-aligned, the
/// tail alone below it). The piece standing alone is read as the continuation of the number printed in the
/// same column on the line beside it, head first. Such a joining is trusted only while the table adds up
/// (`GeometryTableReader.requests` warns `cells_doubtful` otherwise).
extension GeometryTableReader {
    /// Given a row's value bands (`merged`), return them with every extra band (not the one with the most
    /// values) whose each piece is a number directly above or below a number of the row's band in the same
    /// column joined into that band, and the joined cells' printed texts; the bands as they were when no
    /// extra band is such a continuation.
    static func joiningWrappedCells(_ bands: [ValueBand], columns: [ValueColumn], alignment: NumberAlignment,
                                    unit: Double) -> (bands: [ValueBand], joined: [String]) {
        guard bands.count > 1, let main = bands.indices.max(by: { bands[$0].pieces.count < bands[$1].pieces.count })
        else { return (bands, []) }
        var row = bands[main]
        var rest: [ValueBand] = []
        var joined: [String] = []
        for (b, band) in bands.enumerated() where b != main {
            let partners = band.pieces.map { p -> Int? in
                guard p.isNumber, let column = ColumnFinder.column(of: p, in: columns, alignment: alignment) else { return nil }
                return row.pieces.firstIndex { q in
                    q.isNumber && (continues(p, under: q, unit: unit) || continues(q, under: p, unit: unit))
                        && ColumnFinder.column(of: q, in: columns, alignment: alignment) == column
                }
            }
            let found = partners.compactMap { $0 }
            guard found.count == band.pieces.count, Set(found).count == found.count,
                  let cells = joinedCells(band.pieces, into: row.pieces, at: found) else { rest.append(band); continue }
            row.pieces = cells.pieces
            joined += cells.texts
        }
        guard !joined.isEmpty else { return (bands, []) }
        return ([row] + rest, joined)
    }

    /// `pieces` with each of `extra` joined to the piece at its index in `partners`, the upper one's text
    /// first; nil when a joined text reads as no number.
    private static func joinedCells(_ extra: [TablePiece], into pieces: [TablePiece], at partners: [Int])
        -> (pieces: [TablePiece], texts: [String])? {
        var result = pieces, texts: [String] = []
        for (p, q) in zip(extra, partners) {
            let other = result[q]
            let (upper, lower) = p.box.midY < other.box.midY ? (p, other) : (other, p)
            let text = upper.text + lower.text
            guard CellValue.parse(text).map({ !$0.isPlaceholder }) == true else { return nil }
            result[q] = TablePiece(text: text, box: upper.box.union(lower.box), page: other.page, grid: other.grid)
            texts.append("\(upper.text) / \(lower.text)")
        }
        return (result, texts)
    }

    /// True when `p` is printed on the line right under `q` and overlaps it by half the narrower's width:
    /// the next line of the same cell.
    static func continues(_ p: TablePiece, under q: TablePiece, unit: Double) -> Bool {
        p.page == q.page && p.box.y0 > q.box.y1 - 0.2 * unit && p.box.y0 - q.box.y1 < 0.5 * unit
            && min(p.box.x1, q.box.x1) - max(p.box.x0, q.box.x0) >= 0.5 * min(p.box.width, q.box.width)
    }
}
