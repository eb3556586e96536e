/// Section 四 (行政复议、行政诉讼): 15 values under three groups of five headers. Values are taken in
/// reading order when all 15 are printed; with blank cells each value goes to the nearest of the 15
/// header columns (sub-labels like 结果/维持 found even inside glued header tokens).
extension GeometryTableReader {
    /// Words that mark the section 四 table's header (folded).
    static let reviewHeaderWords = ["维持", "纠正", "审结", "尚未", "直接起诉", "复议后起诉", "行政复议", "行政诉讼"]
    /// The sub-label vocabulary of the 15 header columns, longest first.
    static let reviewColumnWords = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果", "维持", "纠正", "其他", "尚未", "审结"]

    /// Section 四, as a table with one row per group (`review`, `litigation_direct`,
    /// `litigation_after_review`) and the columns `upheld`, `corrected`, `other`, `pending`, `total`.
    public static func reviewLitigation(_ lines: [TextLine], settings: TableSettings = .init()) -> TableReading {
        let kind = TableKind.reviewLitigation
        let pieces = TablePieces.pieces(of: bodyLines(lines), settings: settings)
        let unit = TablePieces.unit(of: pieces)
        let labels = pieces.filter { $0.value == nil }
        let header = labels.filter { p in reviewHeaderWords.contains { TextSearch.contains(p.folded, $0) } }
        guard let first = header.first else {
            return TableReading(table: nil, warnings: [missingTable(kind, found: 0, lines: lines)])
        }
        func after(_ p: TablePiece, _ q: TablePiece) -> Bool {
            p.page > q.page || (p.page == q.page && p.box.y0 >= q.box.y0 - 0.3 * unit)
        }
        // Values from the header down to the first line of other text below the values.
        var values = pieces.filter { $0.value != nil && after($0, first) }
        if let firstValue = values.first,
           let stop = labels.first(where: { after($0, firstValue) && $0.box.y0 > firstValue.box.y1 && !header.contains($0) }) {
            values.removeAll { after($0, stop) && ($0.page > stop.page || $0.box.y0 >= stop.box.y0) }
        }
        let bands = ValueBand.bands(of: values, tolerance: settings.rowCentreTolerance * unit)
        let cells = bands.flatMap { mergeSplitDigits($0.pieces) }
        var warnings: [ExtractionWarning] = []
        let count = settings.reviewValueCount
        var slots = [[TablePiece]](repeating: [], count: count)
        var misaligned = false
        if cells.count == count || values.isEmpty {
            slots = cells
        } else if let placed = placeUnderHeader(cells, header: labels.filter { after($0, first) && !after($0, values[0]) },
                                                count: count, unit: unit, misaligned: &misaligned) {
            slots = placed
            if misaligned {
                warnings.append(ExtractionWarning(code: "columns_guessed",
                                                  message: "Section 四 prints \(cells.count) values for \(count) columns, and in plain text some do not stand under their header word (pdftotext does not keep the columns of blank cells); check the table on page \(first.page).",
                                                  table: kind.rawValue, page: first.page))
            }
        } else {
            for (i, cell) in cells.prefix(count).enumerated() { slots[i] = cell }
            warnings.append(ExtractionWarning(code: "columns_guessed",
                                              message: "Section 四 prints \(cells.count) values for \(count) columns and its header could not place them; placed in reading order.",
                                              table: kind.rawValue, page: first.page))
        }
        let perGroup = TemplateRows.reviewColumns.count
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
        return TableReading(table: Table(kind: kind, template: .v2021, rows: rows), warnings: warnings)
    }

    /// Places cells under the 15 header columns (x-centres of the sub-label words), or nil when the
    /// header does not show exactly `count` columns.
    /// `misaligned` is set when a plain-text value does not stand under the header word of its column.
    static func placeUnderHeader(_ cells: [[TablePiece]], header: [TablePiece], count: Int, unit: Double,
                                 misaligned: inout Bool) -> [[TablePiece]]? {
        guard let page = cells.first?.first?.page else { return nil }
        var words: [Box] = []
        for piece in header where piece.page == page {
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
        let columns = Clustering.values(words.map(\.midX), tolerance: unit).map { group in
            (centre: group.map { words[$0].midX }.reduce(0, +) / Double(group.count),
             span: (group.map { words[$0].x0 }.min() ?? 0)...(group.map { words[$0].x1 }.max() ?? 0))
        }.sorted { $0.centre < $1.centre }
        guard columns.count == count else { return nil }
        var slots = [[TablePiece]](repeating: [], count: count)
        for cell in cells {
            guard let box = Box.enclosing(cell.map(\.box)),
                  let k = columns.indices.min(by: { abs(columns[$0].centre - box.midX) < abs(columns[$1].centre - box.midX) }),
                  slots[k].isEmpty else { return nil }
            // Plain text spaces its lines one by one: a value that does not stand under its header word may
            // belong to another column.
            if cell[0].grid, !(box.x1 > columns[k].span.lowerBound && box.x0 < columns[k].span.upperBound) { misaligned = true }
            slots[k] = cell
        }
        return slots
    }
}
