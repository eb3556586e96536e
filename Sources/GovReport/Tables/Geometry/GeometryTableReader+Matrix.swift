/// Reading a matrix (rows × a fixed column set) once its row labels are anchored.
extension GeometryTableReader {
    struct MatrixReading {
        var rows: [String: TableRow] = [:]
        var warnings: [ExtractionWarning] = []
        /// Plain-text pages whose value columns come from rows with blank cells alone (no row prints every
        /// column): their columns follow the text's spacing, trusted only while the table adds up.
        var unprovenPages: [Int] = []
        /// Numbers read as wrapped in their cells (`546 / 7`, by row): trusted only while the table adds up.
        var wrappedCells: [(row: String, printed: [String], page: Int)] = []
    }

    /// True when every value cluster lies inside one of `bands` (the bands fit this page's values).
    static func holdsAll(_ ranges: [ColumnRange], _ bands: HeaderBands.ColumnBands) -> Bool {
        ranges.allSatisfy { r in
            let x = bands.alignment.x(of: Box(x0: r.x0, y0: 0, x1: r.x1, y1: 0))
            return bands.columns.contains { x >= $0.x0 && x < $0.x1 }
        }
    }

    /// True when each column found from the values falls in the header band of the same key (read at the
    /// point the numbers' alignment keeps fixed: the cluster's left end, centre or right end).
    static func agree(_ clustered: [ValueColumn], _ bands: HeaderBands.ColumnBands) -> Bool {
        clustered.allSatisfy { c in
            let x = bands.alignment.x(of: Box(x0: c.x0, y0: 0, x1: c.x1, y1: 0))
            return bands.columns.contains { $0.key == c.key && x >= $0.x0 && x < $0.x1 }
        }
    }

    /// Bands from columns found by their values (every column printing some): each reaches half way to
    /// its neighbours, the outer ones as far out as they reach in.
    static func clusterBands(_ columns: [ValueColumn]) -> HeaderBands.ColumnBands {
        let edges = columns.indices.dropFirst().map { (columns[$0 - 1].x1 + columns[$0].x0) / 2 }
        let bands = columns.indices.map { i in
            let left = i > 0 ? edges[i - 1] : columns[i].x0 - (edges.first.map { $0 - columns[i].x1 } ?? 50)
            let right = i < edges.count ? edges[i] : columns[i].x1 + (edges.last.map { columns[i].x0 - $0 } ?? 50)
            return ValueColumn(key: columns[i].key, x0: left, x1: right)
        }
        return HeaderBands.ColumnBands(columns: bands, alignment: .centre)
    }

    /// The header's bands for a page whose numbers do not show how they align (all equally wide): under
    /// each alignment still `possible` (narrowed to those under which the numbers stand where such numbers
    /// stand against the header, on this page and the pages before), the bands; certain when those place
    /// every value alike, or those of them under which every printed row adds up across (R3) do. Nil when
    /// they do not: the values' columns are a guess. With none fitting (a header not centred in its cells,
    /// digits drawn apart) the bands as read (`alignment` .centre).
    static func bandsByAlignment(names: HeaderBands.Names, unit: Double, values: [TablePiece],
                                 rows: [ValueBand], possible: inout [NumberAlignment]) -> HeaderBands.ColumnBands? {
        let candidates = possible.map(names.bands)
        let fitting = candidates.filter { HeaderBands.fits($0, values: values, unit: unit) }
        guard let first = fitting.first else { return candidates.first { $0.alignment == .centre } ?? candidates.first }
        possible = fitting.map(\.alignment)
        if fitting.allSatisfy({ placedAlike(values, first, $0) }) { return first }
        let adding = fitting.filter { rowsAddUp(rows, $0) }
        guard let best = adding.first, adding.allSatisfy({ placedAlike(values, best, $0) }) else { return nil }
        return best
    }

