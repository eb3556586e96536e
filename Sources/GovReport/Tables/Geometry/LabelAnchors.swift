/// A template row found in the table: the label lines that print it and where they start.
struct LabelAnchor: Hashable, Sendable {
    var row: RowDefinition
    /// The label's lines, first line first (wrapped continuation lines follow).
    var pieces: [TablePiece]
    var page: Int { pieces[0].page }
    /// Top of the label's first line.
    var top: Double { pieces[0].box.y0 }
    /// Bottom of the label's last line on its first page (a label cut by a page break goes on at the next).
    var bottom: Double {
        var result = top
        for p in pieces where p.page == page { result = max(result, p.box.y1) }
        return result
    }
    /// The label as printed, wrapped lines joined.
    var text: String { pieces.map { $0.text.trimmingSpaces() }.joined() }
}

/// Finds the rows of a template table among label pieces by their distinctive words.
///
/// Every piece (alone, or joined with the line below it when a word is cut by wrapping) is matched
/// against every row; the anchors kept are the heaviest chain that runs down the page in template
/// order, so a header word (总计) or a narrative sentence above the table cannot take a row's place.
enum LabelAnchors {
    /// The most lines one label may wrap over (a label column two characters wide wraps 1.属于国家秘密 over 4,
    /// the longest labels over 8).
    static let maxLabelLines = 10
    /// The most lines a found label's band takes in: all its wrapped lines (1.申请人无正当理由逾期不补正、行政机关
    /// 不再处理其政府信息公开申请 takes seventeen in a label column two characters wide, 2.申请人逾期未按收费通知要求
    /// 缴纳费用、行政机关不再处理其政府信息公开申请 thirty-six in one a character wide), so values printed on its
    /// last line stay with it.
    static let maxBandLines = 40
    /// The most lines a label's first line may lie above the line holding its distinctive words (a label
    /// column two characters wide puts 1.申请人无正当理由逾期不补正 … 其政府信息公开申请 over sixteen lines).
    static let maxWalkUp = 6
    /// Chinese numerals of item prefixes (`一、`, `(三)`).
    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// What a character of an item prefix is: the prefix is read on these marks.
    private enum PrefixMark { case open, close, digit, numeral, stop, other }

    private static func mark(_ ch: Character) -> PrefixMark {
        if ch == "(" { return .open }
        if ch == ")" { return .close }
        if ch.isASCII && ch.isNumber { return .digit }
        if numerals.contains(ch) { return .numeral }
        return ch == "." || ch == "、" ? .stop : .other
    }

    /// `mark(_:)` of a standalone scalar, which is a character of its own.
    private static func mark(_ scalar: Unicode.Scalar) -> PrefixMark {
        switch scalar {
        case "(": return .open
        case ")": return .close
        case "0"..."9": return .digit
        case ".", "、": return .stop
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return .numeral   // `numerals`
        default: return .other
        }
    }

    /// True when folded label text opens with a numbered-item prefix: `1.`, `1、`, `(一)`, `一、`, `一.`.
    static func hasItemPrefix(_ folded: String) -> Bool {
        // Every prefix opens with `(`, an ASCII digit or a numeral: reject the rest on the first scalar.
        let scalars = folded.unicodeScalars
        guard let head = scalars.first else { return false }
        switch CharacterClass.isStandalone(head) ? mark(head) : mark(Character(head)) {
        case .open, .digit, .numeral: break
        case .close, .stop, .other: return false
        }
        // The first six characters; when the first seven scalars are standalone, they are those scalars
        // (the seventh shows that the sixth is a character of its own), read without grapheme breaking.
        let opening = scalars.prefix(7)
        let marks = opening.allSatisfy(CharacterClass.isStandalone)
            ? opening.prefix(6).map { mark($0) } : folded.prefix(6).map { mark($0) }
        var i = 0
        if marks.first == .open {
            i = 1
            while i < marks.count, marks[i] == .numeral { i += 1 }
            return i > 1 && i < marks.count && marks[i] == .close
        }
        while i < marks.count, marks[i] == .digit { i += 1 }
        if i == 0 { while i < marks.count, marks[i] == .numeral { i += 1 } }
        return i > 0 && i <= 3 && i < marks.count && marks[i] == .stop
    }

