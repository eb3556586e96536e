/// Column bands of a matrix read from its header: where each column's name is printed.
///
/// Header words are often broken over lines (自然 / 人, 社会 / 公益 / 组织), letter-spaced (商 业 企 业) or
/// glued to a neighbour (商业企业科研机构). Pieces printed one above the other in the same x-range are read
/// as one stack of text; a column is found where its name occurs in a stack (or, when a stack names several
/// columns, where the name's own characters are). Each column then owns a band up to its neighbours' (where
/// the bands meet depends on the numbers' alignment, see `bands(names:keys:alignment:)`): a value belongs to
/// the band it falls in, wherever the other cells are blank.
///
/// ```swift
/// HeaderBands.columns(header: pieces, columns: TemplateRows.requestColumns, unit: 10, alignment: .left)
/// // ColumnBands(columns: [ValueColumn(key: "natural_person", x0: 262.1, x1: 304.3), …], alignment: .left) or nil
/// ```
enum HeaderBands {
    /// One band per column and the point of a value (`NumberAlignment.x(of:)`) the bands hold.
    struct ColumnBands: Hashable, Sendable {
        var columns: [ValueColumn]
        var alignment: NumberAlignment
        /// True when the names were read from characters' estimated positions (a glued header): then the
        /// bands place values in columns no value cluster shows, but cannot dispute the clusters.
        var estimated = false
        /// Where each column's name is printed (its x-range), in column order.
        var names: [ValueColumn] = []
    }

    /// True when the numbers among `values` (placeholders such as `—` are often centred whatever the
    /// numbers do), placed by `bands`, stand where numbers so aligned stand against a header centred in
    /// its cells: a left-aligned number starts no later than its column's name (the cell's left edge is
    /// left of both), a right-aligned one ends no earlier, a centred one is centred under it. Numbers all
    /// equally wide tell their alignment only this way.
    static func fits(_ bands: ColumnBands, values: [TablePiece], unit: Double) -> Bool {
        guard bands.names.count == bands.columns.count else { return false }
        let tolerance = 0.3 * unit
        return values.allSatisfy { v in
            guard v.isNumber, !v.estimated else { return true }
            guard let c = ColumnFinder.column(of: v, in: bands.columns, alignment: bands.alignment) else { return false }
            let name = bands.names[c]
            switch bands.alignment {
            case .left: return v.box.x0 <= name.x0 + tolerance
            case .right: return v.box.x1 >= name.x1 - tolerance
            case .centre: return abs(v.box.midX - name.centre) <= 2 * tolerance
            }
        }
    }

    /// Where a page's header prints each column's name, read once per page: the bands under any alignment
    /// come from it (`bands(_:)`).
    struct Names: Sendable {
        var ranges: [(x0: Double, x1: Double)]
        var keys: [String]
        /// True when read from characters' estimated positions (a glued header, `namesByCharacters`).
        var estimated: Bool

        /// The bands of these names for numbers aligned `alignment` (see `HeaderBands.bands(names:keys:alignment:)`).
        func bands(_ alignment: NumberAlignment) -> ColumnBands {
            var result = HeaderBands.bands(names: ranges, keys: keys, alignment: alignment)
            result.estimated = estimated
            return result
        }
    }

    /// Given the header pieces above a table's values on one page, return where each column's name is
    /// printed, or nil unless every column's name is found, left to right.
    static func names(header: [TablePiece], columns: [ColumnDefinition], unit: Double) -> Names? {
        guard header.count >= 2 else { return nil }
        let keys = columns.map(\.key)
        if let ranges = namesByStacks(header: header, columns: columns, unit: unit) {
            return Names(ranges: ranges, keys: keys, estimated: false)
        }
        // Columns narrower than their names glue the names' lines across columns (商业科研社会公法律服 /
        // 企业机构益组织务机构): then the names are read from the characters' positions. Lines are told apart
        // by centres half a unit apart; a header whose cells centre names of different line counts staggers
        // its lines closer than that (自然 / 社会 / 商业企科研 / 人 a few points apart): then by centres that
        // differ at all.
        guard let ranges = namesByCharacters(header: header, columns: columns, unit: unit, lineTolerance: 0.5 * unit)
            ?? namesByCharacters(header: header, columns: columns, unit: unit, lineTolerance: 0.1 * unit)
        else { return nil }
        return Names(ranges: ranges, keys: keys, estimated: true)
    }

    /// Given the header pieces above a table's values on one page, return one band per column, in column
    /// order, or nil unless every column's name is found, left to right.
    static func columns(header: [TablePiece], columns: [ColumnDefinition], unit: Double,
                        alignment: NumberAlignment = .centre) -> ColumnBands? {
        names(header: header, columns: columns, unit: unit)?.bands(alignment)
    }

