import Testing
@testable import GovReport

@Suite("Self-verification of table readings")
struct TableVerificationTests {
    @Test("one printed typo accounts for every break; two misread cells do not")
    func oneCell() {
        var typo = CheckFixture(); typo.set("granted", "natural_person", 8)
        #expect(ArithmeticVerification.brokenRules(typo.requestsTable).sorted() == ["R2:natural_person", "R3:granted"])
        #expect(ArithmeticVerification.explainedByOneCell(typo.requestsTable))

        var row = CheckFixture()   // a leaf cell and its row total raised together (a1_04's kind of error)
        row.set("granted", "other_org", 2); row.set("granted", "total", 8)
        #expect(ArithmeticVerification.explainedByOneCell(row.requestsTable))

        var glued = CheckFixture()   // 10 read as 101 and 2 as 0 (a digit carried into the next cell)
        glued.set("total", "natural_person", 101); glued.set("total", "commercial", 0)
        #expect(!ArithmeticVerification.explainedByOneCell(glued.requestsTable))
    }

    @Test("a blank part under a larger printed total is a value the reading may have missed")
    func missingValues() {
        var lost = CheckFixture()
        lost.print(.requests, "unable.not_held", "natural_person", as: "")
        lost.print(.requests, "unable.not_held", "legal_service", as: "")
        lost.print(.requests, "unable.not_held", "total", as: "")
        #expect(ArithmeticVerification.rowsMissingValues(lost.requestsTable) == ["unable.not_held"])
        #expect(ArithmeticVerification.brokenRules(lost.requestsTable).isEmpty)   // only B1: blanks could hold it

        var blankTotals = CheckFixture()   // the publisher leaves the total column blank: printed that way
        for (key, _) in CheckFixture.requests2021 where key != "total" { blankTotals.print(.requests, key, "total", as: "") }
        #expect(ArithmeticVerification.rowsMissingValues(blankTotals.requestsTable).isEmpty)
        // Read by OCR, a blank total over printed parts may be a number the recognition never found.
        let granted = ArithmeticVerification.rowsMissingValues(blankTotals.requestsTable, blankTotals: true)
        #expect(granted.contains("granted") && granted.contains("new_requests"))
        #expect(!granted.contains("withheld.state_secret"))   // its parts print nothing but zeros
    }