    /// True when every printed row of values, placed by `bands`, adds up across (R3: the applicant columns
    /// make the last, 总计; a blank is 0), no column taking two values.
    static func rowsAddUp(_ rows: [ValueBand], _ bands: HeaderBands.ColumnBands) -> Bool {
        rows.allSatisfy { row in
            var cells = [Double?](repeating: nil, count: bands.columns.count)
            for piece in row.pieces {
                guard let c = ColumnFinder.column(of: piece, in: bands.columns, alignment: bands.alignment), cells[c] == nil
                else { return false }
                cells[c] = piece.value?.value ?? 0
            }
            let parts = cells.dropLast().reduce(0) { $0 + ($1 ?? 0) }
            return abs(parts - ((cells.last ?? nil) ?? 0)) < 1e-6
        }
    }

    /// True when `values` fall in the same columns under bands `a` and `b`.
    static func placedAlike(_ values: [TablePiece], _ a: HeaderBands.ColumnBands, _ b: HeaderBands.ColumnBands) -> Bool {
        values.allSatisfy { v in
            a.columns[ColumnFinder.column(of: v, in: a.columns, alignment: a.alignment) ?? 0].key
                == b.columns[ColumnFinder.column(of: v, in: b.columns, alignment: b.alignment) ?? 0].key
        }
    }

    /// The bands narrowed to where their values are printed, for cutting numbers glued across columns
    /// (`values` without such glued pieces; one reaching over a short value of another band is such a piece):
    /// the x-range of a band's values when it holds numbers on this page; else the range it took on a page before where it held numbers (`earlier`, when that lies inside
    /// the band: a placeholder such as `—` is often centred whatever the numbers do, a right-aligned `17191`
    /// is cut where the numbers end); else that of its placeholders; else, for a band printing nothing on
    /// this page, the range of the numbers one or two digits long the other pages print in it (`elsewhere`:
    /// the table's first page holding one row, its `11170` for 11 and 170 under a column empty there); else
    /// the band. Also returns the ranges of the bands holding numbers, for the pages after.
    static func narrowed(_ bands: HeaderBands.ColumnBands, to values: [TablePiece], earlier: [String: ValueColumn],
                         elsewhere: () -> [TablePiece] = { [] }) -> (columns: [ValueColumn], numbered: [String: ValueColumn]) {
        var numbered: [String: ValueColumn] = [:]
        // Values one or two characters long cannot bridge two columns: a longer one reaching over such a
        // value of another band is glued across columns (`18233` over the 8 of 其他), no range's.
        let short = values.filter { $0.text.count <= 2 }
        let columns = bands.columns.map { band -> ValueColumn in
            func holds(_ piece: TablePiece) -> Bool {
                bands.alignment.x(of: piece.box) >= band.x0 && bands.alignment.x(of: piece.box) < band.x1
            }
            func bridges(_ piece: TablePiece) -> Bool {
                piece.text.count > 2 && short.contains { $0.box.x0 < piece.box.x1 && $0.box.x1 > piece.box.x0 && !holds($0) }
            }
            let inside = values.filter { holds($0) && !bridges($0) }
            guard let box = Box.enclosing(inside.map(\.box)) else {
                if let before = earlier[band.key], before.x0 >= band.x0, before.x1 <= band.x1 { return before }
                guard let other = Box.enclosing(elsewhere().filter(holds).map(\.box)), other.x0 >= band.x0, other.x1 <= band.x1
                else { return band }
                return ValueColumn(key: band.key, x0: other.x0, x1: other.x1)
            }
            let range = ValueColumn(key: band.key, x0: box.x0, x1: box.x1)
            if inside.contains(where: \.isNumber) {
                numbered[band.key] = range
                return range
            }
            if let before = earlier[band.key], before.x0 >= band.x0, before.x1 <= band.x1 { return before }
            return range
        }
        return (columns, numbered)
    }

    /// The numbers one or two digits long (too short to bridge two columns) printed off `page`, read from
    /// `values` once (`cache`).
    static func shortNumbers(_ values: [TablePiece], notOn page: Int, cache: inout [TablePiece]?) -> [TablePiece] {
        let short = cache ?? values.filter { !$0.estimated && $0.isNumber && $0.text.count <= 2 }
        cache = short
        return short.filter { $0.page != page }
    }