    /// Where each column's name is printed, read from the header's characters (boxes estimated by character
    /// width, glued tokens cut apart): from the leftmost start, the narrowest x-range whose characters, read
    /// line by line, spell the name (words above it, 申请人情况, may come first). Nil unless every column is
    /// found, left to right.
    static func namesByCharacters(header: [TablePiece], columns: [ColumnDefinition], unit: Double,
                                  lineTolerance: Double) -> [(x0: Double, x1: Double)]? {
        let chars = header.flatMap { piece in
            TablePieces.characters(of: piece).map { (box: $0.box, text: Normalizer.fold($0.text)) }
        }.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        guard chars.count >= 2, chars.count <= 200 else { return nil }
        // Line of each character (centres stepping by less than `lineTolerance`), so a range is read line by line.
        let lineOf = Clustering.values(chars.map(\.box.midY), tolerance: lineTolerance).enumerated()
            .reduce(into: [Int](repeating: 0, count: chars.count)) { lines, group in
                for i in group.element { lines[i] = group.offset }
            }
        let order = chars.indices.sorted { (lineOf[$0], chars[$0].box.x0) < (lineOf[$1], chars[$1].box.x0) }
        let starts = Set(chars.map(\.box.x0)).sorted(), ends = SortedValues(Array(Set(chars.map(\.box.x1))))
        let mids = SortedValues(chars.map(\.box.midX))
        let readingMids = order.map { chars[$0].box.midX }, readingTexts = order.map { chars[$0].text }
        var result: [(x0: Double, x1: Double)] = []
        for column in columns {
            let words = column.words.map(Normalizer.fold)
            let previous = result.last?.x1 ?? -Double.infinity
            func spells(_ a: Double, _ b: Double) -> Bool {
                var text = ""
                for (mid, character) in zip(readingMids, readingTexts) where mid > a && mid < b { text += character }
                return words.contains { TextSearch.contains(text, $0) }
            }
            var best: (x0: Double, x1: Double)?
            for a in starts where a >= previous - 0.3 * unit {
                // Ends that take in no further character spell what the end before them did (not the name).
                var spelled = -1
                for b in ends.values[ends.count(below: a, orAt: true)...] {
                    // Ends further right make wider ranges: too wide, or no narrower than the best found.
                    guard b - a < 8 * unit, best.map({ b - a < $0.x1 - $0.x0 }) ?? true else { break }
                    let inside = mids.count(below: b) - mids.count(below: a, orAt: true)
                    guard inside != spelled else { continue }
                    spelled = inside
                    if spells(a, b) { best = (a, b) }
                }
                if best != nil { break }   // the leftmost start that spells the name
            }
            guard var best else { return nil }
            // Text left of the name on its lines (the label column's header, 等于第三项加第四项之和）, its
            // last line beside 自) is not the name's: the range starts where the name's characters do.
            if let start = starts.last(where: { $0 > best.x0 && $0 < best.x1 && spells($0, best.x1) }) { best.x0 = start }
            result.append(best)
        }
        return result
    }

    /// Where each column's name is printed (its x-range), in column order, or nil unless each is found and
    /// they run left to right (the leftmost candidate right of the previous column is taken).
    static func namesByStacks(header: [TablePiece], columns: [ColumnDefinition], unit: Double) -> [(x0: Double, x1: Double)]? {
        let stacks = self.stacks(of: header, unit: unit)
        let words = columns.map { $0.words.map(Normalizer.fold) }
        // Candidate boxes per column: stacks naming it alone, or the name's characters in a piece.
        var candidates = [[Box]](repeating: [], count: columns.count)
        for stack in stacks {
            let named = words.indices.filter { c in words[c].contains { TextSearch.contains(stack.text, $0) } }
            if named.count == 1 {
                // Where the name's own characters are (not words stacked above it, 申请人情况, nor label
                // text glued before it, 等于第三项加第四自然).
                let name = Set(words[named[0]].joined())
                let own = stack.pieces.flatMap { TablePieces.characters(of: $0) }.filter {
                    Normalizer.fold($0.text).contains(where: name.contains)
                }
                candidates[named[0]].append(Box.enclosing(own.map(\.box)) ?? stack.box)
            } else if named.count > 1 {
                let found = HeaderColumns.locate(named.map { columns[$0] }, in: stack.pieces.map(HeaderColumns.Piece.init))
                for f in found {
                    if let c = columns.firstIndex(where: { $0.key == f.key }) { candidates[c].append(f.box) }
                }
            }
        }
        var result: [(x0: Double, x1: Double)] = []
        for c in columns.indices {
            let previous = result.last.map { ($0.x0 + $0.x1) / 2 } ?? -Double.infinity
            guard let next = candidates[c].filter({ $0.midX > previous + 0.5 * unit }).min(by: { $0.midX < $1.midX })
            else { return nil }
            result.append((next.x0, next.x1))
        }
        return result
    }

    /// Bands in the coordinate `alignment` reads a value at (`NumberAlignment.x(of:)`). Centred numbers:
    /// the bands meet midway between the centres of neighbouring names. Left-aligned numbers start right of
    /// the previous column's name and before the end of their own (a name lies inside its column): the
    /// bands meet at the ends of the names, whatever the widths of the columns; right-aligned ones, mirrored,
    /// at their starts. Names that overlap say nothing of edges: then the centred bands. The outer bands reach as far again as half the distance to their
    /// neighbour (a value further out is outside the table).
    static func bands(names: [(x0: Double, x1: Double)], keys: [String], alignment: NumberAlignment = .centre) -> ColumnBands {
        let centres = names.map { ($0.x0 + $0.x1) / 2 }
        let apart = names.indices.dropFirst().allSatisfy { names[$0 - 1].x1 < names[$0].x0 }
        let alignment = apart ? alignment : .centre
        func boundary(_ i: Int) -> Double {   // between names i-1 and i
            switch alignment {
            case .left: return names[i - 1].x1
            case .right: return names[i].x0
            case .centre: return (centres[i - 1] + centres[i]) / 2
            }
        }
        let columns = centres.indices.map { i in
            let left = i > 0 ? boundary(i) : centres[i] - (centres.count > 1 ? (centres[1] - centres[0]) : 50)
            let right = i + 1 < centres.count ? boundary(i + 1)
                : centres[i] + (centres.count > 1 ? (centres[i] - centres[i - 1]) : 50)
            return ValueColumn(key: keys[i], x0: left, x1: right)
        }
        return ColumnBands(columns: columns, alignment: alignment,
                           names: names.indices.map { ValueColumn(key: keys[$0], x0: names[$0].x0, x1: names[$0].x1) })
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
