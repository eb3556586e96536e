/// Label lines of two table columns glued into one token: a group label printed a few characters per
/// line (三、本 / 年度办 / 理结果) beside its child rows' labels, so close that extraction joins each of
/// its lines to the child label's line (`理结果（区分处理的，只`, `）不秘密`, `开护第`).
///
/// A child label starts at its column's left edge with an item prefix (`（二）`, `1.`), and its wrapped
/// lines start at that edge too. A line that starts further left and crosses such an edge, where the
/// label started last above it is the one at that edge (not one at the line's own left edge), is cut at
/// the edge: its head is the group label's, its tail continues the child's label.
///
/// ```swift
/// LabelColumns.separated(pieces, unit: 13)   // `）不秘密` → `）不` + `秘密`
/// ```
enum LabelColumns {
    /// The most characters a group label prints per line beside its children (`（三）不予`).
    static let maxHeadCharacters = 6

    /// Given a table's pieces (reading order), its length unit and what its template rows' labels open with
    /// (`Openings`), return the pieces with glued label lines cut.
    static func separated(_ pieces: [TablePiece], unit: Double, openings: Openings = Openings()) -> [TablePiece] {
        var pieces = pieces
        let labelIndices = pieces.indices.filter { pieces[$0].value == nil && !pieces[$0].grid }
        let startIndices = labelIndices.filter { LabelAnchors.hasItemPrefix(pieces[$0].folded) }
        guard !startIndices.isEmpty else { return pieces }
        for (start, x0) in itemsAtEdges(startIndices.map { pieces[$0] }, unit: unit, openings: openings) {
            pieces[startIndices[start]].box.x0 = x0
        }
        let labels = labelIndices.map { pieces[$0] }
        let starts = startIndices.map { pieces[$0] }
        // The width of one ideograph per page: the median of the ideograph-only lines' width per character
        // (full-width brackets and marks are as wide). Measured for a page when a cut first needs it.
        var characterWidths: [Int: Double?] = [:]
        func characterWidth(_ page: Int) -> Double? {
            if let known = characterWidths[page] { return known }
            let widths = labels.filter { $0.page == page && $0.text.allSatisfy(isWide) }
                .map { $0.box.width / Double($0.text.count) }.sorted()
            let width = widths.isEmpty ? nil : widths[widths.count / 2]
            characterWidths[page] = width
            return width
        }
        // A line is cut only where a label's start lies inside it (`cut` and `continuedChild` both ask it):
        // the starts' left edges, sorted, answer that for most lines without looking further.
        let startEdges = SortedValues(starts.map(\.box.x0))
        func crossesAStart(_ piece: TablePiece) -> Bool {
            // Edges strictly between the two bounds.
            startEdges.count(below: piece.box.x1 - 0.4 * unit) > startEdges.count(below: piece.box.x0 + 0.8 * unit, orAt: true)
        }
        var result: [TablePiece] = []
        result.reserveCapacity(pieces.count + starts.count)
        for piece in pieces {
            guard piece.value == nil, !piece.grid, crossesAStart(piece) else { result.append(piece); continue }
            // The tail may cross a further column's edge (`理不予公国家秘`: parent, group and child glued).
            var cuts = 0
            var last = piece
            while cuts < 2, !last.text.dropFirst().isEmpty,   // two characters or more
                  let (cut, edge) = cut(last, starts: starts, labels: labels, unit: unit, openings: openings,
                                        characterWidth: characterWidth) {
                let token = last.token
                result.append(TablePiece(TablePieces.subToken(token, from: 0, to: cut, grid: false), grid: false))
                last = TablePiece(TablePieces.subToken(token, from: cut, to: last.text.count, grid: false), grid: false)
                // The tail goes on at the child's edge, not left of it (a gap where the columns meet).
                last.box.x0 = max(last.box.x0, min(edge, last.box.x1 - 0.5 * unit))
                cuts += 1
            }
            result.append(last)
        }
        return result
    }