    /// Given anchored rows and the section's value pieces, return each row's cells by column.
    ///
    /// Values must lie right of the labels of their page; they form bands (one printed row of
    /// numbers), and each band goes to the anchor whose label band holds the band's centre, else to the
    /// one whose range (its first line's top, less a slack, to the next anchor's) does (`ownedBands`).
    /// Values above a continuation page's first row go to the previous page's last row when that printed
    /// none (a row cut by the page break). Columns are recomputed per page.
    static func readMatrix(kind: TableKind, anchors: [LabelAnchor], values: [TablePiece], columns: [ColumnDefinition],
                           labels: [TablePiece], unit: Double, settings: TableSettings,
                           headerSpanning: [String]) -> MatrixReading {
        var reading = MatrixReading()
        let pages = Set(anchors.map(\.page)).sorted()
        var previousColumns: [ValueColumn]?
        var previousBands: HeaderBands.ColumnBands?
        // Where each column's numbers were printed on the pages before (`narrowed`).
        var numberColumns: [String: ValueColumn] = [:]
        // The section's short numbers, by page, read once a band needs them (`narrowed`'s `elsewhere`).
        var elsewhereNumbers: [TablePiece]?
        // Numbers all equally wide (single digits) do not show their alignment: a page whose values fill
        // every column then tells it (the alignment under which the header's bands hold those columns).
        let voted = NumberAlignment.voted(values.filter { !$0.estimated }, unit: unit)
        var alignment = voted ?? .centre, alignmentKnown = voted != nil
        var possibleAlignments: [NumberAlignment] = [.left, .centre, .right]   // while not known
        let glyphsOnly = labels.filter { isGlyphsWithoutText($0.text) }
        // The last row of the page before, when it printed no values there: a row cut by the page break
        // may print them at the top of the next page, above that page's first label.
        var cutRow: LabelAnchor?
        for page in pages {
            let onPage = anchors.filter { $0.page == page }
            let labelRight = onPage.flatMap(\.pieces).map(\.box.x1).max() ?? 0
            let owned = ownedBands(anchors: onPage, values: values, unit: unit, settings: settings)
            let top = onPage[0].top
            var header = labels.compactMap { p -> TablePiece? in
                guard p.page == page, p.box.y1 <= top + settings.labelTopSlack * unit, p.box.x1 > labelRight else { return nil }
                guard headerSpanning.contains(where: { TextSearch.contains(p.folded, $0) }) else { return p }
                return labelHeaderTail(p, labelRight: labelRight)
            }
            let unreadable = glyphsOnly.filter { $0.page == page && $0.box.x0 > labelRight && $0.box.y0 > top - settings.labelTopSlack * unit }
            if !unreadable.isEmpty {
                reading.warnings.append(ExtractionWarning(
                    code: "cell_unreadable",
                    message: "Page \(page): \(unreadable.count) cells print glyphs without text (\(unreadable[0].text)), read as blank; check the table on page \(page).",
                    table: kind.rawValue, page: page))
            }
            if page == pages.first {
                header = headerCutByPageBreak(header, labels: labels, labelRight: labelRight, columns: columns, unit: unit,
                                              headerSpanning: headerSpanning)
            }
            let carried = page == pages.first ? [] : carriedBands(above: onPage[0], header: header, values: values,
                                                                 labelRight: labelRight, unit: unit, settings: settings)
            let usedValues = (owned.values.flatMap { $0 } + carried).flatMap(\.pieces)
            // Pieces glued across two columns (`4679168`) neither chain the columns nor widen them.
            let placed = usedValues.filter { !$0.estimated }
            let unbridged = ColumnFinder.unbridged(placed, joinGap: settings.columnJoinGap * unit).map { placed[$0] }
            let ranges = ColumnFinder.clusters(of: unbridged, joinGap: settings.columnJoinGap * unit)
            let clustered = ColumnFinder.keyed(ranges, columns: columns, header: header, previous: previousColumns)
            var (pageColumns, note) = clustered
            var valueColumns = pageColumns
            var placement = NumberAlignment.centre
            // Geometry first: the header's bands (or, on a page that repeats no header, the previous page's)
            // place every value, whichever cells of its row are blank.
            // Plain text keeps no header geometry worth the name (pdftotext -layout spaces each line on its own).
            let isGrid = usedValues.first?.grid ?? false
            let headerNames = isGrid ? nil : HeaderBands.names(header: header, columns: columns, unit: unit)
            let headerBands = headerNames?.bands(alignment)
            var bands = headerBands ?? previousBands.flatMap { holdsAll(ranges, $0) ? $0 : nil }
            if !alignmentKnown, ranges.count == columns.count, let found = headerBands, !found.estimated, !agree(clustered.columns, found),
               let names = headerNames, let other = [NumberAlignment.left, .right].lazy.map(names.bands)
                   .first(where: { agree(clustered.columns, $0) }) {
                (bands, alignment, alignmentKnown) = (other, other.alignment, true)
            }
            if isGrid, ranges.count < columns.count, !usedValues.isEmpty {
                note = note ?? "plain text: \(ranges.count) value columns for \(columns.count); the columns of values in rows with blank cells follow the text's alignment, which pdftotext does not keep"
            }
            // As many clusters as columns, but no row of the page prints every column: the clusters come from
            // rows with blank cells alone, and `pdftotext -layout` spaces each line on its own (`12` and `1`
            // of one column three characters apart make two clusters, a blank column's none).
            if isGrid, ranges.count == columns.count,
               !(owned.values.flatMap { $0 } + carried).contains(where: { $0.pieces.count >= columns.count }) {
                reading.unprovenPages.append(page)
            }
            // A column of placeholders alone (`—`, often centred whatever the numbers do) may make up the
            // count of columns with the numbers' columns off by one: when the header disputes the clusters and
            // the numbers alone fill fewer columns, the header's bands place the values.
            let placeholderColumn = ranges.count == columns.count && bands.map { !$0.estimated && !agree(clustered.columns, $0) } == true
                && ColumnFinder.clusters(of: unbridged.filter(\.isNumber), joinGap: settings.columnJoinGap * unit).count < columns.count
            if let bands, ranges.count == columns.count, !placeholderColumn {
                // Every column prints values: their clusters name the columns; the header must agree.
                if !bands.estimated, !agree(clustered.columns, bands) {
                    reading.warnings.append(ExtractionWarning(
                        code: "columns_disputed",
                        message: "Page \(page): the columns of the values and the columns of the header disagree; check the table on page \(page).",
                        table: kind.rawValue, page: page))
                } else {
                    previousBands = bands   // for a continuation page that repeats no header
                }
            } else if var bands {
                note = nil
                if !alignmentKnown, let headerNames {
                    let chosen = bandsByAlignment(names: headerNames, unit: unit, values: usedValues,
                                                  rows: owned.values.flatMap { $0 } + carried, possible: &possibleAlignments)
                    if let chosen {
                        bands = chosen
                        if possibleAlignments.count == 1 { (alignment, alignmentKnown) = (chosen.alignment, true) }
                    } else {
                        note = "the numbers do not show how they align in their cells, and the header's columns place them differently for each way"
                    }
                }
                pageColumns = bands.columns
                placement = bands.alignment
                let numbered: [String: ValueColumn]
                (valueColumns, numbered) = narrowed(bands, to: unbridged, earlier: numberColumns) {
                    shortNumbers(values, notOn: page, cache: &elsewhereNumbers)
                }
                numberColumns.merge(numbered) { $1 }
                previousBands = bands
            } else if !isGrid, ranges.count == columns.count, note == nil {
                // No header here (or none that names every column; one cut by the page break), but every
                // column prints values: their clusters are the bands of a continuation page.
                previousBands = clusterBands(clustered.columns)
            }
            if !isGrid, ranges.count == columns.count, pageColumns == clustered.columns {
                // Columns found by their values: a column printing only placeholders on this page is narrowed
                // as in a header's band, to where its numbers were printed on a page before.
                let numbered: [String: ValueColumn]
                (valueColumns, numbered) = narrowed(clusterBands(pageColumns), to: unbridged, earlier: numberColumns)
                numberColumns.merge(numbered) { $1 }
            }
            if let note {
                reading.warnings.append(ExtractionWarning(code: "columns_guessed", message: "Page \(page): \(note).",
                                                          table: kind.rawValue, page: page))
            }
            previousColumns = valueColumns
            let digitWidth = ColumnFinder.digitWidth(of: usedValues)
            if !carried.isEmpty {
                // Values above the page's first row: the cut row's, when the page before printed none for it.
                let band = carried.max { $0.pieces.count < $1.pieces.count }
                if let cut = cutRow, let band {
                    reading.warnings.removeAll { $0.code == "blank_cell" && $0.row == cut.row.key }
                    reading.rows[cut.row.key] = tableRow(kind: kind, key: cut.row.key, label: cut.text, band: band, page: page,
                                                         columns: columns, pageColumns: pageColumns,
                                                         valueColumns: valueColumns, placement: placement,
                                                         digitWidth: digitWidth, numbers: alignment, warnings: &reading.warnings)
                }
                for extra in carried where cutRow == nil || extra != band {
                    reading.warnings.append(ExtractionWarning(
                        code: "unassigned_values",
                        message: "Values \(extra.pieces.map(\.text).joined(separator: " ")) at the top of page \(page), above row \(onPage[0].row.key), were not placed.",
                        table: kind.rawValue, row: onPage[0].row.key, page: page))
                }
            }
            cutRow = owned[onPage.count - 1] == nil ? onPage[onPage.count - 1] : nil
            for (a, anchor) in onPage.enumerated() {
                let (mine, wrapped) = joiningWrappedCells(merged(owned[a] ?? [], columns: pageColumns, alignment: placement),
                                                          columns: pageColumns, alignment: placement, unit: unit)
                if !wrapped.isEmpty { reading.wrappedCells.append((anchor.row.key, wrapped, page)) }
                if a > 0, owned[a - 1] == nil, let above = mine.first(where: { $0.midY < anchor.top }) {
                    // Printed between two labels, nearer this one, while the row above prints none: the row
                    // above may own them (a value printed on a long label's last line, a line its band missed).
                    reading.warnings.append(ExtractionWarning(
                        code: "cells_doubtful",
                        message: "Values \(above.pieces.map(\.text).joined(separator: " ")) printed between rows \(onPage[a - 1].row.key) and \(anchor.row.key) were read as row \(anchor.row.key)'s; row \(onPage[a - 1].row.key) prints none: check the table on page \(page).",
                        table: kind.rawValue, row: anchor.row.key, page: page))
                }
                // The band with the most values is the row's; others are extra (reported).
                let band = mine.max { $0.pieces.count < $1.pieces.count }
                for extra in mine where extra != band {
                    reading.warnings.append(ExtractionWarning(
                        code: "unassigned_values",
                        message: "Values \(extra.pieces.map(\.text).joined(separator: " ")) near row \(anchor.row.key) were not placed.",
                        table: kind.rawValue, row: anchor.row.key, page: page))
                }
                let row = tableRow(kind: kind, key: anchor.row.key, label: anchor.text, band: band, page: page,
                                   columns: columns, pageColumns: pageColumns, valueColumns: valueColumns,
                                   placement: placement, digitWidth: digitWidth, numbers: alignment,
                                   warnings: &reading.warnings)
                reading.rows[anchor.row.key] = row
            }
        }
        return reading
    }

