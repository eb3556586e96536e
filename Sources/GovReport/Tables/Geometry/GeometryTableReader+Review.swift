/// Section 四 (行政复议、行政诉讼): 15 values under three groups of five headers. Values are taken in
/// reading order when all 15 are printed; with blank cells each value goes to the nearest of the 15
/// header columns (sub-labels like 结果/维持 found even inside glued header tokens).
extension GeometryTableReader {
    /// Words that mark the section 四 table's header (folded).
    static let reviewHeaderWords = ["维持", "纠正", "审结", "尚未", "直接起诉", "复议后起诉", "行政复议", "行政诉讼"]
    /// The sub-label vocabulary of the 15 header columns, longest first.
    static let reviewColumnWords = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果", "维持", "纠正", "其他", "尚未", "审结"]
    /// The five columns' names in full.
    static let reviewColumnNames = reviewColumnWords.prefix(5)

    /// Section 四, as a table with one row per group (`review`, `litigation_direct`,
    /// `litigation_after_review`) and the columns `upheld`, `corrected`, `other`, `pending`, `total`.
    public static func reviewLitigation(_ lines: [TextLine], settings: TableSettings = .init()) -> TableReading {
        let kind = TableKind.reviewLitigation
        // Counts are never negative: a placeholder glued to a number in a narrow neighbouring cell (`—1`,
        // `无无无`) is cut apart, as in section 三.
        let pieces = TablePieces.unsigned(TablePieces.pieces(of: bodyLines(lines), settings: settings))
        let unit = TablePieces.unit(of: pieces)
        let labels = pieces.filter { $0.value == nil }
        let header = labels.filter(isReviewHeader)
        guard let first = header.first else {
            return TableReading(table: nil, warnings: [missingTable(kind, found: 0, lines: lines)])
        }
        func after(_ p: TablePiece, _ q: TablePiece) -> Bool {
            p.page > q.page || (p.page == q.page && p.box.y0 >= q.box.y0 - 0.3 * unit)
        }
        // Values from the header down to the first line of other text below the values.
        var values = pieces.filter { $0.value != nil && after($0, first) }
        if let firstValue = values.first,
           let stop = labels.first(where: { after($0, firstValue) && $0.box.y0 > firstValue.box.y1 && !header.contains($0)
               && !isReviewHeaderCharacters($0) }) {
            values.removeAll { after($0, stop) && ($0.page > stop.page || $0.box.y0 >= stop.box.y0) }
        }
        let count = settings.reviewValueCount
        let perGroup = TemplateRows.reviewColumns.count
        var warnings: [ExtractionWarning] = []
        let printedBands = tableBands(ValueBand.bands(of: values, tolerance: settings.rowCentreTolerance * unit),
                                      header: header, reach: settings.lastRowReach * unit)
        let headed = joiningWrappedHeads(printedBands, unit: unit)
        var bands = joinWrappedNumbers(headed.bands, unit: unit)
        func addsUp(_ bands: [ValueBand]) -> Bool {
            let cells = bands.flatMap { mergeSplitDigits($0.pieces) }
            return cells.count == count && BlankCellPlacement.addsUp(cells.map { makeCell($0, page: 0).value }, groupSize: perGroup)
        }
        // Plain text: the line under a row that continues a wrapped number says nothing sure about which
        // number it continues (pdftotext -raw starts it at the left margin, after the number it continues).
        if bands.count < printedBands.count, values.first?.grid == true,
           bands.flatMap({ mergeSplitDigits($0.pieces) }).count == count, !addsUp(bands) {
            let inOrder = joinWrappedNumbers(printedBands, unit: unit, inReadingOrder: true)
            if addsUp(inOrder) {
                bands = inOrder
            } else {
                warnings.append(ExtractionWarning(
                    code: "cells_doubtful",
                    message: "Section 四 continues a number on the next line, and in plain text no joining of it makes the groups add up (R4); check the table on page \(first.page).",
                    table: kind.rawValue, page: first.page))
            }
        }
        values = bands.flatMap(\.pieces)
        let cells = bands.flatMap { mergeSplitDigits($0.pieces) }
        // Text among the values that reads as neither a number nor words (■, a number glued to a dash: 1—), or
        // that holds a digit (a number glued to words: `1不适不适` of 不适用 wrapped in narrow cells).
        for band in bands {
            let strays = labels.filter { $0.page == band.page && abs($0.box.midY - band.midY) < 0.5 * $0.box.height
                && (isUnreadable($0) || $0.text.unicodeScalars.contains(where: CharacterClass.isDigit)) }
            if !strays.isEmpty {
                warnings.append(ExtractionWarning(
                    code: "cell_unreadable",
                    message: "Section 四 prints \"\(strays.map(\.text).joined(separator: " "))\" among its values, which reads as no number; check the table.",
                    table: kind.rawValue, page: band.page))
            }
        }
        var slots = [[TablePiece]](repeating: [], count: count)
        let plain = cells.first?.first?.grid == true
        /// Plain text: the values' columns checked against the arithmetic (`BlankCellPlacement`).
        func resolved(_ standing: [Int?], nearest: [Int]) -> Bool {
            let placement = BlankCellPlacement.resolve(values: cells.map { makeCell($0, page: 0).value }, standing: standing,
                                                       nearest: nearest, count: count,
                                                       holds: { BlankCellPlacement.addsUp($0, groupSize: perGroup) })
            for (cell, column) in zip(cells, placement.columns) { slots[column] = cell }
            return placement.certain
        }
        if cells.count == count || values.isEmpty {
            slots = cells
        } else if let placed = placeUnderHeader(bands.map { mergeSplitDigits($0.pieces) },
                                                parts: headerParts(labels, bands: bands, first: first, unit: unit),
                                                count: count, unit: unit) {
            let certain = plain ? resolved(placed.map { $0.standing ? $0.column : nil }, nearest: placed.map(\.column)) : true
            if !plain {
                for p in placed { slots[p.column] = p.cell }
                if let split = splitGluedNeighbours(slots, groupSize: perGroup) { slots = split }
            }
            if !certain {
                warnings.append(ExtractionWarning(code: "columns_guessed",
                                                  message: "Section 四 prints \(cells.count) values for \(count) columns, and in plain text some do not stand under their header word (pdftotext does not keep the columns of blank cells); check the table on page \(first.page).",
                                                  table: kind.rawValue, page: first.page))
            }
        } else if plain, cells.count < count, resolved(cells.map { _ in nil }, nearest: Array(cells.indices)) {
            // Every placement that adds up gives the same values (zeros printed as placeholders, say).
        } else {
            slots = [[TablePiece]](repeating: [], count: count)
            for (i, cell) in cells.prefix(count).enumerated() { slots[i] = cell }
            warnings.append(ExtractionWarning(code: "columns_guessed",
                                              message: "Section 四 prints \(cells.count) values for \(count) columns and its header could not place them; placed in reading order.",
                                              table: kind.rawValue, page: first.page))
        }
        let rows = TemplateRows.reviewGroups.enumerated().map { g, group in
            TableRow(key: group.key, label: group.label, cells: TemplateRows.reviewColumns.enumerated().map { c, column in
                let pieces = g * perGroup + c < slots.count ? slots[g * perGroup + c] : []
                if pieces.isEmpty {
                    warnings.append(ExtractionWarning(code: "blank_cell", message: "Cell \(group.key)/\(column.key) is blank; read as 0.",
                                                      table: kind.rawValue, row: group.key, column: column.key, page: first.page))
                }
                return (column.key, makeCell(pieces, page: pieces.first?.page ?? first.page))
            })
        }
        // Plain text whose joined numbers leave cells blank and break R4 (a group's values printed one per line,
        // `4` / `1` / `1` / `2` / `8`, joined as one wrapped number): the joining is unsure.
        if bands.count < printedBands.count, values.first?.grid == true, !warnings.contains(where: { $0.code == "cells_doubtful" }),
           !BlankCellPlacement.addsUp(rows.flatMap { $0.cells.map(\.cell.value) }, groupSize: perGroup) {
            warnings.append(ExtractionWarning(
                code: "cells_doubtful",
                message: "Section 四 continues a number on the next line, and in plain text the numbers so joined leave the groups not adding up (R4); check the table on page \(first.page).",
                table: kind.rawValue, page: first.page))
        }
        // A number's head joined from the line above (bottom-aligned `１` over `２`): trusted only while R4 holds.
        if headed.joined, !warnings.contains(where: { $0.code == "cells_doubtful" }),
           !BlankCellPlacement.addsUp(rows.flatMap { $0.cells.map(\.cell.value) }, groupSize: perGroup) {
            warnings.append(ExtractionWarning(
                code: "cells_doubtful",
                message: "Section 四 prints a number over two lines of its cell, joined head first, and the groups do not add up (R4); check the table on page \(first.page).",
                table: kind.rawValue, page: first.page))
        }
        return TableReading(table: Table(kind: kind, template: .v2021, rows: rows), warnings: warnings)
    }

