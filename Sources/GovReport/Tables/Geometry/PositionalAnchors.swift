/// Rows whose printed label OCR damaged past its distinctive words, placed by their position among the
/// rows that were found (scans only: `TableSettings.rowsByPosition`).
///
/// Between two rows found by their words (or above the first, below the last, over page breaks too), the
/// printed rows of values that no found row owns are the template rows missing there, in order — when there
/// are exactly as many of them as rows missing (a few rows missing beside the first or last found row, on its
/// page, must also each have label text sharing a character with the template's label). Found rows in doubt
/// (a repeated header's 总计, one label found as two rows, a label that took in the rows below it) give way
/// when order and count then name more rows. A row so placed is named in a `row_by_position` warning, which
/// leaves its table `partial`: nothing but the position says which row it is.
///
/// ```swift
/// // found: 1.信访举报投诉类申请, 3.要求提供公开出版物; between them a row of values beside "2.重夏屮请"
/// let placed = PositionalAnchors.filled(anchors, rows: rows, labels: labels, values: values, unit: 10.5,
///                                       minValues: 3, settings: settings)
/// placed.byPosition.map(\.row.key) // ["not_processed.duplicate"]
/// ```
enum PositionalAnchors {
    static let warningCode = "row_by_position"

    /// `anchors` top to bottom in template order; `rows` the template's rows in printed order; a printed
    /// row of values counts when it holds at least `minValues` values and at most `maxValues` (more is no row
    /// of this table: the next section's, its heading lost).
    static func filled(_ anchors: [LabelAnchor], rows: [RowDefinition], labels: [TablePiece], values: [TablePiece],
                       unit: Double, minValues: Int, maxValues: Int = .max,
                       settings: TableSettings) -> (anchors: [LabelAnchor], byPosition: [LabelAnchor]) {
        let bands = ValueBand.bands(of: values, tolerance: settings.rowCentreTolerance * unit)
            .filter { (minValues...maxValues).contains($0.pieces.count) }
        // Found rows in doubt (one label found as two rows, a label that took in the rows below it) are
        // dropped when order and count then name more rows: a row found on a wrong line keeps the rows
        // around it from being placed, one found right that prints no values is kept.
        let found = withinLabelColumn(anchors, bands: bands)
        let unnested = withoutNested(found, unit: unit)
        let variants = [found, unnested, unnested.filter { holdsOneRow($0, bands: bands, unit: unit, settings: settings) }]
        var best: (anchors: [LabelAnchor], byPosition: [LabelAnchor])?
        for variant in variants {
            let filled = placed(among: variant, rows: rows, labels: labels, bands: bands, unit: unit, settings: settings)
            if best.map({ filled.anchors.count > $0.anchors.count }) ?? true { best = filled }
        }
        return best ?? (anchors, [])
    }

