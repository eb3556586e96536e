/// Column bands of a matrix read from its header: where each column's name is printed.
///
/// Header words are often broken over lines (自然 / 人, 社会 / 公益 / 组织), letter-spaced (商 业 企 业) or
/// glued to a neighbour (商业企业科研机构). Pieces printed one above the other in the same x-range are read
/// as one stack of text; a column is found where its name occurs in a stack (or, when a stack names several
/// columns, where the name's own characters are). Each column then owns the x-span between the midpoints
/// to its neighbours: a value belongs to the band its centre falls in, wherever the other cells are blank.
///
/// ```swift
/// HeaderBands.columns(header: pieces, columns: TemplateRows.requestColumns, unit: 10)
/// // [ValueColumn(key: "natural_person", x0: -inf, x1: 304.3), …] or nil
/// ```
enum HeaderBands {
    /// Given the header pieces above a table's values on one page, return one band per column, in column
    /// order, or nil unless every column's name is found, left to right.
    static func columns(header: [TablePiece], columns: [ColumnDefinition], unit: Double) -> [ValueColumn]? {
        guard header.count >= 2, let centres = centres(header: header, columns: columns, unit: unit) else { return nil }
        return bands(centres: centres, keys: columns.map(\.key))
    }

    /// The x-centre of each column's name, in column order, or nil unless each is found and they run left
    /// to right (the leftmost candidate right of the previous column is taken).
    static func centres(header: [TablePiece], columns: [ColumnDefinition], unit: Double) -> [Double]? {
        let stacks = self.stacks(of: header, unit: unit)
        let words = columns.map { $0.words.map(Normalizer.fold) }
        // Candidate centres per column: stacks naming it alone, or the name's characters in a piece.
        var candidates = [[Double]](repeating: [], count: columns.count)
        for stack in stacks {
            let named = words.indices.filter { c in words[c].contains { TextSearch.contains(stack.text, $0) } }
            if named.count == 1 {
                candidates[named[0]].append(stack.box.midX)
            } else if named.count > 1 {
                let found = HeaderColumns.locate(named.map { columns[$0] }, in: stack.pieces.map(HeaderColumns.Piece.init))
                for f in found {
                    if let c = columns.firstIndex(where: { $0.key == f.key }) { candidates[c].append(f.box.midX) }
                }
            }
        }
        var result: [Double] = []
        for c in columns.indices {
            let previous = result.last ?? -Double.infinity
            guard let next = candidates[c].filter({ $0 > previous + 0.5 * unit }).min() else { return nil }
            result.append(next)
        }
        return result
    }

    /// Bands between the midpoints of neighbouring centres; the outer bands reach as far again as half
    /// the distance to their neighbour (a value further out is outside the table).
    static func bands(centres: [Double], keys: [String]) -> [ValueColumn] {
        centres.indices.map { i in
            let left = i > 0 ? (centres[i - 1] + centres[i]) / 2 : centres[i] - (centres.count > 1 ? (centres[1] - centres[0]) : 50)
            let right = i + 1 < centres.count ? (centres[i] + centres[i + 1]) / 2
                : centres[i] + (centres.count > 1 ? (centres[i] - centres[i - 1]) : 50)
            return ValueColumn(key: keys[i], x0: left, x1: right)
        }
    }

    /// Pieces printed one above the other in the same x-range (a header cell's wrapped lines), top first.
    struct Stack {
        var pieces: [TablePiece]
        var box: Box
        var text: String
    }

    /// Groups header pieces into stacks: a piece joins the stack whose last piece ends just above it and
    /// overlaps it horizontally by at least half the narrower of the two.
    static func stacks(of header: [TablePiece], unit: Double) -> [Stack] {
        var stacks: [Stack] = []
        for piece in header.sorted(by: { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }) {
            let joined = stacks.indices.last { s in
                guard let last = stacks[s].pieces.last, last.page == piece.page else { return false }
                let overlap = min(last.box.x1, piece.box.x1) - max(last.box.x0, piece.box.x0)
                let gap = piece.box.y0 - last.box.y1
                return overlap >= 0.5 * min(last.box.width, piece.box.width) && gap > -0.5 * unit && gap < 2.5 * unit
            }
            if let s = joined {
                stacks[s].pieces.append(piece)
                stacks[s].box = stacks[s].box.union(piece.box)
                stacks[s].text += piece.folded
            } else {
                stacks.append(Stack(pieces: [piece], box: piece.box, text: piece.folded))
            }
        }
        return stacks
    }
}