    /// Bands whose every piece is a number standing right above a number of the band below (a number too wide
    /// for a bottom-aligned cell: its head `１` alone on the line above the row's `２`), joined into that band
    /// head first; and whether any was. Text layers only: in plain text a line's place says little.
    static func joiningWrappedHeads(_ bands: [ValueBand], unit: Double) -> (bands: [ValueBand], joined: Bool) {
        var result: [ValueBand] = []
        var joined = false
        var i = 0
        while i < bands.count {
            let band = bands[i]
            guard i + 1 < bands.count, band.pieces.first?.grid == false, band.page == bands[i + 1].page,
                  band.pieces.count < bands[i + 1].pieces.count else { result.append(band); i += 1; continue }
            var below = bands[i + 1]
            let partners = band.pieces.map { p in
                below.pieces.firstIndex { q in p.isNumber && q.isNumber && continues(q, under: p, unit: unit) }
            }
            let found = partners.compactMap { $0 }
            guard found.count == band.pieces.count, Set(found).count == found.count,
                  zip(band.pieces, found).allSatisfy({ CellValue.parse($0.text + below.pieces[$1].text) != nil })
            else { result.append(band); i += 1; continue }
            for (p, q) in zip(band.pieces, found) {
                let tail = below.pieces[q]
                below.pieces[q] = TablePiece(text: p.text + tail.text, box: p.box.union(tail.box), page: tail.page, grid: tail.grid)
            }
            result.append(below)
            joined = true
            i += 2
        }
        return (result, joined)
    }