    /// Numbered items cut off a glued label line whose columns stand apart (`果（1.属于`: three label columns
    /// glued across the gaps between them) take their left end from the characters' share of the token's
    /// width, left of where they are printed when the gaps lie before them. Such an item starts where its
    /// column does, as the page's rows of its level printed on lines of their own do (`3.危`, `4.保护`; not
    /// a group label such as （三）不予公开, whose column may start further right): it is moved there when
    /// that edge lies right of the estimate by at most a character and a half and the item still reaches
    /// past it. Returns the new left edge of each moved item, by its index in `starts`; most tables have none.
    static func itemsAtEdges(_ starts: [TablePiece], unit: Double, openings: Openings) -> [(index: Int, x0: Double)] {
        let pages = Set(starts.lazy.filter(\.estimated).map(\.page))
        guard !pages.isEmpty else { return [] }
        // The edges rows print their items at on those pages: the starts measured where they are printed,
        // naming a row.
        let edges = starts.filter {
            !$0.estimated && pages.contains($0.page) && prefixOfItem($0.folded).map { openings.rows[String($0)] != nil } == true
        }.map { (page: $0.page, level: level($0.folded), x0: $0.box.x0) }
        var moved: [(index: Int, x0: Double)] = []
        for (index, item) in starts.enumerated() where item.estimated {
            let itemLevel = level(item.folded)
            guard let edge = edges.lazy.filter({ $0.page == item.page && $0.level == itemLevel }).map(\.x0)
                .filter({ $0 >= item.box.x0 - 0.2 * unit && $0 <= item.box.x0 + 1.5 * unit && $0 < item.box.x1 - unit })
                .min(by: { abs($0 - item.box.x0) < abs($1 - item.box.x0) }), edge > item.box.x0 else { continue }
            moved.append((index, edge))
        }
        return moved
    }

    /// True for a character set one ideograph wide: an ideograph, a full-width bracket or mark (（、）).
    static func isWide(_ ch: Character) -> Bool {
        TextLines.displayWidth(ch) > 1
    }

    /// The level of a numbered item: 1 for 三、, 2 for （三）, 3 for 1.
    static func level(_ folded: String) -> Int {
        guard let first = folded.first else { return 0 }
        return first == "(" ? 2 : first.isASCII && first.isNumber ? 3 : 1
    }

