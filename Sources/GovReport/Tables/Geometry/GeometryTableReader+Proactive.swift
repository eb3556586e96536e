/// Section 二 (主动公开): rows anchored like section 三; each row's columns named by the header printed
/// nearest above it (each group of the template prints its own), by count when they agree.
extension GeometryTableReader {
    /// Section 二. The template is detected from the table's wording (2021: 制发/废止/现行有效/收费金额;
    /// 2019: 新制作/新公开/上一年项目数量/增减/集中采购); `reportTemplate` decides a tie.
    public static func proactive(_ lines: [TextLine], settings: TableSettings = .init(),
                                 reportTemplate: TemplateVersion? = nil) -> TableReading {
        let kind = TableKind.proactive
        let pieces = TablePieces.pieces(of: bodyLines(lines), settings: settings)
        let unit = TablePieces.unit(of: pieces)
        let labels = pieces.filter { $0.value == nil }
        let values = pieces.filter { $0.value != nil }
        let template = TemplateDetection.proactive(folded: labels.map(\.folded).joined()) ?? reportTemplate ?? .v2021
        let definitions = TemplateRows.proactiveRows(template)
        var anchors = LabelAnchors.anchors(rows: definitions.map(\.row), labels: labels, values: values,
                                           unit: unit, settings: settings)
        guard anchors.count >= 2 else {
            return TableReading(table: nil, warnings: [missingTable(kind, found: anchors.count, lines: lines)])
        }
        var warnings: [ExtractionWarning] = []
        if settings.rowsByPosition {
            let filled = PositionalAnchors.filled(anchors, rows: definitions.map(\.row), labels: labels, values: values,
                                                  unit: unit, minValues: 1, settings: settings)
            anchors = filled.anchors
            warnings += filled.byPosition.map { PositionalAnchors.warning($0, kind: kind) }
        }
        var rows: [String: TableRow] = [:]
        var headerPieces: [Int: HeaderColumns.Piece] = [:]   // by label index, made when first needed
        func headerPiece(_ i: Int) -> HeaderColumns.Piece {
            if let piece = headerPieces[i] { return piece }
            let piece = HeaderColumns.Piece(labels[i])
            headerPieces[i] = piece
            return piece
        }
        let strays = labels.filter(isUnreadable)
        var read: [ProactiveRow] = []
        for page in Set(anchors.map(\.page)).sorted() {
            let onPage = anchors.filter { $0.page == page }
            let (owned, leftOfLabel) = ownership(anchors: onPage, values: values, unit: unit, settings: settings)
            // Text in a row's value cells that reads as neither a number nor a label (glyphs without a
            // Unicode mapping print as ■ or Latin junk): the cell cannot be read.
            let unreadable = strays.isEmpty ? [:] : ownedBands(anchors: onPage, values: strays, unit: unit, settings: settings)
            for (a, anchor) in onPage.enumerated() {
                guard let definition = definitions.first(where: { $0.row.key == anchor.row.key }) else { continue }
                var band = owned[a]?.max { $0.pieces.count < $1.pieces.count }
                if let left = leftOfLabel[a], left.first?.grid == true {
                    band = plainTextLeftBand(left, owned: band, columns: definition.columns.count, unit: unit,
                                             settings: settings, key: anchor.row.key, page: page, warnings: &warnings)
                }
                // Another printed row of values in this row's range: one of the two belongs elsewhere.
                for extra in owned[a] ?? [] where extra != band {
                    warnings.append(ExtractionWarning(
                        code: "unassigned_values",
                        message: "Values \(extra.pieces.map(\.text).joined(separator: " ")) near row \(anchor.row.key) were not placed.",
                        table: kind.rawValue, row: anchor.row.key, page: page))
                }
                for stray in unreadable[a] ?? [] {
                    warnings.append(ExtractionWarning(
                        code: "cell_unreadable",
                        message: "Row \(anchor.row.key) prints \"\(stray.pieces.map(\.text).joined(separator: " "))\" where its values are, which reads as no number; check the table.",
                        table: kind.rawValue, row: anchor.row.key, page: page))
                }
                // The header above the row, on its page or (cut by the page break from a row atop the next
                // page) on the pages before.
                let header = labels.indices.filter {
                    (labels[$0].page < page || (labels[$0].page == page && labels[$0].box.y1 <= anchor.top + 0.2 * unit))
                        && labels[$0].box.x0 > anchor.pieces[0].box.x1 - unit
                }
                // The header words nearest above the row, per column.
                let found = HeaderColumns.locate(definition.columns, in: header.reversed().map(headerPiece))
                read.append(ProactiveRow(anchor: anchor, columns: definition.columns, found: found,
                                         cells: mergeSplitDigits(band?.pieces ?? [])))
            }
        }
        // Where the rows that print every value put each column's values, under the same header words.
        let printed = read.filter { $0.cells.count == $0.columns.count }.flatMap { row in
            zip(row.columns, row.cells).compactMap { column, cell in
                row.found.first { $0.key == column.key }.flatMap { f in
                    Box.enclosing(cell.map(\.box)).map { PrintedColumn(key: column.key, header: f.box.midX, x0: $0.x0, x1: $0.x1) }
                }
            }
        }
        for row in read {
            let cells = proactiveCells(row.cells, columns: row.columns, found: row.found, printed: printed, unit: unit,
                                       key: row.anchor.row.key, page: row.anchor.page, warnings: &warnings)
            rows[row.anchor.row.key] = TableRow(key: row.anchor.row.key, label: row.anchor.text, cells: cells)
        }
        var ordered: [TableRow] = []
        for definition in definitions {
            if let row = rows[definition.row.key] { ordered.append(row); continue }
            warnings.append(ExtractionWarning(code: "row_missing",
                                              message: "Row \(definition.row.key) (\(definition.row.label)) was not found in the proactive table.",
                                              table: kind.rawValue, row: definition.row.key))
        }
        return TableReading(table: Table(kind: kind, template: template, rows: ordered), warnings: warnings)
    }