    /// Given the anchors of one page (top to bottom) and the section's values, return the value bands
    /// each anchor owns, by anchor index. A height held by a row's label band (its first line's top to
    /// its last wrapped line's bottom) is that row's: values printed on the last line of a wrapped label
    /// (bottom-aligned) or on its first (top-aligned) stay with it. Elsewhere an anchor's range runs from
    /// its top (less a slack) to the next anchor's. A value belongs to the row holding its centre when it
    /// lies right of that row's label, and a band (one printed row of values) to the row holding its centre.
    static func ownedBands(anchors onPage: [LabelAnchor], values: [TablePiece], unit: Double,
                           settings: TableSettings) -> [Int: [ValueBand]] {
        ownership(anchors: onPage, values: values, unit: unit, settings: settings).owned
    }

    /// `ownedBands`, and by anchor index the values its range holds that lie left of its label's end (in
    /// plain text, a row's values printed on a line of their own at the left margin, below its wrapped
    /// label: `其他对外管理服务` / `事项` / `52 / 660` in `pdftotext -raw` text), which no band takes.
    static func ownership(anchors onPage: [LabelAnchor], values: [TablePiece], unit: Double,
                          settings: TableSettings) -> (owned: [Int: [ValueBand]], leftOfLabel: [Int: [TablePiece]]) {
        guard let page = onPage.first?.page else { return ([:], [:]) }
        // The slack above a label reaches at most half way up to the label above (rows set tight).
        let tops = onPage.indices.map { a in
            onPage[a].top - min(settings.labelTopSlack * unit, a == 0 ? .infinity : max(0, onPage[a].top - onPage[a - 1].bottom) / 2)
        }
        let ends = onPage.indices.map { a in a + 1 < onPage.count ? tops[a + 1] : onPage[a].bottom + settings.lastRowReach * unit }
        let labelRights = onPage.map { $0.pieces.map(\.columnRight).max() ?? 0 }
        let labelBands = onPage.map { ($0.top, $0.bottom) }
        func anchor(at y: Double) -> Int? {
            // The label band holding y (the row started last when two overlap), else the range rule.
            if let a = labelBands.indices.last(where: { labelBands[$0].0 <= y && y <= labelBands[$0].1 }) { return a }
            guard let a = tops.indices.last(where: { tops[$0] <= y }), y < ends[a] else { return nil }
            return a
        }
        // A value lies right of its row's label: of the label line beside it (a wrapped line ending in
        // wide punctuation reaches into a narrow first column of numbers), else of the whole label.
        var accepted: [TablePiece] = []
        var leftOfLabel: [Int: [TablePiece]] = [:]
        for v in values {
            guard v.page == page, let a = anchor(at: v.box.midY) else { continue }
            var beside: Double?
            for p in onPage[a].pieces where p.box.y0 < v.box.midY && p.box.y1 > v.box.midY { beside = max(beside ?? p.box.x1, p.box.x1) }
            if v.box.midX >= (beside ?? labelRights[a]) + settings.labelValueGap * unit { accepted.append(v) }
            else { leftOfLabel[a, default: []].append(v) }
        }
        var owned: [Int: [ValueBand]] = [:]
        for band in ValueBand.bands(of: accepted, tolerance: settings.rowCentreTolerance * unit) {
            guard let a = anchor(at: band.midY) else { continue }
            owned[a, default: []].append(band)
        }
        return (owned, leftOfLabel)
    }