    /// The character offset at which `piece` is cut and the left edge of the child label its tail goes
    /// on, or nil when it is one label's line.
    ///
    /// The line crosses the left edge of a child label started above it (`child`), and no label started at
    /// or left of the line's own left edge since (that label's line it would be, or a later row's). A line
    /// that opens a label itself (`（三）不予行政法规禁`) is cut only beside more of a group label (a piece of
    /// label text left of the child's edge on the line above or below) or when `glued`, and never when it
    /// names a row of its own prefix (`（七）总计` beside the 理 of a group label above).
    static func cut(_ piece: TablePiece, starts: [TablePiece], labels: [TablePiece], unit: Double,
                    openings: Openings = Openings(), characterWidth: (_ page: Int) -> Double? = { _ in nil }) -> (Int, Double)? {
        func isAbove(_ start: TablePiece) -> Bool { start.page == piece.page && start.box.y0 < piece.box.y0 - 0.3 * unit }
        // The lowest such label whose left edge the line crosses (the first of equals).
        var crossed: TablePiece?
        for start in starts where isAbove(start) && start.box.x0 > piece.box.x0 + 0.8 * unit
            && start.box.x0 < piece.box.x1 - 0.4 * unit && crossed.map({ start.box.y0 > $0.box.y0 }) ?? true {
            crossed = start
        }
        if crossed == nil, !starts.contains(where: isAbove) {
            crossed = continuedChild(crossedBy: piece, starts: starts, labels: labels, unit: unit)
        }
        guard let child = crossed else { return nil }
        let edge = child.box.x0
        // A line glued itself (`（五）机关确认或`) closes nothing.
        let closed = starts.contains {
            isAbove($0) && $0.box.x0 < edge - 0.5 * unit && $0.box.y0 > child.box.y0 + 0.3 * unit
                && !glued($0, edge: edge, labels: labels, unit: unit, openings: openings)
        }
        guard !closed else { return nil }
        if LabelAnchors.hasItemPrefix(piece.folded) {
            // Only a group label (三、 over （一）, （三） over 1.) glued to its child's line, beside more of the
            // group label (not its own wrapped line below, which starts where it starts).
            guard level(piece.folded) < level(child.folded), !namesRow(piece.folded, openings: openings),
                  glued(piece, edge: edge, labels: labels, unit: unit, openings: openings)
                      || opensGroupOnly(piece.folded, openings: openings) || labels.contains(where: { q in
                      q.page == piece.page && q != piece && q.box.x1 < edge - 0.3 * unit && q.box.x1 > piece.box.x0
                          && q.box.x0 > piece.box.x0 + 0.3 * unit
                          && abs(q.box.midY - piece.box.midY) > 0.5 * unit && abs(q.box.midY - piece.box.midY) < 1.6 * unit
                  }) else { return nil }
        }
        // The character boundary nearest the child's edge, within a little over half a character.
        let chars = piece.text.count
        var candidates = (1..<min(chars, maxHeadCharacters + 1)).map { k in
            (k, TablePieces.subBox(of: piece.token, from: 0, to: k, grid: false).x1)
        }
        // A line wider than its ideographs (a gap where the columns meet, `予` … `政查`): the tail ends where
        // the line ends, one ideograph's width per character; when the edge is where the child's wrapped
        // lines start (not itself estimated, from a token cut at an item prefix).
        // The ideograph's width is the child's own lines' there (the page's may be another font's).
        let text = Array(piece.text)
        if text.allSatisfy(isWide), let pageWidth = characterWidth(piece.page), pageWidth > 0 {
            let own = labels.filter { $0.page == piece.page && abs($0.box.x0 - edge) < 0.2 * unit && !LabelAnchors.hasItemPrefix($0.folded) }
            let widths = own.filter { $0.text.count >= 2 && $0.text.allSatisfy(isWide) }.map { $0.box.width / Double($0.text.count) }.sorted()
            let w = widths.isEmpty ? pageWidth : widths[widths.count / 2]
            if !own.isEmpty, piece.box.width > (Double(chars) + 0.5) * w {
                candidates += (1..<min(chars, maxHeadCharacters + 1)).map { k in (k, piece.box.x1 - Double(chars - k) * w) }
            }
        }
        // A child whose first line is glued to a group label's line overflowing its narrow column (`三、` +
        // `（一）予`, `三、` starting less than a character left of the group label's other lines, not a column
        // further left) starts at or right of its column's
        // edge, up to a character: the cut left of it.
        let pushed = labels.contains { q in
            q.page == child.page && q != child && abs(q.box.x1 - edge) < 0.1 * unit && abs(q.box.midY - child.box.midY) < 0.3 * unit
                && q.box.x0 < piece.box.x0 - 0.3 * unit && q.box.x0 > piece.box.x0 - unit
        }
        let near = candidates.filter { abs($0.1 - edge) <= 0.6 * unit }
        let left = pushed ? candidates.filter { $0.1 <= edge + 0.1 * unit && $0.1 >= edge - unit } : []
        guard let best = (left.isEmpty ? near : left).min(by: { abs($0.1 - edge) < abs($1.1 - edge) }) else { return nil }
        // No line opens with a closing bracket: one there is the group label's (`四` + `）掌握相关政`, the
        // child's edge estimated a little left), and a line ending in it (`三）`) is the group label's alone.
        if "）)".contains(text[best.0]) { return best.0 + 1 < text.count ? (best.0 + 1, edge) : nil }
        return (best.0, edge)
    }

