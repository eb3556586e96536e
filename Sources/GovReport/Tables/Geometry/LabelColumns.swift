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

    /// Given a table's pieces (reading order), its length unit and its template rows, return the pieces
    /// with glued label lines cut.
    static func separated(_ pieces: [TablePiece], unit: Double, rows: [RowDefinition] = []) -> [TablePiece] {
        let labels = pieces.filter { $0.value == nil && !$0.grid }
        let starts = labels.filter { LabelAnchors.hasItemPrefix($0.folded) }
        guard !starts.isEmpty else { return pieces }
        let openings = self.openings(of: rows)
        return pieces.flatMap { piece -> [TablePiece] in
            guard piece.value == nil, !piece.grid, piece.text.count >= 2,
                  let cut = cut(piece, starts: starts, labels: labels, unit: unit, openings: openings) else { return [piece] }
            let token = piece.token
            return [TablePiece(TablePieces.subToken(token, from: 0, to: cut, grid: false), grid: false),
                    TablePiece(TablePieces.subToken(token, from: cut, to: piece.text.count, grid: false), grid: false)]
        }
    }

    /// The level of a numbered item: 1 for 三、, 2 for （三）, 3 for 1.
    static func level(_ folded: String) -> Int {
        guard let first = folded.first else { return 0 }
        return first == "(" ? 2 : first.isASCII && first.isNumber ? 3 : 1
    }

    /// The character offset at which `piece` is cut, or nil when it is one label's line.
    ///
    /// The line crosses the left edge of a child label started above it (`child`), and no label started at
    /// or left of the line's own left edge since (that label's line it would be, or a later row's). A line
    /// that opens a label itself (`（三）不予行政法规禁`) is cut only beside more of a group label: a piece of
    /// label text left of the child's edge on the line above or below.
    static func cut(_ piece: TablePiece, starts: [TablePiece], labels: [TablePiece], unit: Double,
                    openings: [String: Set<Character>] = [:]) -> Int? {
        let above = starts.filter { $0.page == piece.page && $0.box.y0 < piece.box.y0 - 0.3 * unit }
        let crossed = above.filter { $0.box.x0 > piece.box.x0 + 0.8 * unit && $0.box.x0 < piece.box.x1 - 0.4 * unit }
        guard let child = crossed.max(by: { $0.box.y0 < $1.box.y0 }) else { return nil }
        let edge = child.box.x0
        // A line opening with a prefix and other words (`（五）机关确认或`) is glued itself and closes nothing.
        let closed = above.contains {
            $0.box.x0 < edge - 0.5 * unit && $0.box.y0 > child.box.y0 + 0.3 * unit && !opensOtherWords($0.folded, openings: openings)
        }
        guard !closed else { return nil }
        if LabelAnchors.hasItemPrefix(piece.folded) {
            // Only a group label (三、 over （一）, （三） over 1.) glued to its child's line, beside more of the
            // group label (not its own wrapped line below, which starts where it starts).
            guard level(piece.folded) < level(child.folded),
                  opensOtherWords(piece.folded, openings: openings) || labels.contains(where: { q in
                      q.page == piece.page && q != piece && q.box.x1 < edge - 0.3 * unit && q.box.x1 > piece.box.x0
                          && q.box.x0 > piece.box.x0 + 0.3 * unit
                          && abs(q.box.midY - piece.box.midY) > 0.5 * unit && abs(q.box.midY - piece.box.midY) < 1.6 * unit
                  }) else { return nil }
        }
        // The character boundary nearest the child's edge, within a little over half a character.
        let chars = piece.text.count
        let candidates = (1..<min(chars, maxHeadCharacters + 1)).map { k in
            (k, TablePieces.subBox(of: piece.token, from: 0, to: k, grid: false).x1)
        }
        guard let best = candidates.min(by: { abs($0.1 - edge) < abs($1.1 - edge) }),
              abs(best.1 - edge) <= 0.6 * unit else { return nil }
        return best.0
    }

    /// The item prefix of folded label text (`(五)`, `1.`, `四、`), or nil when it opens with none.
    static func itemPrefix(_ folded: String) -> Substring? {
        guard LabelAnchors.hasItemPrefix(folded) else { return nil }
        let close: Set<Character> = folded.first == "(" ? [")"] : [".", "、"]
        guard let end = folded.firstIndex(where: { close.contains($0) }) else { return nil }
        return folded[...end]
    }

    /// For each item prefix of the template's labels and group labels, the characters its words open with
    /// (`(五)` → 不, from （五）不予处理; `(六)` → 其).
    static func openings(of rows: [RowDefinition]) -> [String: Set<Character>] {
        var result: [String: Set<Character>] = [:]
        for text in Set(rows.flatMap { [$0.label] + ($0.group.map { [$0] } ?? []) }) {
            let folded = Normalizer.fold(text)
            guard let prefix = itemPrefix(folded), let first = folded[prefix.endIndex...].first else { continue }
            result[String(prefix), default: []].insert(first)
        }
        return result
    }

    /// True when a line opening with a template item prefix goes on with words no label of that prefix
    /// opens with (`（五）机关确认或`, the group label's prefix glued to its child's wrapped line), so it is
    /// no label's own line.
    static func opensOtherWords(_ folded: String, openings: [String: Set<Character>]) -> Bool {
        guard let prefix = itemPrefix(folded), let expected = openings[String(prefix)],
              let next = folded[prefix.endIndex...].first else { return false }
        return !expected.contains(next)
    }
}
