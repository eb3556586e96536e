/// Rebuilds the three template tables from positioned tokens (`TextLine`s of one section, heading
/// included): rows are anchored on their labels' distinctive words, columns on the x-alignment of the
/// values (named by count, header words, or the previous page), and each value goes to the row whose
/// label range holds it. Works on any token source: PDF glyph lines, `pdftotext -layout` text with
/// synthetic geometry, OCR.
///
/// ```swift
/// let lines = try PDFReader().readPages(atPath: "a.pdf").flatMap { TextLines.lines(of: $0) }
/// let span = SectionHeadings.spans(in: lines).first { $0.number == 3 }!
/// let reading = GeometryTableReader.requests(Array(lines[span.range]))
/// reading.table?["granted", "total"]?.value // 96
/// ```
public enum GeometryTableReader {
    /// Section 三, the request-handling matrix. The template is detected from the table itself: three
    /// （六） sub-rows make it 2021, a single （六）其他处理 row 2019. When `reportTemplate` is 2021 and the
    /// table prints a single （六） row, the row is read as `other` and a `single_other_row` warning says so.
    public static func requests(_ lines: [TextLine], settings: TableSettings = .init(),
                                reportTemplate: TemplateVersion? = nil) -> TableReading {
        let kind = TableKind.requests
        let rows2021 = TemplateRows.requestRows(.v2021), candidates = requestCandidates
        let read = TablePieces.pieces(of: bodyLines(lines), settings: settings)
        let unit = TablePieces.unit(of: read)
        let pieces = GluedPlaceholders.separated(
            TablePieces.unsigned(LabelColumns.separated(read, unit: unit, openings: requestOpenings)),
            unit: unit, joinGap: settings.columnJoinGap * unit)
        let labels = pieces.filter { $0.value == nil }
        var allValues = pieces.filter { $0.value != nil }
        if settings.rowsByPosition {
            allValues = LabelFragments.values(allValues, unit: unit, minValues: settings.requestColumnCount / 2, settings: settings)
        }

        var anchors = LabelAnchors.anchors(rows: candidates, labels: labels, values: allValues, unit: unit, settings: settings)
        guard anchors.count >= 3 else {
            return TableReading(table: nil, warnings: [missingTable(kind, found: anchors.count, lines: lines)])
        }

        var warnings: [ExtractionWarning] = []
        let hasSubRows = anchors.contains { ["other.overdue_correction", "other.overdue_fee"].contains($0.row.key) }
        let template: TemplateVersion
        if hasSubRows {
            template = .v2021
            if anchors.contains(where: { $0.row.key == "other" }) {
                // The single （六） row took the place of a sub-row (its stacked group label beside
                // 1.申请人…): the 2021 rows alone are the table's.
                anchors = LabelAnchors.anchors(rows: rows2021, labels: labels, values: allValues, unit: unit, settings: settings)
            }
        } else if anchors.contains(where: { $0.row.key == "other" }) {
            template = .v2019
            anchors.removeAll { $0.row.key.hasPrefix("other.") }
            if reportTemplate == .v2021 {
                warnings.append(ExtractionWarning(
                    code: "single_other_row",
                    message: "The request table prints a single （六）其他处理 row although the report follows the 2021 template; read as row `other`, no sub-rows invented.",
                    table: kind.rawValue, row: "other", page: anchors.first { $0.row.key == "other" }?.page))
            }
        } else {
            template = positionalTemplate(anchors, labels: labels, values: allValues, unit: unit, settings: settings)
                ?? (reportTemplate == .v2019 ? .v2019 : .v2021)
        }
        let rows = TemplateRows.requestRows(template)
        if settings.rowsByPosition {
            let filled = positionalRows(anchors, rows: rows, labels: labels, values: allValues, unit: unit, settings: settings)
            anchors = filled.anchors
            warnings += filled.byPosition.map { PositionalAnchors.warning($0, kind: kind) }
        }
        let matrix = readMatrix(kind: kind, anchors: anchors, values: allValues, columns: TemplateRows.requestColumns,
                                labels: labels, unit: unit, settings: settings,
                                headerSpanning: ["申请人", "法人或其他组织", "勾稽"])
        warnings += matrix.warnings
        let tableRows = rows.compactMap { matrix.rows[$0.key] }
        for row in rows where matrix.rows[row.key] == nil {
            warnings.append(ExtractionWarning(code: "row_missing",
                                              message: "Row \(row.key) (\(row.label)) was not found in the request table.",
                                              table: kind.rawValue, row: row.key))
        }
        let table = Table(kind: kind, template: template, rows: tableRows)
        if !matrix.unprovenPages.isEmpty, !ArithmeticVerification.brokenWithBlanksAsZero(table).isEmpty {
            // Columns from the spacing of rows with blank cells, and a sum broken unless a blank is a number.
            warnings += matrix.unprovenPages.map { page in
                ExtractionWarning(code: "columns_guessed",
                                  message: "Page \(page): plain text: no row on this page prints every column, the columns of values in rows with blank cells follow the text's spacing, which pdftotext does not keep, and the table adds up only if a blank cell holds a number.",
                                  table: kind.rawValue, page: page)
            }
        }
        if let first = matrix.wrappedCells.first, !ArithmeticVerification.brokenWithBlanksAsZero(table).isEmpty {
            // Numbers joined across two lines of their cells, and the table does not add up.
            let cells = matrix.wrappedCells.map { "\($0.row): \($0.printed.joined(separator: ", "))" }
            warnings.append(ExtractionWarning(
                code: "cells_doubtful",
                message: "Numbers printed over two lines of their cells were joined (\(cells.joined(separator: "; "))) and the table does not add up; check the table on page \(first.page).",
                table: kind.rawValue, row: first.row, page: first.page))
        }
        return TableReading(table: table, warnings: warnings + ArithmeticVerification.negativeCounts(table))
    }