    /// The child label a page break cut, for a line atop the next page above every label started there
    /// (`年公开（区分`: the group label 本年度办理结果 glued to the wrapped lines of （二）部分 / 公开…): the
    /// label started last on the page before, when the line crosses its left edge and no line above it and
    /// the page's first label starts at that edge (`询事项`, the label's own wrapped line, not glued), nor
    /// has label text right of it reaching lower (a repeated header's line, `为：第一项加第二项之` beside `自`).
    static func continuedChild(crossedBy piece: TablePiece, starts: [TablePiece], labels: [TablePiece], unit: Double) -> TablePiece? {
        // The lowest; on its line, the rightmost (`（一）予以公` cut off `三、本`).
        let before = starts.filter { $0.page == piece.page - 1 }
        guard let bottom = before.map(\.box.y0).max(),
              let last = before.filter({ $0.box.y0 >= bottom - 0.3 * unit }).max(by: { $0.box.x0 < $1.box.x0 }),
              last.box.x0 > piece.box.x0 + 0.8 * unit, last.box.x0 < piece.box.x1 - 0.4 * unit else { return nil }
        let firstStart = starts.filter { $0.page == piece.page }.map(\.box.y0).min() ?? .infinity
        // The label's own line at its edge above this one (`询事项`): the label went on there, unglued (its lines
        // below the group label's last character, `处理其` under `理关不再`, go on from the glued ones).
        let ownLine = labels.contains {
            $0.page == piece.page && $0.box.y0 < min(firstStart, piece.box.y0) && abs($0.box.x0 - last.box.x0) < 0.3 * unit
        }
        // A line with words right of it reaching lower, above the page's first label, is a repeated header's
        // (the label column's beside the column names; placeholders glued into one token, `无无`, are no words).
        let header = labels.contains { q in
            q.page == piece.page && q.box.x0 > piece.box.x1 && q.box.y1 > piece.box.y0 && q.box.y0 < firstStart
                && q.text.contains { TablePieces.isCJK($0) && $0 != "无" }
        }
        return ownLine || header ? nil : last
    }

    /// The item prefix of folded label text (`(五)`, `1.`, `四、`), or nil when it opens with none.
    static func itemPrefix(_ folded: String) -> Substring? {
        LabelAnchors.hasItemPrefix(folded) ? prefixOfItem(folded) : nil
    }

    /// The item prefix of folded label text known to open with one (`LabelAnchors.hasItemPrefix`).
    static func prefixOfItem(_ folded: String) -> Substring? {
        let bracketed = folded.first == "("
        guard let end = folded.firstIndex(where: { bracketed ? $0 == ")" : $0 == "." || $0 == "、" }) else { return nil }
        return folded[...end]
    }

    /// True when a line opening with an item prefix is a group label's prefix glued to a child's wrapped
    /// line: it goes on with words no label of that prefix opens with (`opensOtherWords`), and the line
    /// above or below it, starting where it starts (or further left: three columns glued, `结不予公合法`
    /// under `（三）三方`), crosses the child's `edge` too (`（五）机关确认或` over `不予处重新出具已`; a label
    /// that only drifts from the template's words, `（七）合` over `计`, is none).
    static func glued(_ piece: TablePiece, edge: Double, labels: [TablePiece], unit: Double, openings: Openings) -> Bool {
        (opensOtherWords(piece.folded, openings: openings) || opensGroupLabel(piece.folded, openings: openings))
            && labels.contains { q in
            // The line above or below: a line apart as the line's own glyphs measure it (the table's unit
            // may be its digits', smaller), starting where it starts up to half a character (a group label
            // centred in its column starts `（五）` half a character left of `不予`).
            let line = max(unit, piece.box.height)
            guard q.page == piece.page, q != piece, abs(q.box.x0 - piece.box.x0) <= 0.6 * line
                    || (q.box.x0 < piece.box.x0 && q.box.x1 > edge + 0.5 * unit),
                  abs(q.box.midY - piece.box.midY) > 0.5 * unit, abs(q.box.midY - piece.box.midY) < 1.6 * line else { return false }
            // It crosses the edge, or did before an item prefix was cut off it (`无法提` + `3.补正后申请`; the
            // item moved to its column's edge, `itemsAtEdges`, a gap between them).
            return q.box.x1 > edge + 0.5 * unit || labels.contains { r in
                r.page == q.page && abs(r.box.y0 - q.box.y0) < 0.1 * unit && r.box.x0 > q.box.x1 - 0.1 * unit
                    && r.box.x0 < q.box.x1 + (r.estimated ? 1.5 : 0.1) * unit && r.box.x1 > edge + 0.5 * unit
            }
        }
    }

