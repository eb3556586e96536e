import GovReport

/// Carries what the cell-by-cell OCR knows into a report read from a scan: each table cell printed where a
/// cell was read gets that read's confidence; a read that was disputed or empty (ink, but no value) becomes
/// an `ocr_cell_doubtful` warning naming the cell, and its table is at best `partial`; so does a number that
/// page OCR alone read (no cell was found around it). Where the table breaks R1–R4, `OCRReadChoice` picks among
/// the competing reads of its doubtful cells.
enum OCRCellReview {
    static let code = "ocr_cell_doubtful"

    static func apply(_ reads: [RecognizedCell], to report: inout Report) {
        let tables: [(TableKind, WritableKeyPath<Report, Table?>)] = [
            (.proactive, \.proactive), (.requests, \.requests), (.reviewLitigation, \.reviewLitigation),
        ]
        var placed = Set<RecognizedCell>()
        let ocrPages = Set(report.source.ocr?.pages ?? [])
        var candidates: [OCRReadChoice.Candidate] = []
        for (kind, path) in tables {
            guard var table = report[keyPath: path] else { continue }
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices {
                    let cell = table.rows[r].cells[c].cell
                    guard let page = cell.page, let box = cell.box else { continue }
                    guard let read = reads.filter({ $0.page == page && overlaps($0.box, box) }).max(by: { $0.confidence < $1.confidence })
                    else {
                        // A number only page OCR read (no cell was found around it) was never checked by the cell reads.
                        if ocrPages.contains(page), cell.printed.contains(where: \.isNumber) {
                            report.warnings.append(pageTextWarning(cell.printed, page: page, kind: kind, row: table.rows[r].key,
                                                                   column: table.rows[r].cells[c].column))
                        }
                        continue
                    }
                    table.rows[r].cells[c].cell.confidence = (read.confidence * 1000).rounded() / 1000  // as JSON, store and export print it
                    placed.insert(read)
                    if read.doubtful {
                        report.warnings.append(warning(read, kind: kind, row: table.rows[r].key, column: table.rows[r].cells[c].column))
                        if !read.alternatives.isEmpty {
                            candidates.append(.init(path: path, kind: kind, row: r, column: c, alternatives: read.alternatives))
                        }
                    }
                }
            }
            report[keyPath: path] = table
        }
        for choice in OCRReadChoice.choose(candidates, in: &report) {
            guard let i = report.warnings.firstIndex(where: { $0.code == code && $0.table == choice.kind.rawValue
                && $0.row == choice.row && $0.column == choice.column }) else { continue }
            report.warnings[i].message = "Cell \(choice.row)/\(choice.column) was read as \"\(choice.from)\" and as \"\(choice.to)\"; \"\(choice.to)\" makes R1–R4 hold and was taken; check it on the page."
        }
        for read in reads where read.doubtful && !placed.contains(read) {
            report.warnings.append(unplacedWarning(read, report: report))
        }
        for kind in TableKind.allCases where report.tableStatus[kind] == .complete
            && report.warnings.contains(where: { $0.code == code && $0.table == kind.rawValue }) {
            report.tableStatus[kind] = .partial
        }
    }

    /// A doubtful read no table cell printed (nothing was read in it): named by the row and column it lines
    /// up with, else by the table printed on its page, else by its page alone.
    private static func unplacedWarning(_ read: RecognizedCell, report: Report) -> ExtractionWarning {
        for table in report.tables {
            if let (row, column) = locate(read, in: table) { return warning(read, kind: table.kind, row: row, column: column) }
        }
        return warning(read, kind: report.tables.first { onPage(read.page, $0) }?.kind, row: nil, column: nil)
    }

    private static func warning(_ read: RecognizedCell, kind: TableKind?, row: String?, column: String?) -> ExtractionWarning {
        let name = [row, column].compactMap { $0 }.joined(separator: "/")
        let what = read.text.isEmpty ? "has ink that OCR could not read" : "was read as \"\(read.text)\" by only part of the reads"
        let cell = name.isEmpty ? "A cell at (\(Int(read.box.x0)), \(Int(read.box.y0))) pt" : "Cell \(name)"
        return ExtractionWarning(code: code, message: "\(cell) \(what); check it on the page.",
                                 table: kind?.rawValue, row: row, column: column, page: read.page)
    }

    private static func pageTextWarning(_ printed: String, page: Int, kind: TableKind, row: String, column: String) -> ExtractionWarning {
        ExtractionWarning(code: code, message: "Cell \(row)/\(column) was read as \"\(printed)\" from the page text alone (no cell was found around it to read it on its own); check it on the page.",
                          table: kind.rawValue, row: row, column: column, page: page)
    }

    private static func overlaps(_ a: Box, _ b: Box) -> Bool {
        let w = a.horizontalOverlap(b), h = a.verticalOverlap(b)
        return w * h > 0.3 * min(a.width * a.height, b.width * b.height)
    }

    private static func onPage(_ page: Int, _ table: Table) -> Bool {
        table.rows.contains { $0.cells.contains { $0.cell.page == page } }
    }

    /// The row and column of `table` whose printed cells line up with the read (the row's cells span its
    /// middle height, the column's cells its middle width).
    private static func locate(_ read: RecognizedCell, in table: Table) -> (row: String, column: String)? {
        let boxes = table.rows.flatMap { row in
            row.cells.compactMap { c in c.cell.page == read.page ? c.cell.box.map { (row.key, c.column, $0) } : nil }
        }
        func widened(_ b: Box) -> Box { Box(x0: b.x0 - b.height, y0: b.y0 - b.height / 2, x1: b.x1 + b.height, y1: b.y1 + b.height / 2) }
        let y = read.box.midY, x = read.box.midX
        guard let row = boxes.first(where: { widened($0.2).y0 <= y && y <= widened($0.2).y1 })?.0,
              let column = boxes.first(where: { widened($0.2).x0 <= x && x <= widened($0.2).x1 })?.1 else { return nil }
        return (row, column)
    }
}