    /// Given rows in template order and the table's pieces, return the anchors found, top to bottom.
    static func anchors(rows: [RowDefinition], labels: [TablePiece], values: [TablePiece],
                        unit: Double, settings: TableSettings) -> [LabelAnchor] {
        let prefixed = labels.map { hasItemPrefix($0.folded) }
        var places = labels.map(Place.init)
        for i in places.indices { places[i].opensItem = prefixed[i] }
        let valuePlaces = values.map(Place.init)
        let below = labels.indices.map { continuation(below: $0, in: places, unit: unit, settings: settings) }
        // The rows each piece matches alone, then with the line below it.
        let prepared = RowMatcher.Prepared(rows)
        let bits = labels.map { RowMatcher.scalarBits($0.folded) }
        let alone = labels.indices.map { prepared.matching(labels[$0].folded, bits: bits[$0]) }
        // Candidates (piece, row), in piece order.
        var candidates: [(piece: Int, row: Int, weight: Double)] = []
        for (i, piece) in labels.enumerated() {
            var matched = alone[i]
            // Joined with the lines it wraps onto (up to `maxLabelLines`, never into the next
            // numbered item): a row found only so, and not on the line added, is this label's; for a line
            // opening no item, on none of the lines added (not `行政处罚` of `务事项` + `行政处罚` + `行政强制`).
            var text = piece.folded, textBits = bits[i], current = i
            var foundOnAdded: [Int] = []
            for _ in 1..<maxLabelLines {
                guard let b = below[current], !prefixed[b] else { break }
                let next = labels[b].folded
                if text.last == "其", next.first == "它" {
                    // 其它 wrapped between the lines (3.其 / 它) folds as one word would: 其他.
                    text += "他" + next.dropFirst()
                    textBits |= RowMatcher.scalarBits("他")
                } else {
                    text += next
                }
                textBits |= bits[b]
                foundOnAdded = prefixed[i] ? alone[b] : foundOnAdded + alone[b]
                matched += prepared.matching(text, bits: textBits).filter { r in !matched.contains(r) && !foundOnAdded.contains(r) }
                current = b
            }
            let weight = 1 + (hasValues(rightOf: places[i], values: valuePlaces, unit: unit) ? 0.5 : 0)
                + (prefixed[i] ? 0.25 : 0)
            candidates += matched.map { (i, $0, weight) }
        }
        // Heaviest chain increasing in both page position and template order.
        func before(_ a: Int, _ b: Int) -> Bool {
            let p = places[a], q = places[b]
            return p.page < q.page || (p.page == q.page && q.box.y0 - p.box.y0 > 0.3 * unit)
        }
        var best = candidates.map(\.weight)
        var previous = [Int?](repeating: nil, count: candidates.count)
        for j in candidates.indices {
            for i in 0..<j where candidates[i].row < candidates[j].row && before(candidates[i].piece, candidates[j].piece) {
                if best[i] + candidates[j].weight > best[j] {
                    best[j] = best[i] + candidates[j].weight
                    previous[j] = i
                }
            }
        }
        guard var k = best.indices.max(by: { best[$0] < best[$1] }) else { return [] }
        var chain: [(piece: Int, row: Int)] = []
        while true {
            chain.append((candidates[k].piece, candidates[k].row))
            guard let p = previous[k] else { break }
            k = p
        }
        chain.reverse()
        let chosen = Set(chain.map(\.piece))
        var found = chain.map { link -> (row: RowDefinition, lines: [Int]) in
            let first = labelStart(of: link.piece, prefixed: prefixed, below: below, chosen: chosen)
            var lines = [first]
            var current = first
            // An item prefix is never wrapped apart from the word after it (`4.保` over `护` / `第` in a column
            // one character wide): the first line's words alone tell how wide the column is.
            var widest = labels[first].columnRight - (prefixed[first] ? prefixWidth(labels[first]) : 0)
            while let n = below[current], lines.count < maxBandLines {
                if n != link.piece && (chosen.contains(n) || prefixed[n]) { break }
                // Lines past the distinctive words end at a short line (the label's last).
                if n != link.piece, lines.contains(link.piece),
                   !goesOn(after: labels[current], widest: widest, next: labels[n], unit: unit) { break }
                lines.append(n)
                widest = max(widest, labels[n].columnRight)
                current = n
            }
            return (rows[link.row], lines)
        }
        joinAcrossPages(&found, labels: labels, prefixed: prefixed, below: below, tolerance: settings.wrapIndent * unit)
        return found.map { LabelAnchor(row: $0.row, pieces: $0.lines.map { labels[$0] }) }
    }