    /// Rows placed by position among `anchors` (`PositionalAnchors`), printed rows of values counting when
    /// they hold at least half the columns' values and at most a few more than there are columns (numbers
    /// read apart; not section 四's fifteen, its heading lost).
    static func positionalRows(_ anchors: [LabelAnchor], rows: [RowDefinition], labels: [TablePiece], values: [TablePiece],
                               unit: Double, settings: TableSettings) -> (anchors: [LabelAnchor], byPosition: [LabelAnchor]) {
        PositionalAnchors.filled(anchors, rows: rows, labels: labels, values: values, unit: unit,
                                 minValues: settings.requestColumnCount / 2, maxValues: settings.requestColumnCount + 2,
                                 settings: settings)
    }

    /// The template of a scan's request table none of whose （六） rows was read (OCR lost their labels): the
    /// one whose rows, placed by position, the printed rows of values fill (the 2021 template prints two rows
    /// more); nil when both or neither do, or rows are not placed by position.
    static func positionalTemplate(_ anchors: [LabelAnchor], labels: [TablePiece], values: [TablePiece], unit: Double,
                                   settings: TableSettings) -> TemplateVersion? {
        guard settings.rowsByPosition else { return nil }
        let filling = [TemplateVersion.v2019, .v2021].filter { template in
            let rows = TemplateRows.requestRows(template)
            return positionalRows(anchors, rows: rows, labels: labels, values: values, unit: unit, settings: settings)
                .anchors.count == rows.count
        }
        return filling.count == 1 ? filling[0] : nil
    }

    /// Candidate rows of section 三: the 2021 rows with the 2019 single （六） row before its sub-rows.
    static let requestCandidates: [RowDefinition] = {
        var rows = TemplateRows.requestRows(.v2021)
        rows.insert(TemplateRows.requestRowOther2019, at: rows.firstIndex { $0.key.hasPrefix("other.") } ?? rows.count)
        return rows
    }()

    /// What the candidate rows' labels open with after each item prefix (`LabelColumns.Openings`), made once.
    static let requestOpenings = LabelColumns.Openings(requestCandidates)

    /// The lines after the section heading (the heading line itself is dropped when it is one).
    static func bodyLines(_ lines: [TextLine]) -> [TextLine] {
        guard let first = lines.first, SectionHeadings.sectionNumber(ofHeading: first.text) != nil else { return lines }
        return Array(lines.dropFirst())
    }

    static func missingTable(_ kind: TableKind, found: Int, lines: [TextLine]) -> ExtractionWarning {
        ExtractionWarning(code: "table_missing",
                          message: "No \(kind.rawValue) table found in the section (\(found) row labels recognised, \(lines.count) lines).",
                          table: kind.rawValue, page: lines.first?.page)
    }
}