    /// What the template's labels and group labels open with after each item prefix: the first characters
    /// of their words (`(五)` → 不, from （五）不予处理) and the rows printed under that prefix (`(七)` → total);
    /// and the outermost prefixes that open a group label and no row's (`三、` of 三、本年度办理结果).
    struct Openings {
        var characters: [String: Set<Character>] = [:]
        var rows: [String: [RowDefinition]] = [:]
        var outerGroups: Set<String> = []

        init(_ rows: [RowDefinition] = []) {
            for row in rows {
                if let prefix = LabelColumns.itemPrefix(Normalizer.fold(row.label)) { self.rows[String(prefix), default: []].append(row) }
            }
            for text in Set(rows.flatMap { [$0.label] + ($0.group.map { [$0] } ?? []) }) {
                let folded = Normalizer.fold(text)
                guard let prefix = LabelColumns.itemPrefix(folded), let first = folded[prefix.endIndex...].first else { continue }
                characters[String(prefix), default: []].insert(first)
            }
            for group in Set(rows.compactMap(\.group)) {
                let folded = Normalizer.fold(group)
                if let prefix = LabelColumns.itemPrefix(folded).map(String.init), LabelColumns.level(folded) == 1,
                   self.rows[prefix] == nil { outerGroups.insert(prefix) }
            }
        }
    }

    /// True when a line opens with the prefix of an outermost group label (`三、`, which no row's label opens
    /// with) and goes on with words that group label does not open with (`三、开`: the prefix, printed on a
    /// line of its own, glued to the last character of a child's label, 予以公 / 开): no label's own line,
    /// wherever the group label's other lines are.
    static func opensGroupOnly(_ folded: String, openings: Openings) -> Bool {
        guard let prefix = itemPrefix(folded).map(String.init), openings.outerGroups.contains(prefix) else { return false }
        return opensOtherWords(folded, openings: openings)
    }

    /// True when a line opens with the prefix of a group label that no row's label opens with (`（三）`,
    /// `（五）`): a line of it crossing a child's edge, as the line beside it does, is glued to the child's
    /// lines whatever words follow (`（三）不全一稳`, `（五）不大量反` over `予处理复申请`).
    static func opensGroupLabel(_ folded: String, openings: Openings) -> Bool {
        guard let prefix = itemPrefix(folded).map(String.init) else { return false }
        return openings.characters[prefix] != nil && openings.rows[prefix] == nil
    }

    /// True when a line opening with a template item prefix goes on with words no label of that prefix
    /// opens with, and names no row of that prefix (`（五）机关确认或`: the group label's prefix glued to
    /// its child's wrapped line; `（七）合计` is the total row's own label), so it is no label's own line.
    static func opensOtherWords(_ folded: String, openings: Openings) -> Bool {
        guard let prefix = itemPrefix(folded).map(String.init), let expected = openings.characters[prefix],
              let next = folded[folded.index(folded.startIndex, offsetBy: prefix.count)...].first,
              !expected.contains(next) else { return false }
        return !namesRow(folded, openings: openings)
    }

    /// True when a line opening with an item prefix names a row printed under that prefix (`（七）总计`,
    /// `（七）合计`): the row's own label, never a group label glued to a child's line.
    static func namesRow(_ folded: String, openings: Openings) -> Bool {
        guard let prefix = itemPrefix(folded).map(String.init) else { return false }
        return (openings.rows[prefix] ?? []).contains { RowMatcher.matches(folded: folded, $0) }
    }
}
