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
        let anchors = LabelAnchors.anchors(rows: definitions.map(\.row), labels: labels, values: values,
                                           unit: unit, settings: settings)
        guard anchors.count >= 2 else {
            return TableReading(table: nil, warnings: [missingTable(kind, found: anchors.count, lines: lines)])
        }
        var warnings: [ExtractionWarning] = []
        var rows: [String: TableRow] = [:]
        var headerPieces: [Int: HeaderColumns.Piece] = [:]   // by label index, made when first needed
        func headerPiece(_ i: Int) -> HeaderColumns.Piece {
            if let piece = headerPieces[i] { return piece }
            let piece = HeaderColumns.Piece(labels[i])
            headerPieces[i] = piece
            return piece
        }
        for page in Set(anchors.map(\.page)).sorted() {
            let onPage = anchors.filter { $0.page == page }
            let owned = ownedBands(anchors: onPage, values: values, unit: unit, settings: settings)
            for (a, anchor) in onPage.enumerated() {
                guard let definition = definitions.first(where: { $0.row.key == anchor.row.key }) else { continue }
                let band = owned[a]?.max { $0.pieces.count < $1.pieces.count }
                let header = labels.indices.filter { labels[$0].page == page && labels[$0].box.y1 <= anchor.top + 0.2 * unit
                    && labels[$0].box.x0 > anchor.pieces[0].box.x1 - unit }
                // The header words nearest above the row, per column.
                let found = HeaderColumns.locate(definition.columns, in: header.reversed().map(headerPiece))
                let cells = proactiveCells(band: band?.pieces ?? [], columns: definition.columns, found: found,
                                           key: anchor.row.key, page: page, warnings: &warnings)
                rows[anchor.row.key] = TableRow(key: anchor.row.key, label: anchor.text, cells: cells)
            }
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

    /// Cells of one section 二 row: values in order when their count is the row's, else placed under
    /// the nearest header word; a column with no value is a blank cell. A unit in the header
    /// (（单位：万元）) becomes the cell's unit unless the cell prints its own.
    static func proactiveCells(band: [TablePiece], columns: [ColumnDefinition], found: [HeaderColumns.Found],
                               key: String, page: Int, warnings: inout [ExtractionWarning]) -> [(column: String, cell: Cell)] {
        var byColumn: [String: [TablePiece]] = [:]
        let merged = mergeSplitDigits(band)
        if merged.count == columns.count {
            for (column, cell) in zip(columns, merged) { byColumn[column.key] = cell }
        } else if let keys = HeaderColumns.assign(merged.compactMap { Box.enclosing($0.map(\.box)) }, to: found) {
            for (k, cell) in zip(keys, merged) { byColumn[k] = cell }
            // Plain text spaces its lines one by one: a value that does not stand under its header word
            // may belong to another column.
            let misaligned = zip(keys, merged).contains { key, cell in
                guard cell[0].grid, let box = Box.enclosing(cell.map(\.box)), let header = found.first(where: { $0.key == key })?.box
                else { return false }
                return !(box.x1 > header.x0 && box.x0 < header.x1)
            }
            if misaligned {
                warnings.append(ExtractionWarning(code: "columns_guessed",
                                                  message: "Row \(key): \(merged.count) values for \(columns.count) columns, and in plain text some do not stand under their header word (pdftotext does not keep the columns of a row with blank cells); check the table on page \(page).",
                                                  table: TableKind.proactive.rawValue, row: key, page: page))
            }
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
            if pieces.isEmpty {
                warnings.append(ExtractionWarning(code: "blank_cell", message: "Cell \(key)/\(column.key) is blank; read as 0.",
                                                  table: TableKind.proactive.rawValue, row: key, column: column.key, page: page))
            }
            return (column.key, makeCell(pieces, page: page, unit: unit))
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