    /// True for a piece of the table's header: a group or column word (行政复议, 尚未审结), or nothing but
    /// column words (结果, 其他, 总计: the second header of a table printed in two parts, 复议 above 诉讼).
    static func isReviewHeader(_ piece: TablePiece) -> Bool {
        if reviewHeaderWords.contains(where: { TextSearch.contains(piece.folded, $0) }) { return true }
        var rest = Substring(piece.folded)
        while let word = reviewColumnWords.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(word.count) }
        return rest.isEmpty && !piece.folded.isEmpty
    }

    /// The bands of the table's values: from the first, each band that follows the one before closely
    /// (within `reach`) or below a header piece (the second part of a header printed in two parts). A lone
    /// number further down (a page number) is not the table's.
    static func tableBands(_ bands: [ValueBand], header: [TablePiece], reach: Double) -> [ValueBand] {
        guard var last = bands.first else { return [] }
        var kept = [last]
        for band in bands.dropFirst() {
            let close = band.page == last.page && band.box.y0 - last.box.y1 <= reach
            let headed = header.contains { h in
                (h.page, h.box.midY) > (last.page, last.box.y1) && (h.page, h.box.midY) < (band.page, band.box.y0)
            }
            guard close || headed else { break }
            kept.append(band)
            last = band
        }
        return kept
    }

    /// Bands with a number continued on the next line of its cell (a narrow cell wraps １１ as １ over １) joined
    /// into the band above: a band whose every piece is a number directly under a number of a band above
    /// (any band of the page so far: a number wrapped in a tall cell and centred in it straddles the row's
    /// one-line numbers, １ / ４ ３ ３ ６ / ０). A band a join makes tall enough to hold another's centre is one
    /// printed row with it: merged, left to right.
    /// `inReadingOrder` (plain text, where a continuation's column is no evidence): the band's numbers
    /// continue the last numbers of the band above.
    static func joinWrappedNumbers(_ bands: [ValueBand], unit: Double, inReadingOrder: Bool = false) -> [ValueBand] {
        var result: [ValueBand] = []
        var joined = Set<Int>()   // indices in `result` of bands a continuation was joined to
        for band in bands {
            guard let above = result.last, above.page == band.page else { result.append(band); continue }
            let heads: [(band: Int, piece: Int)?] = inReadingOrder
                ? band.pieces.enumerated().map { i, p in
                    let q = above.pieces.count - band.pieces.count + i
                    let below = p.box.y0 > above.box.y1 - 0.2 * unit && p.box.y0 - above.box.y1 < 0.5 * unit
                    return p.isNumber && below && q >= 0 && above.pieces[q].isNumber ? (result.count - 1, q) : nil
                }
                : band.pieces.map { p in
                    for b in result.indices.reversed() where result[b].page == band.page {
                        if let q = result[b].pieces.firstIndex(where: { q in
                            p.isNumber && q.isNumber && continues(p, under: q, unit: unit)
                        }) { return (b, q) }
                    }
                    return nil
                }
            let found = heads.compactMap { $0 }
            guard found.count == heads.count, Set(found.map { $0.band * 10_000 + $0.piece }).count == found.count
            else { result.append(band); continue }
            for (p, head) in zip(band.pieces, found) {
                let q = result[head.band].pieces[head.piece]
                // Joined in reading order, the continuation's place on its line says nothing: the cell is q's.
                let box = inReadingOrder ? Box(x0: q.box.x0, y0: q.box.y0, x1: q.box.x1, y1: p.box.y1) : q.box.union(p.box)
                result[head.band].pieces[head.piece] = TablePiece(text: q.text + p.text, box: box, page: q.page, grid: q.grid)
                joined.insert(head.band)
            }
        }
        var merged: [ValueBand] = []
        for (i, band) in result.enumerated() {
            if let last = merged.last, last.page == band.page, joined.contains(i) || joined.contains(i - 1),
               (last.box.y0...last.box.y1).contains(band.midY) || (band.box.y0...band.box.y1).contains(last.midY) {
                merged[merged.count - 1].pieces = (last.pieces + band.pieces).sorted { $0.box.x0 < $1.box.x0 }
            } else {
                merged.append(band)
            }
        }
        return merged
    }

    /// The labels printed above each band of values (from the band before, or the table's first header
    /// piece), and after the last band down to the first text that is no header: the header's parts (行政复议's
    /// five columns above its values, then 行政诉讼's ten above theirs, or below the last values when all of
    /// them are blank).
    static func headerParts(_ labels: [TablePiece], bands: [ValueBand], first: TablePiece, unit: Double) -> [[TablePiece]] {
        func below(_ p: TablePiece, _ page: Int, _ y: Double) -> Bool { p.page > page || (p.page == page && p.box.y0 >= y) }
        var parts: [[TablePiece]] = []
        var from = (page: first.page, y: first.box.y0 - 0.3 * unit)
        for band in bands {
            parts.append(labels.filter { below($0, from.page, from.y) && !below($0, band.page, band.box.y0) })
            from = (band.page, band.box.y1)
        }
        var trailing: [TablePiece] = []
        for label in labels where below(label, from.page, from.y) {
            guard isReviewHeader(label) || isReviewHeaderCharacters(label) else { break }
            trailing.append(label)
        }
        return parts + [trailing]
    }

    /// True for a piece made of the header's column words' characters (结/果/维/持 printed a character or two
    /// per line, `结结其尚` glued across narrow columns).
    static func isReviewHeaderCharacters(_ piece: TablePiece) -> Bool {
        !piece.folded.isEmpty && piece.folded.allSatisfy(isReviewHeaderCharacter)
    }

    /// True for a character of the header's column words (结 果 维 持 …).
    static func isReviewHeaderCharacter(_ ch: Character) -> Bool { reviewColumnWords.contains { $0.contains(ch) } }

    /// The header column (x-centres of the 15 sub-label words) each cell is nearest to, and whether it stands
    /// under that column's word (always, for a PDF; plain text spaces its lines one by one, so a value that
    /// does not may belong to another column). `cells` are per band, `parts` the labels above each band and
    /// after the last (`headerParts`): a header printed in parts names its columns part by part, each band's
    /// values under the part above them (a band with no column words above goes on under the part before),
    /// and a part after the last band holds columns left blank. Nil when the parts do not show exactly `count`
    /// columns or two cells are nearest to one column.
    static func placeUnderHeader(_ cells: [[[TablePiece]]], parts: [[TablePiece]], count: Int, unit: Double)
        -> [(cell: [TablePiece], column: Int, standing: Bool)]? {
        func clustered(_ words: [Box]) -> [(centre: Double, words: Box?)] {
            Clustering.values(words.map(\.midX), tolerance: unit).map { group in
                (centre: group.map { words[$0].midX }.reduce(0, +) / Double(group.count),
                 words: Box.enclosing(group.map { words[$0] }))
            }.sorted { $0.centre < $1.centre }
        }
        // Each part's columns, and the bands under it.
        var columns: [[(centre: Double, words: Box?)]] = []
        var bandsUnder: [[Int]] = []
        for (b, part) in parts.enumerated() {
            let words = reviewColumnWordBoxes(part, unit: unit)
            if words.isEmpty, b < cells.count, !columns.isEmpty {
                bandsUnder[bandsUnder.count - 1].append(b)
            } else if !words.isEmpty || b < cells.count {
                columns.append(clustered(words))
                bandsUnder.append(b < cells.count ? [b] : [])
            }
        }
        guard columns.map(\.count).reduce(0, +) == count else { return nil }
        var placed: [(cell: [TablePiece], column: Int, standing: Bool)] = []
        var offset = 0
        for (part, bands) in zip(columns, bandsUnder) {
            for cell in bands.flatMap({ cells[$0] }).flatMap({ digitsApart($0, centres: part.map(\.centre)) }) {
                guard let box = Box.enclosing(cell.map(\.box)),
                      let k = part.indices.min(by: { abs(part[$0].centre - box.midX) < abs(part[$1].centre - box.midX) }),
                      !placed.contains(where: { $0.column == offset + k }) else { return nil }
                placed.append((cell, offset + k, !cell[0].grid || box.horizontalOverlap(part[k].words ?? box) > 0))
            }
            offset += part.count
        }
        return placed
    }

    /// Slots whose groups break R4 with a number glued to its neighbour's (`1` of 尚未审结 and `12` of 总计 read
    /// `112` under 总计, 尚未审结 left blank): the one cut of one such number between its column and a blank
    /// neighbour in its group that makes every group add up; nil when the groups add up already, or no cut or
    /// more than one does. Digits are only cut apart, never changed.
    static func splitGluedNeighbours(_ slots: [[TablePiece]], groupSize: Int) -> [[TablePiece]]? {
        func values(_ slots: [[TablePiece]]) -> [Double] { slots.map { makeCell($0, page: 0).value } }
        guard !BlankCellPlacement.addsUp(values(slots), groupSize: groupSize) else { return nil }
        var found: [[[TablePiece]]] = []
        for (i, cell) in slots.enumerated() {
            guard cell.count == 1, let piece = cell.first, piece.isNumber, piece.text.count >= 2,
                  piece.text.allSatisfy({ ("0"..."9").contains($0) || ("０"..."９").contains($0) }) else { continue }
            for j in [i - 1, i + 1] where j >= 0 && j < slots.count && j / groupSize == i / groupSize && slots[j].isEmpty {
                for cut in 1..<piece.text.count {
                    let head = TablePiece(TablePieces.subToken(piece.token, from: 0, to: cut, grid: piece.grid), grid: piece.grid)
                    let tail = TablePiece(TablePieces.subToken(piece.token, from: cut, to: piece.text.count, grid: piece.grid), grid: piece.grid)
                    var split = slots
                    split[min(i, j)] = [head]
                    split[max(i, j)] = [tail]
                    if BlankCellPlacement.addsUp(values(split), groupSize: groupSize) { found.append(split) }
                }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// A PDF cell of one number whose digits stand under as many neighbouring columns (`１１` over 总计 and
    /// the next group's 结果维持: narrow cells' digits extraction glued), one cell per digit; else the cell.
    /// A number printed in one cell, centred in it, reaches no neighbour's centre.
    static func digitsApart(_ cell: [TablePiece], centres: [Double]) -> [[TablePiece]] {
        guard cell.count == 1, let piece = cell.first, !piece.grid, piece.isNumber,
              piece.text.allSatisfy({ ("0"..."9").contains($0) || ("０"..."９").contains($0) }) else { return [cell] }
        let under = centres.filter { $0 > piece.box.x0 && $0 < piece.box.x1 }
        guard under.count >= 2, under.count == piece.text.count else { return [cell] }
        let token = piece.token
        return (0..<piece.text.count).map { i in [TablePiece(TablePieces.subToken(token, from: i, to: i + 1, grid: false), grid: false)] }
    }

    /// The boxes of the header's column words (结果维持 … 总计, or their halves) among one page's header
    /// pieces, inside glued tokens too; a header printed one or two characters per line (结/果/维/持) gives
    /// one box per stack.
    static func reviewColumnWordBoxes(_ header: [TablePiece], unit: Double) -> [Box] {
        var words: [Box] = []
        var pieces: [TablePiece] = []
        let groupWords = ["行政复议", "行政诉讼", "直接起诉", "复议后起诉"]
        // A line of such characters glued into one token (`结结其尚` over `果果他未总…`): one piece per character.
        let columnPieces = header.filter { p in !groupWords.contains { TextSearch.contains(p.folded, $0) } }.flatMap { p in
            p.folded.count > 2 && p.folded.allSatisfy(isReviewHeaderCharacter) && !reviewColumnWords.contains { TextSearch.contains(p.folded, $0) }
                ? TablePieces.characters(of: p).map { TablePiece($0, grid: p.grid) } : [p]
        }
        for stack in HeaderBands.stacks(of: columnPieces, unit: unit) {
            // A header printed one or two characters per line (结/果/维/持): the stack is the column's name; one
            // character alone is the end of a name the page break cut (`计` of 总计, its `总` on the page before).
            let tail = stack.pieces.count == 1 && stack.text.count == 1 && reviewColumnNames.contains { $0.hasSuffix(stack.text) }
            guard stack.pieces.count > 1 || tail, stack.pieces.allSatisfy({ $0.text.count <= 2 }) else { pieces += stack.pieces; continue }
            if tail || reviewColumnWords.contains(where: { TextSearch.contains(stack.text, $0) }) { words.append(stack.box) }
        }
        for piece in pieces {
            let chars = TablePieces.characters(of: piece)
            let folded = chars.map { Normalizer.fold($0.text) }
            var i = 0
            while i < folded.count {
                let rest = folded[i...].joined()
                if let word = reviewColumnWords.first(where: { rest.hasPrefix($0) }) {
                    let n = word.count
                    if let box = Box.enclosing(chars[i..<min(i + n, chars.count)].map(\.box)) { words.append(box) }
                    i += n
                } else {
                    i += 1
                }
            }
        }
        return words
    }
}