    /// The estimated width of the item prefix a label line opens with (`4.` of `4.保`, `（四）` of `（四）无`).
    static func prefixWidth(_ line: TablePiece) -> Double {
        guard let prefix = LabelColumns.prefixOfItem(line.folded),
              let end = line.text.firstIndex(where: { CharacterClass.isOneOf($0, ".．、）)") }) else { return 0 }
        let count = line.text.distance(from: line.text.startIndex, to: end) + 1
        guard count == prefix.count, count < line.text.count else { return 0 }
        return TablePieces.subBox(of: line.token, from: 0, to: count, grid: line.grid).width
    }

    /// True when a label goes on from `line` to the `next` line below it: `line` is about as wide as the
    /// label's widest line so far, or fills most of it (a wrapped label fills its column but on its last
    /// line; punctuation set narrow shortens a line a little), or the next line is
    /// only a character pushed down with a mark no line may open with (`补` over `正、`). A short line ends
    /// the label: what follows in its column is another label's (`量` over a group label stacked
    /// one character per line, `三` / `、` / `本`).
    static func goesOn(after line: TablePiece, widest: Double, next: TablePiece, unit: Double) -> Bool {
        if line.box.x1 >= widest - 0.7 * unit || line.box.width >= 0.6 * (widest - line.box.x0) { return true }
        return next.text.count <= 2 && (next.text.last?.isPunctuation ?? false)
    }

    /// A label cut by a page break: its first lines end one page, the words it is found by open the next.
    /// The first anchor of a page, when its label opens with no item prefix, takes the lines left at the
    /// foot of the page before, below that page's last anchor and in its label's column, that open with
    /// the row's own item prefix (`1.申` / `请人` + `无正当理由逾期不补正…`).
    static func joinAcrossPages(_ found: inout [(row: RowDefinition, lines: [Int])], labels: [TablePiece],
                                prefixed: [Bool], below: [Int?], tolerance: Double) {
        let used = Set(found.flatMap(\.lines))
        for k in found.indices {
            let first = labels[found[k].lines[0]]
            guard !prefixed[found[k].lines[0]], k == 0 || labels[found[k - 1].lines[0]].page < first.page,
                  let rowPrefix = LabelColumns.itemPrefix(Normalizer.fold(found[k].row.label)) else { continue }
            // Below the lines of the anchor before, when that one ends the page before.
            var floor = -Double.infinity
            if k > 0 {
                for line in found[k - 1].lines where labels[line].page == first.page - 1 { floor = max(floor, labels[line].box.y1) }
            }
            let orphans = labels.indices.filter { o in
                let piece = labels[o]
                guard prefixed[o], !used.contains(o), piece.page == first.page - 1, piece.box.y0 > floor,
                      abs(piece.box.x0 - first.box.x0) <= tolerance else { return false }
                return LabelColumns.itemPrefix(piece.folded) == rowPrefix
            }
            guard let start = orphans.max(by: { labels[$0].box.y0 < labels[$1].box.y0 }) else { continue }
            var lines = [start]
            while let n = below[lines[lines.count - 1]], !prefixed[n], !used.contains(n), lines.count < maxBandLines {
                lines.append(n)
            }
            found[k].lines = lines + found[k].lines
        }
    }

    /// The first line of the label whose distinctive words are on line `i`: walks up over lines that
    /// continue into `i` while `i` opens with no item prefix, stopping at a line that opens with one
    /// (`prefixed[j]`: line `j` opens with an item prefix).
    static func labelStart(of i: Int, prefixed: [Bool], below: [Int?], chosen: Set<Int>) -> Int {
        guard !prefixed[i] else { return i }
        var current = i
        var path: [Int] = []
        for _ in 0..<maxWalkUp {
            guard let up = below.firstIndex(where: { $0 == current }), !chosen.contains(up) else { break }
            path.append(up)
            if prefixed[up] { return up }
            current = up
        }
        return i
    }