    /// The bands one row owns, as one band when their values fall in different columns (a row whose cells
    /// print at different heights); else as they are (the extra bands are reported).
    static func merged(_ bands: [ValueBand], columns: [ValueColumn], alignment: NumberAlignment) -> [ValueBand] {
        guard bands.count > 1, let page = bands.first?.page else { return bands }
        let pieces = bands.flatMap(\.pieces)
        let slots = pieces.compactMap { ColumnFinder.column(of: $0, in: columns, alignment: alignment) }
        guard slots.count == pieces.count, Set(slots).count == slots.count else { return bands }
        return [ValueBand(page: page, pieces: pieces.sorted { $0.box.x0 < $1.box.x0 })]
    }

    /// The value bands of a continuation page that lie above its first row (less the slack) and below its
    /// header, right of the labels: the values of a row the page break cut, its label on the page before.
    static func carriedBands(above first: LabelAnchor, header: [TablePiece], values: [TablePiece], labelRight: Double,
                             unit: Double, settings: TableSettings) -> [ValueBand] {
        let headerBottom = header.map(\.box.y1).max() ?? -Double.infinity
        let limit = first.top - settings.labelTopSlack * unit
        let above = values.filter { v in
            v.page == first.page && v.box.midY < limit && v.box.midY > headerBottom
                && v.box.midX >= labelRight + settings.labelValueGap * unit
        }
        return ValueBand.bands(of: above, tolerance: settings.rowCentreTolerance * unit)
    }