    /// Plain text: the values a row's range holds left of its label's end (`ownership`). A row printing no
    /// values beside its label whose range holds one line of them there, as many as its columns, printed
    /// them on a line of their own below its wrapped label (`其他对外管理服务` / `事项` / `52 / 660`, `-raw`):
    /// they are its cells, in order. Any other number there is not placed, and says so (`unassigned_values`).
    static func plainTextLeftBand(_ left: [TablePiece], owned: ValueBand?, columns: Int, unit: Double,
                                  settings: TableSettings, key: String, page: Int,
                                  warnings: inout [ExtractionWarning]) -> ValueBand? {
        let bands = ValueBand.bands(of: left, tolerance: settings.rowCentreTolerance * unit)
        if owned == nil, bands.count == 1, mergeSplitDigits(bands[0].pieces).count == columns { return bands[0] }
        if left.contains(where: \.isNumber) {
            warnings.append(ExtractionWarning(
                code: "unassigned_values",
                message: "Values \(left.map(\.text).joined(separator: " ")) in row \(key)'s lines, left of its label's end, were not placed; check the table on page \(page).",
                table: TableKind.proactive.rawValue, row: key, page: page))
        }
        return owned
    }

    /// A row of section 二 found: its anchor, columns, header words and printed cells (left to right).
    struct ProactiveRow {
        var anchor: LabelAnchor
        var columns: [ColumnDefinition]
        var found: [HeaderColumns.Found]
        var cells: [[TablePiece]]
    }

    /// Where a row that prints every value has one column's value, and where that column's header word is.
    struct PrintedColumn { var key: String; var header: Double; var x0: Double; var x1: Double }