    /// Where a piece is and whether it is label text: all that the searches below compare, read once
    /// instead of copying pieces (three strings each) for every pair.
    struct Place {
        var page: Int
        var box: Box
        var isLabel: Bool
        /// A label line opening with an item prefix (set by `anchors`).
        var opensItem = false
        init(_ piece: TablePiece) { page = piece.page; box = piece.box; isLabel = piece.value == nil }
    }

    /// The label line directly below piece `i` that continues it (left edges aligned, next line), if any.
    /// A line of values alone may sit between the two (plain text puts a wrapped row's values on a
    /// line of their own), up to `wrapGapAcrossValues`, and so may text beside the label's column (a group
    /// label stacked one character per line in the column to its left).
    static func continuation(below i: Int, in labels: [Place], unit: Double, settings: TableSettings) -> Int? {
        let p = labels[i]
        var best: Int?
        for j in labels.indices where j != i {
            let q = labels[j]
            guard q.page == p.page, q.box.y0 > p.box.y0 + 0.5 * unit,
                  abs(q.box.x0 - p.box.x0) <= settings.wrapIndent * unit, q.isLabel else { continue }
            let gap = q.box.y0 - p.box.y1
            guard gap < settings.wrapGap * unit
                    || (gap < settings.wrapGapAcrossValues * unit
                        && !labels.contains { $0.page == p.page && $0.box.midY > p.box.y1 && $0.box.midY < q.box.y0
                            && $0.box.x1 > p.box.x0 }) else { continue }
            // The nearest line below; on it, the piece whose left edge is nearest this one's.
            if best.map({ b in
                q.box.y0 < labels[b].box.y0 - 0.3 * unit
                    || (abs(q.box.y0 - labels[b].box.y0) <= 0.3 * unit
                        && abs(q.box.x0 - p.box.x0) < abs(labels[b].box.x0 - p.box.x0))
            }) ?? true { best = j }
        }
        return best ?? continuationOnNextPage(below: i, in: labels, unit: unit, settings: settings)
    }

    /// A label cut by a page break (`8.属于行政查` at the foot of a page, `询事项` atop the next): the
    /// topmost label line of the next page starting where this one starts, when nothing in this one's
    /// column lies below it on its page.
    static func continuationOnNextPage(below i: Int, in labels: [Place], unit: Double, settings: TableSettings) -> Int? {
        let p = labels[i]
        func inColumn(_ q: Place) -> Bool { q.isLabel && abs(q.box.x0 - p.box.x0) <= settings.wrapIndent * unit }
        guard !labels.contains(where: { $0.page == p.page && $0.box.y0 > p.box.y1 && inColumn($0) }) else { return nil }
        // The topmost, of those above the page's first numbered item starting right where this one does when
        // there are any (not a repeated header's line in the label column, `（本列数据的勾`, left of a group
        // label's `年` cut off `分公开`); on its line, the piece whose left edge is nearest this one's
        // (`公开（区分`, not `年`).
        let column = labels.indices.filter { labels[$0].page == p.page + 1 && inColumn(labels[$0]) }
        let firstItem = labels.filter { $0.page == p.page + 1 && $0.opensItem }.map(\.box.y0).min() ?? .infinity
        let aligned = column.filter { abs(labels[$0].box.x0 - p.box.x0) <= 0.5 * unit && labels[$0].box.y0 < firstItem }
        let below = aligned.isEmpty ? column : aligned
        guard let top = below.map({ labels[$0].box.y0 }).min() else { return nil }
        return below.filter { labels[$0].box.y0 <= top + 0.3 * unit }
            .min { abs(labels[$0].box.x0 - p.box.x0) < abs(labels[$1].box.x0 - p.box.x0) }
    }

    /// True when a value piece sits right of the label within a couple of lines.
    static func hasValues(rightOf piece: Place, values: [Place], unit: Double) -> Bool {
        values.contains { $0.page == piece.page && $0.box.x0 > piece.box.x1 && abs($0.box.midY - piece.box.midY) < 1.5 * unit }
    }
}