    @Test("a reading that breaks the arithmetic gives way to one of the same tokens that holds; else it is disputed")
    func choice() throws {
        let good = CheckFixture().requestsTable
        var bad = CheckFixture(); bad.set("total", "natural_person", 101); bad.set("total", "commercial", 0)
        let extraction = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf)
        let replaced = extraction.verified(TableReading(table: bad.requestsTable), against: { TableReading(table: good) })
        #expect(replaced.table == good && replaced.warnings.isEmpty)
        let disputed = extraction.verified(TableReading(table: bad.requestsTable), against: { TableReading(table: nil) })
        #expect(disputed.table == bad.requestsTable)
        #expect(disputed.warnings.map(\.code) == ["reading_disputed"])
        #expect(TableVerification.status(of: disputed, sectionFound: true) == .partial)
        #expect(TableVerification.status(of: TableReading(table: good), sectionFound: true) == .complete)
        #expect(TableVerification.status(of: TableReading(table: nil), sectionFound: true) == .failed)
        #expect(TableVerification.status(of: TableReading(table: nil), sectionFound: false) == .absent)
    }

    @Test("read by OCR, a section 二 with a blank cell is doubtful (no sums to tell blank from unread, r51_0102d); from a PDF it is not")
    func blankProactiveOnScans() {
        var fixture = CheckFixture()
        fixture.print(.proactive, "licensing", "decisions", as: "")
        let reading = TableReading(table: fixture.proactiveTable)
        let scanned = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf, strictArithmetic: true)
        let doubted = scanned.blankDoubtedOnScans(reading)
        #expect(doubted.warnings.map(\.code) == ["ocr_cell_doubtful"])
        #expect(doubted.warnings.first?.message.contains("licensing/decisions") == true)
        #expect(TableVerification.status(of: doubted, sectionFound: true) == .partial)
        #expect(scanned.blankDoubtedOnScans(TableReading(table: CheckFixture().proactiveTable)).warnings.isEmpty)
        let pdf = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf)
        #expect(pdf.blankDoubtedOnScans(reading).warnings.isEmpty)
    }

    @Test("a break stands as printed only when no other reading of the tokens holds")
    func breakWithHoldingAlternative() {
        // The other reading holds but places one value fewer (the pick took a page number for a cell).
        var review = CheckFixture(); review.review[2].1 = [3, 0, 1, 4, 4]
        var fewer = CheckFixture().reviewTable
        fewer.rows[2].cells[1].cell.printed = ""
        let extraction = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf)
        #expect(ArithmeticVerification.explainedByOneCell(review.reviewTable))
        let disputed = extraction.verified(TableReading(table: review.reviewTable), against: { TableReading(table: fewer) })
        #expect(disputed.table == review.reviewTable)
        #expect(disputed.warnings.map(\.code) == ["reading_disputed"])
        #expect(disputed.warnings.first?.message.contains("litigation_after_review") == true)
    }

    @Test("a clean PDF reading (every row, no warning) is not read again by the stream reader; a doubtful 二 one is")
    func crossCheckOnlyOnDoubt() {
        let clean = CheckFixture().reviewTable
        let extraction = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf)
        var streamRead = false
        let kept = extraction.better(TableReading(table: clean), { streamRead = true; return TableReading(table: nil) }())
        #expect(kept.table == clean && !streamRead)

        let proactive = Table(kind: .proactive, template: .v2021, rows: [TableRow(key: "licensing", label: "行政许可", cells: [
            ("decisions", Cell(value: 0, printed: "", page: 2, box: nil, unit: nil))])])
        var other = proactive
        other.setValue("licensing", "decisions", 5)
        let blank = ExtractionWarning(code: "blank_cell", message: "", table: "proactive", row: "licensing")
        let checked = extraction.better(TableReading(table: proactive, warnings: [blank]), TableReading(table: other))
        #expect(checked.warnings.map(\.code).contains("reading_disputed"))
    }

    @Test("a one-typo table stands as printed, but not when its pages were read by OCR (strictArithmetic)")
    func strictForOCR() {
        var typo = CheckFixture(); typo.set("granted", "natural_person", 8)
        let table = typo.requestsTable
        let lenient = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf)
        let stands = lenient.verified(TableReading(table: table), against: { TableReading(table: table) })
        #expect(stands.table == table && stands.warnings.isEmpty)
        #expect(TableVerification.status(of: stands, sectionFound: true) == .complete)

        let strict = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf, strictArithmetic: true)
        let disputed = strict.verified(TableReading(table: table), against: { TableReading(table: table) })
        #expect(disputed.table == table)
        #expect(disputed.warnings.map(\.code) == ["reading_disputed"])
        #expect(disputed.warnings.first?.message.contains("R3:granted") == true)
        #expect(TableVerification.status(of: disputed, sectionFound: true) == .partial)
    }

    @Test("read by OCR, the geometric reading that breaks fewer rules wins over a stream reading placing more values")
    func fewerBreaksWinForOCR() {
        // The geometric reading leaves one zero blank (a blank placeholder); the stream reading, in text order,
        // took a header character read as 4 for a cell and pushed a row's values one column on.
        var blank = CheckFixture(); blank.print(.requests, "withheld.state_secret", "natural_person", as: "")
        var shifted = CheckFixture()
        shifted.set("new_requests", "natural_person", 4); shifted.set("new_requests", "commercial", 10)
        shifted.set("new_requests", "research", 2); shifted.set("new_requests", "social_welfare", 0)
        let geometric = TableReading(table: blank.requestsTable,
                                     warnings: [ExtractionWarning(code: "blank_cell", message: "", table: "requests")])
        let stream = TableReading(table: shifted.requestsTable)
        let strict = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf, strictArithmetic: true)
        #expect(strict.better(geometric, stream).table == blank.requestsTable)
        // A text layer keeps the reading placing more values (it is checked against the other one after).
        let lenient = TableExtraction(settings: ExtractionSettings(), lineSource: .pdf)
        #expect(lenient.better(geometric, stream).table == shifted.requestsTable)
        // Fewer rows named: no win on the arithmetic (a reading of three rows breaks nothing).
        var few = blank.requestsTable; few.rows = Array(few.rows.prefix(3))
        #expect(!TableExtraction.breaksFewerRules(TableReading(table: few), than: stream))
    }

    @Test("repeated warnings are folded into one per table and kind, with the cells listed")
    func folded() {
        let warnings = [("granted", "research"), ("granted", "social_welfare"), ("total", "research")].map {
            ExtractionWarning(code: "blank_cell", message: "Cell \($0.0)/\($0.1) is blank; read as 0.", table: "requests",
                              row: $0.0, column: $0.1, page: 4)
        } + [ExtractionWarning(code: "row_missing", message: "Row other.other was not found.", table: "requests", row: "other.other")]
        let grouped = WarningSummary.grouped(warnings)
        #expect(grouped.map(\.code) == ["blank_cell", "row_missing"])
        #expect(grouped[0].message == "3 cells of the requests table are blank; read as 0: granted/research, granted/social_welfare, total/research.")
        #expect(grouped[0].page == 4 && grouped[0].row == nil)
        #expect(grouped[1] == warnings[3])
    }

    @Test("a table read all blank while its section prints numbers is in doubt; one printed all blank is not")
    func blankWhileNumbersPrinted() {
        let blank = Cell(value: 0, printed: "")
        let rows = TemplateRows.reviewGroups.map { group in
            TableRow(key: group.key, label: group.label, cells: TemplateRows.reviewColumns.map { ($0.key, blank) })
        }
        let reading = TableReading(table: Table(kind: .reviewLitigation, template: .v2021, rows: rows), warnings: [])
        let header = pdfLine("行政复议", page: 6, y: 500)
        let values = TextLine(page: 6, box: Box(x0: 90, y0: 560, x1: 470, y1: 570), text: "— 1 1 2 —",
                              tokens: ["—", "1", "1", "2", "—"].enumerated().map { i, text in
                                  Token(text: text, box: Box(x0: 90 + Double(i) * 50, y0: 560, x1: 100 + Double(i) * 50, y1: 570), page: 6)
                              }, glyphHeight: 10)
        let doubtful = TableExtraction.blankWhileValuesPrinted(reading, lines: [header, values])
        #expect(doubtful.warnings.map(\.code) == ["unassigned_values"])
        #expect(TableVerification.status(of: doubtful, sectionFound: true) == .partial)
        #expect(TableExtraction.blankWhileValuesPrinted(reading, lines: [header, pdfLine("— — —", page: 6, y: 560)]).warnings.isEmpty)
    }

    @Test("a negative cell in section 四 is unreadable (a dash glued to a number), as in section 三")
    func negativeReviewCell() {
        let rows = TemplateRows.reviewGroups.map { group in
            TableRow(key: group.key, label: group.label, cells: TemplateRows.reviewColumns.map {
                ($0.key, group.key == "review" && $0.key == "pending" ? Cell(value: -1, printed: "—1") : Cell(value: 0, printed: "0"))
            })
        }
        let reading = TableReading(table: Table(kind: .reviewLitigation, template: .v2021, rows: rows), warnings: [])
        let checked = TableExtraction.withNegativeCounts(reading)
        #expect(checked.warnings.map(\.code) == ["cell_unreadable"] && checked.warnings.first?.row == "review")
    }
}