    /// `anchors` with the rows placed by position among them (`filled`), given the printed rows of values.
    static func placed(among anchors: [LabelAnchor], rows: [RowDefinition], labels: [TablePiece], bands: [ValueBand],
                       unit: Double, settings: TableSettings) -> (anchors: [LabelAnchor], byPosition: [LabelAnchor]) {
        let index = anchors.map { a in rows.firstIndex { $0.key == a.row.key } }
        guard !anchors.isEmpty, index.allSatisfy({ $0 != nil }) else { return (anchors, []) }
        let positions = index.compactMap { $0 }
        guard zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }) else { return (anchors, []) }
        var owned = Set(anchors.compactMap { ownBand(of: $0, in: bands, unit: unit, settings: settings) })
        owned.formUnion(cutRowBands(anchors, bands: bands, owned: owned, unit: unit, settings: settings))
        let free = bands.indices.filter { !owned.contains($0) }
        // A found row's first line is its own; a line it took as wrapped may be a damaged label.
        let used = Set(anchors.map { $0.pieces[0] })
        // Where the found rows' labels start: a label without shared characters must start left of the last.
        let labelStart = anchors.map { $0.pieces[0].box.x0 }.max() ?? 0

        var result = anchors, placed: [LabelAnchor] = []
        // Gaps: before the first anchor, between neighbours, after the last; each with the template rows
        // missing there and the free bands in it.
        for gap in 0...anchors.count {
            let first = gap == 0 ? 0 : positions[gap - 1] + 1
            let last = gap == anchors.count ? rows.count : positions[gap]
            guard first < last else { continue }
            let missing = Array(rows[first..<last])
            let inside = free.filter { b in
                let band = bands[b]
                let afterAbove = gap == 0 || before(anchors[gap - 1].pieces[0], band, unit: unit)
                let beforeBelow = gap == anchors.count || after(anchors[gap].pieces[0], band, unit: unit)
                return afterAbove && beforeBelow
            }
            // Above the first found row or below the last, the rows missing are those nearest it (what lies
            // beyond them is no longer the table: a header, the next section's row); between two, the surplus
            // is what holds the fewest values.
            let inGap = gap == 0 ? Array(inside.suffix(missing.count)) : gap == anchors.count ? Array(inside.prefix(missing.count))
                : withoutSurplus(inside, keeping: missing.count) { bands[$0].pieces.count }
            guard inGap.count == missing.count else { continue }
            // Order and count name the rows: any label text beside a band will do, else the label column's
            // nearest line moved level with the values. Above the first found row or below the last, when the
            // bands there lie on the found row's page and the rows missing are a few, each label must share a
            // character with its row's (the gap's count alone may take in a stray line there); a gap running
            // over a page break, or over more rows than `sharedLabelRows`, is the table's own rows, a stray
            // line would break its count.
            let bounded = (gap > 0 && gap < anchors.count) || missing.count > sharedLabelRows
                || inGap.contains { bands[$0].page != (gap == 0 ? anchors[0].page : anchors[gap - 1].page) }
            var found: [LabelAnchor] = []
            for (row, b) in zip(missing, inGap) {
                guard let piece = label(beside: bands[b], for: row, labels: labels, labelStart: bounded ? labelStart : nil,
                                        used: used, unit: unit)
                else { break }
                found.append(LabelAnchor(row: row, pieces: [piece]))
            }
            guard found.count == missing.count else { continue }
            placed += found
        }
        guard !placed.isEmpty else { return (anchors, []) }
        // A found row's label lines stop above a row placed inside them (a damaged label without its item
        // prefix was taken for a wrapped line of the label above).
        for i in result.indices {
            let cut = placed.filter { p in p.page == result[i].page && p.top > result[i].top && p.top < result[i].bottom }
                .map(\.top).min()
            // (its first line stays: a placed row's label may be a line moved level with its values, above it)
            if let cut { result[i].pieces = [result[i].pieces[0]] + result[i].pieces.dropFirst().filter { $0.box.midY < cut } }
        }
        result += placed
        result.sort { ($0.page, $0.top) < ($1.page, $1.top) }
        return (result, placed)
    }

    /// The most rows missing above the first found row or below the last that are placed only when each has
    /// label text sharing a character with its row's, on the found row's page.
    static let sharedLabelRows = 3

    /// `anchors` less those whose label starts right of where most printed rows of values on its page start
    /// (a continuation page's repeated header 总计 taken for the row （七）总计): a row's label is left of
    /// its values.
    static func withinLabelColumn(_ anchors: [LabelAnchor], bands: [ValueBand]) -> [LabelAnchor] {
        anchors.filter { anchor in
            let starts = bands.filter { $0.page == anchor.page }.compactMap { $0.pieces.first?.box.x0 }.sorted()
            return starts.isEmpty || anchor.pieces[0].box.x0 < starts[starts.count / 2]
        }
    }

    /// `anchors` (top to bottom) less each whose label starts inside the label of the found row above it: one
    /// label read as two rows (1.属于国家秘密 wrapped two characters a line, its item point lost before the
    /// next label's 2其他…, found again on 家秘 joined with the lines below).
    static func withoutNested(_ anchors: [LabelAnchor], unit: Double) -> [LabelAnchor] {
        var kept: [LabelAnchor] = []
        for anchor in anchors {
            if let last = kept.last, last.page == anchor.page, anchor.top < last.bottom - 0.3 * unit { continue }
            kept.append(anchor)
        }
        return kept
    }

    /// False when a found row's label, wrapped over several lines, holds two printed rows of values or more:
    /// it took in the labels of the rows below it (their item prefixes lost), so which row of values is its
    /// own is not known; order and count decide it among the rows around it.
    static func holdsOneRow(_ anchor: LabelAnchor, bands: [ValueBand], unit: Double, settings: TableSettings) -> Bool {
        let slack = settings.labelTopSlack * unit
        return anchor.pieces.count < 2 || bands.filter { b in
            b.page == anchor.page && b.midY >= anchor.top - slack && b.midY <= anchor.bottom + slack
        }.count < 2
    }

    /// The band an anchor's row prints: of the bands centred within its label lines (a little slack above
    /// and below), the one with the most values.
    static func ownBand(of anchor: LabelAnchor, in bands: [ValueBand], unit: Double, settings: TableSettings) -> Int? {
        let slack = settings.labelTopSlack * unit
        let beside = bands.indices.filter { b in
            bands[b].page == anchor.page && bands[b].midY >= anchor.top - slack && bands[b].midY <= anchor.bottom + slack
        }
        // The first line's band wins a tie: a wrapped label's values sit beside its first lines.
        return beside.max { (bands[$0].pieces.count, -bands[$0].midY) < (bands[$1].pieces.count, -bands[$1].midY) }
    }

    /// The bands of found rows cut by a page break: a page's last found row printing no values beside its
    /// label prints them atop the next page, as the topmost band there above that page's first found row.
    static func cutRowBands(_ anchors: [LabelAnchor], bands: [ValueBand], owned: Set<Int>, unit: Double,
                            settings: TableSettings) -> [Int] {
        anchors.indices.compactMap { a -> Int? in
            let anchor = anchors[a]
            guard a + 1 == anchors.count || anchors[a + 1].page > anchor.page,
                  ownBand(of: anchor, in: bands, unit: unit, settings: settings) == nil else { return nil }
            let limit = a + 1 < anchors.count && anchors[a + 1].page == anchor.page + 1 ? anchors[a + 1].top : .infinity
            return bands.indices.filter { b in
                !owned.contains(b) && bands[b].page == anchor.page + 1 && bands[b].midY < limit
            }.min { bands[$0].midY < bands[$1].midY }
        }
    }

    /// `bands` less the surplus over `count`: the bands with the fewest values (a continuation page's repeated
    /// header, three stray marks read as numbers), when each has fewer values than every band kept; else all.
    static func withoutSurplus(_ bands: [Int], keeping count: Int, values: (Int) -> Int) -> [Int] {
        let surplus = bands.count - count
        guard surplus > 0, case let sorted = bands.map(values).sorted(), sorted[surplus - 1] < sorted[surplus] else { return bands }
        return bands.filter { values($0) >= sorted[surplus] }
    }

    /// The label piece beside a band (overlapping its height, left of its values, not already a found row's)
    /// that shares the most characters with the template row's label; nil when none shares any. Given
    /// `labelStart` (the rightmost start of the found rows' labels), any label piece starting left of it beside
    /// the band when none shares, else the label column's nearest line moved level with the values, else (no
    /// label text left of the values on the page: OCR read none) an empty label level with them.
    static func label(beside band: ValueBand, for row: RowDefinition, labels: [TablePiece], labelStart: Double? = nil,
                      used: Set<TablePiece>, unit: Double) -> TablePiece? {
        let template = Set(Normalizer.fold(row.label).filter { !$0.isPunctuation })
        let firstValue = band.pieces.map(\.box.x0).min() ?? .infinity
        let candidates = labels.filter { p in
            p.page == band.page && !used.contains(p) && p.box.x1 <= firstValue
                && p.box.y0 - 0.5 * unit <= band.midY && band.midY <= p.box.y1 + 0.5 * unit
        }
        let scored = candidates.map { p in (p, Set(p.folded).intersection(template).count) }
            .filter { p in p.1 > 0 || labelStart.map { p.0.box.x0 <= $0 } == true }
        if let best = scored.max(by: { ($0.1, $0.0.box.x0) < ($1.1, $1.0.box.x0) }) { return best.0 }
        guard let labelStart else { return nil }
        // A label wrapped a few characters a line may have no line level with its values: the row's label
        // is then the label column (its nearest line's left and right) at the height of the values.
        let left = labels.filter { $0.page == band.page && $0.box.x1 <= firstValue }
        let column = left.filter { $0.box.x0 <= labelStart }
        guard let nearest = (column.isEmpty ? left : column).min(by: { abs($0.box.midY - band.midY) < abs($1.box.midY - band.midY) })
        else {
            return TablePiece(text: "", box: Box(x0: firstValue - unit, y0: band.box.y0, x1: firstValue - unit, y1: band.box.y1),
                              page: band.page)
        }
        return TablePiece(text: nearest.text, box: Box(x0: nearest.box.x0, y0: band.box.y0, x1: nearest.box.x1, y1: band.box.y1),
                          page: band.page)
    }

    /// True when the band lies below the label line (same page, or a later page).
    private static func before(_ piece: TablePiece, _ band: ValueBand, unit: Double) -> Bool {
        band.page > piece.page || (band.page == piece.page && band.midY > piece.box.y0 - 0.3 * unit)
    }

    /// True when the band lies above the label line (same page, or an earlier page).
    private static func after(_ piece: TablePiece, _ band: ValueBand, unit: Double) -> Bool {
        band.page < piece.page || (band.page == piece.page && band.midY < piece.box.y0 - 0.3 * unit)
    }

    /// The `row_by_position` warning naming a row so placed.
    static func warning(_ anchor: LabelAnchor, kind: TableKind) -> ExtractionWarning {
        ExtractionWarning(code: warningCode,
                          message: "Row \(anchor.row.key) (\(anchor.row.label)) was placed by its position among the rows found: its label reads \"\(anchor.text)\" on page \(anchor.page); check it.",
                          table: kind.rawValue, row: anchor.row.key, page: anchor.page)
    }
}