    /// Cells of one section 二 row: values in order when their count is the row's; else each value goes to
    /// the column whose values it lines up with in the rows that print every value under the same header
    /// words (right-aligned numbers sit far from a centred header), else under the nearest header word; a
    /// column with no value is a blank cell. In plain text a value standing under neither may belong to
    /// another column: the row is `columns_guessed` unless every placement left gives the same values
    /// (`BlankCellPlacement`; a placeholder is 0 wherever it goes). A unit in the header (（单位：万元）) becomes the cell's unit
    /// unless the cell prints its own.
    static func proactiveCells(_ merged: [[TablePiece]], columns: [ColumnDefinition], found: [HeaderColumns.Found],
                               printed: [PrintedColumn], unit: Double,
                               key: String, page: Int, warnings: inout [ExtractionWarning]) -> [(column: String, cell: Cell)] {
        var byColumn: [String: [TablePiece]] = [:]
        let boxes = merged.compactMap { Box.enclosing($0.map(\.box)) }
        let aligned = merged.count == columns.count ? nil : alignedColumns(boxes, found: found, printed: printed, unit: unit)
        if merged.count == columns.count {
            for (column, cell) in zip(columns, merged) { byColumn[column.key] = cell }
        } else if let keys = aligned ?? HeaderColumns.assign(boxes, to: found) {
            var placed = keys
            let nearest = keys.compactMap { k in columns.firstIndex { $0.key == k } }
            if merged.first?.first?.grid == true, nearest.count == keys.count {
                // Plain text spaces its lines one by one: a value that stands neither under its header word nor
                // under the values of the rows that print every column may belong to another column.
                let standing = zip(nearest, boxes).map { c, box -> Int? in
                    guard aligned == nil, let header = found.first(where: { $0.key == columns[c].key })?.box else { return c }
                    return box.horizontalOverlap(header) > 0 ? c : nil
                }
                let placement = BlankCellPlacement.resolve(values: merged.map { makeCell($0, page: page).value }, standing: standing,
                                                           nearest: nearest, count: columns.count, holds: { _ in true })
                placed = placement.columns.map { columns[$0].key }
                if !placement.certain {
                    warnings.append(ExtractionWarning(code: "columns_guessed",
                                                      message: "Row \(key): \(merged.count) values for \(columns.count) columns, and in plain text some do not stand under their header word (pdftotext does not keep the columns of a row with blank cells); check the table on page \(page).",
                                                      table: TableKind.proactive.rawValue, row: key, page: page))
                }
            }
            for (k, cell) in zip(placed, merged) { byColumn[k] = cell }
        } else {
            for (column, cell) in zip(columns, merged) { byColumn[column.key] = cell }
            if !merged.isEmpty {
                warnings.append(ExtractionWarning(code: "columns_guessed",
                                                  message: "Row \(key): \(merged.count) values for \(columns.count) columns and no header to place them; placed left to right.",
                                                  table: TableKind.proactive.rawValue, row: key, page: page))
            }
        }
        return columns.map { column in
            let headerText = Normalizer.fold(found.first { $0.key == column.key }?.text ?? column.label)
            let unit = TextSearch.contains(headerText, "万元") ? "万元"
                : (TextSearch.contains(headerText, "(元)") || TextSearch.contains(headerText, "单位:元") ? "元" : nil)
            let pieces = byColumn[column.key] ?? []
            let cell = makeCell(pieces, page: page, unit: unit)
            if pieces.isEmpty {
                warnings.append(ExtractionWarning(code: "blank_cell", message: "Cell \(key)/\(column.key) is blank; read as 0.",
                                                  table: TableKind.proactive.rawValue, row: key, column: column.key, page: page))
            } else if CellValue.parse(cell.printed) == nil {
                warnings.append(ExtractionWarning(code: "cell_unreadable",
                                                  message: "Cell \(key)/\(column.key) prints \"\(cell.printed)\"; read as \(cell.value).",
                                                  table: TableKind.proactive.rawValue, row: key, column: column.key, page: page))
            }
            return (column.key, cell)
        }
    }

    /// Each value's column by the values printed above or below it: the one column whose values (in rows
    /// printing every value, under the same header words) it overlaps; nil unless every value has one.
    static func alignedColumns(_ values: [Box], found: [HeaderColumns.Found], printed: [PrintedColumn],
                               unit: Double) -> [String]? {
        guard !values.isEmpty, !printed.isEmpty else { return nil }
        let keys = values.map { v -> String? in
            let matches = Set(found.filter { f in
                printed.contains { $0.key == f.key && abs($0.header - f.box.midX) < unit && $0.x0 < v.x1 && v.x0 < $0.x1 }
            }.map(\.key))
            return matches.count == 1 ? matches.first : nil
        }
        let placed = keys.compactMap { $0 }
        return placed.count == values.count && Set(placed).count == placed.count ? placed : nil
    }

    /// True for text that is neither a value nor words: no ideograph, and some character that is not
    /// punctuation or a space (■ from glyphs without a Unicode mapping, stray Latin letters).
    static func isUnreadable(_ piece: TablePiece) -> Bool {
        let scalars = piece.text.unicodeScalars
        return !scalars.contains(where: CharacterClass.isIdeograph) && scalars.contains { s in
            switch s.properties.generalCategory {
            case .spaceSeparator, .openPunctuation, .closePunctuation, .otherPunctuation, .dashPunctuation,
                 .connectorPunctuation, .initialPunctuation, .finalPunctuation, .control: return false
            default: return true
            }
        }
    }

    /// Groups a row's value pieces into cells: pieces closer than half their height (digits of one
    /// number split by extraction) form one cell.
    static func mergeSplitDigits(_ pieces: [TablePiece]) -> [[TablePiece]] {
        var cells: [[TablePiece]] = []
        for piece in pieces.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = cells.last?.last, piece.box.x0 - last.box.x1 < 0.5 * min(piece.box.height, last.box.height),
               piece.isNumber, last.isNumber {
                cells[cells.count - 1].append(piece)
            } else {
                cells.append([piece])
            }
        }
        return cells
    }
}