    /// Builds one row: the band's pieces grouped by column; a column without a piece is a blank cell.
    static func tableRow(kind: TableKind, key: String, label: String, band: ValueBand?, page: Int,
                         columns: [ColumnDefinition], pageColumns: [ValueColumn], valueColumns: [ValueColumn],
                         placement: NumberAlignment = .centre, digitWidth: Double, numbers: NumberAlignment = .centre,
                         warnings: inout [ExtractionWarning]) -> TableRow {
        // The pieces of each of `columns`, by position; a page column holds its key's pieces.
        var byColumn = [[TablePiece]](repeating: [], count: columns.count)
        let slots = pageColumns.map { page in columns.firstIndex { $0.key == page.key } }
        let pieces = (band?.pieces ?? []).flatMap { ColumnFinder.split($0, across: valueColumns, digitWidth: digitWidth, alignment: numbers) }
        for piece in pieces {
            guard let column = ColumnFinder.column(of: piece, in: pageColumns, alignment: placement), let slot = slots[column] else { continue }
            byColumn[slot].append(piece)
        }
        // Two separate values in one column mean the positions lie (a row printed off the grid, as
        // `pdftotext -layout` does); a row printing exactly one value per column is then read in order.
        if byColumn.contains(where: { $0.count > 1 && mergeSplitDigits($0).count > 1 }) {
            let inOrder = mergeSplitDigits(pieces)
            if inOrder.count == columns.count { byColumn = inOrder }
        }
        let cells = columns.indices.map { c -> (column: String, cell: Cell) in
            let column = columns[c], pieces = byColumn[c]
            let cell = makeCell(pieces, page: page)
            if pieces.isEmpty {
                warnings.append(ExtractionWarning(code: "blank_cell", message: "Cell \(key)/\(column.key) is blank; read as 0.",
                                                  table: kind.rawValue, row: key, column: column.key, page: page))
            } else if CellValue.parse(cell.printed) == nil {
                warnings.append(ExtractionWarning(code: "cell_unreadable",
                                                  message: "Cell \(key)/\(column.key) prints \"\(cell.printed)\"; read as \(cell.value).",
                                                  table: kind.rawValue, row: key, column: column.key, page: page))
            }
            return (column.key, cell)
        }
        return TableRow(key: key, label: label, cells: cells)
    }

    /// A cell from the pieces printed in it (left to right, joined): digits split by extraction
    /// (`2` `0`) join back into one number. No piece is a blank cell (value 0, printed "").
    static func makeCell(_ pieces: [TablePiece], page: Int, unit headerUnit: String? = nil) -> Cell {
        guard !pieces.isEmpty else { return Cell(value: 0, printed: "", page: page, box: nil, unit: headerUnit) }
        if pieces.count == 1, let value = pieces[0].value {   // most cells: one piece, already parsed
            return Cell(value: value.value, printed: pieces[0].text, page: pieces[0].page, box: pieces[0].box,
                        unit: value.unit ?? headerUnit)
        }
        let ordered = pieces.sorted { $0.box.x0 < $1.box.x0 }
        let printed = ordered.map(\.text).joined()
        let box = Box.enclosing(ordered.map(\.box))
        if let value = CellValue.parse(printed) {
            return Cell(value: value.value, printed: printed, page: ordered[0].page, box: box, unit: value.unit ?? headerUnit)
        }
        let first = ordered.compactMap(\.value).first
        return Cell(value: first?.value ?? 0, printed: ordered.map(\.text).joined(separator: " "), page: ordered[0].page,
                    box: box, unit: first?.unit ?? headerUnit)
    }
}
