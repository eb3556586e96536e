@testable import GovReport
import Testing

/// Rows whose labels OCR damaged past their distinctive words, placed by position (`PositionalAnchors`).
@Suite struct PositionalRowsTests {
    static var byPosition: TableSettings {
        var settings = TableSettings()
        settings.rowsByPosition = true
        return settings
    }

    /// The 2019 request table with some labels replaced (row index → printed label).
    static func table(labels damaged: [Int: String]) -> [TextLine] {
        var b = TableTokenBuilder()
        b.line([("三、收到和处理政府信息公开申请情况", 60)])
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        b.line([("人", 325), ("企业", 350), ("机构", 380), ("公益", 410), ("服务", 440)])
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() {
            b.row(damaged[r] ?? label, Array(repeating: String(r), count: 7), centres: GeometryTableReaderTests.centres)
        }
        return b.lines
    }

    @Test("a damaged label between two found rows: its row placed by position, named in a warning, values its own")
    func betweenFoundRows() throws {
        // 2.重复申请 read as 2.重夏屮请: 重复申请 is gone, the 2 and 请 survive.
        let lines = Self.table(labels: [16: "2.重夏屮请"])
        let plain = GeometryTableReader.requests(lines)
        #expect(plain.table?["not_processed.duplicate"] == nil)
        let reading = GeometryTableReader.requests(lines, settings: Self.byPosition)
        let table = try #require(reading.table)
        #expect(table["not_processed.duplicate"]?.cells.map(\.cell.value) == Array(repeating: 16, count: 7))
        #expect(table["not_processed.publication"]?.cells.map(\.cell.value) == Array(repeating: 17, count: 7))
        let placed = reading.warnings.filter { $0.code == "row_by_position" }
        #expect(placed.map(\.row) == ["not_processed.duplicate"])
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
    }

    @Test("a label without its item prefix is not a wrapped line of the row above when a row is placed there")
    func unprefixedLabel() throws {
        let lines = Self.table(labels: [13: "没有现戌信思需要另行刺作".replacingOccurrences(of: "另行", with: "另彳亍")])
        let table = try #require(GeometryTableReader.requests(lines, settings: Self.byPosition).table)
        #expect(table["unable.needs_creation"]?.cells.map(\.cell.value) == Array(repeating: 13, count: 7))
        #expect(table["unable.not_held"]?.cells.map(\.cell.value) == Array(repeating: 12, count: 7))
    }

    @Test("two damaged labels between the same found rows are placed in order; the first row of the table too")
    func severalAndFirst() throws {
        let lines = Self.table(labels: [0: "一、本年新牧政府信息公开申请数量", 5: "2.其也法律彳亍政法觃禁止么开", 6: "3.危及“三妄全—稳定”"])
        let reading = GeometryTableReader.requests(lines, settings: Self.byPosition)
        let table = try #require(reading.table)
        for (r, key) in [(0, "new_requests"), (5, "withheld.prohibited_by_law"), (6, "withheld.security_stability")] {
            #expect(table[key]?.cells.map(\.cell.value) == Array(repeating: Double(r), count: 7), "\(key)")
        }
        #expect(Set(reading.warnings.filter { $0.code == "row_by_position" }.compactMap(\.row))
                == ["new_requests", "withheld.prohibited_by_law", "withheld.security_stability"])
    }

    @Test("no row is placed where the printed rows of values and the missing rows differ in number, or no character survives")
    func nothingThePageDoesNotSupport() throws {
        // A missing row that prints no values: two rows missing, one row of values between the found rows.
        var b = TableTokenBuilder()
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() where r != 16 {
            b.row(r == 17 ? "＊＊＊＊" : label, Array(repeating: String(r), count: 7), centres: GeometryTableReaderTests.centres)
        }
        let reading = GeometryTableReader.requests(b.lines, settings: Self.byPosition)
        let table = try #require(reading.table)
        #expect(table["not_processed.duplicate"] == nil && table["not_processed.publication"] == nil)
        #expect(!reading.warnings.contains { $0.code == "row_by_position" })
        // Every character of the first row's label lost: above the first found row, nothing on the page
        // says which row it is.
        let blank = GeometryTableReader.requests(Self.table(labels: [0: "＊＊"]), settings: Self.byPosition)
        #expect(blank.table?["new_requests"] == nil)
    }

    @Test("between two found rows, order and count name a row whose label lost every character; it stays flagged")
    func blankLabelBetweenFoundRows() throws {
        let reading = GeometryTableReader.requests(Self.table(labels: [16: "＊＊"]), settings: Self.byPosition)
        let table = try #require(reading.table)
        #expect(table["not_processed.duplicate"]?.cells.map(\.cell.value) == Array(repeating: 16, count: 7))
        #expect(reading.warnings.filter { $0.code == "row_by_position" }.map(\.row) == ["not_processed.duplicate"])
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
        // The label's lines all above its values (wrapped two characters a line), none level with them.
        var b = TableTokenBuilder()
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() {
            if r == 16 {
                b.line([("＊＊", 60)])
                b.pitch = 24
                b.line(GeometryTableReaderTests.centres.map { ("16", $0 - 5) })
                b.pitch = 16
            } else {
                b.row(label, Array(repeating: String(r), count: 7), centres: GeometryTableReaderTests.centres)
            }
        }
        let above = try #require(GeometryTableReader.requests(b.lines, settings: Self.byPosition).table)
        #expect(above["not_processed.duplicate"]?.cells.map(\.cell.value) == Array(repeating: 16, count: 7))
        #expect(above["not_processed.publication"]?.cells.map(\.cell.value) == Array(repeating: 17, count: 7))
    }

    @Test("a stray line of a few values between found rows (a continuation page's repeated header) is no row")
    func strayLineOfFewValues() throws {
        var b = TableTokenBuilder()
        b.line([("三、收到和处理政府信息公开申请情况", 60)])
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() {
            if r == 16 { b.line([("2", 322), ("8", 442), ("5", 502)]) }
            b.row(r == 16 ? "2.重夏屮请" : label, Array(repeating: String(r), count: 7), centres: GeometryTableReaderTests.centres)
        }
        let reading = GeometryTableReader.requests(b.lines, settings: Self.byPosition)
        let table = try #require(reading.table)
        #expect(table["not_processed.duplicate"]?.cells.map(\.cell.value) == Array(repeating: 16, count: 7))
        #expect(reading.warnings.filter { $0.code == "row_by_position" }.map(\.row) == ["not_processed.duplicate"])
    }

    @Test("a row placed level with a found row's first line leaves that row its first line (no row without label)")
    func placedLevelWithAFoundRow() {
        let rows = Array(TemplateRows.requestRows(.v2021).prefix(3))
        func piece(_ text: String, x: Double, y: Double) -> TablePiece {
            TablePiece(text: text, box: Box(x0: x, y0: y, x1: x + 10, y1: y + 10), page: 1)
        }
        // The first row's label wraps over three lines; six values just below the top of its first line, seven
        // level with its last (its own band); the third row found below; the second row's label lost.
        let first = LabelAnchor(row: rows[0], pieces: [piece("一、本年新收", x: 60, y: 100), piece("政府信息公", x: 60, y: 112),
                                                      piece("开申请数量", x: 60, y: 124)])
        let third = LabelAnchor(row: rows[2], pieces: [piece("（一）予以公开", x: 60, y: 200)])
        func line(_ text: String, count: Int, y: Double) -> [TablePiece] {
            (0..<count).map { (c: Int) -> TablePiece in piece(text, x: 200 + Double(c) * 30, y: y) }
        }
        let values: [TablePiece] = line("5", count: 6, y: 101) + line("7", count: 7, y: 124) + line("9", count: 7, y: 200)
        let placed = PositionalAnchors.filled([first, third], rows: rows, labels: first.pieces + third.pieces, values: values,
                                              unit: 10, minValues: 3, settings: TableSettings())
        #expect(placed.anchors.allSatisfy { !$0.pieces.isEmpty })
        #expect(placed.anchors.first { $0.row.key == rows[0].key }?.pieces.first?.text == "一、本年新收")
    }

    @Test("rows after the last found row, over a page break and with their labels lost, are placed by order and count; the count names the template")
    func lostLabelsAfterTheLastFoundRow() throws {
        // Only the first two labels read; below them rows print no label (page 1) or OCR junk (page 2, after a
        // repeated header whose 总计 is no row). 21 printed rows of values: the 2019 rows, not the 2021 ones.
        var b = TableTokenBuilder()
        let header: [(String, Double)] = [("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)]
        b.line([("三、收到和处理政府信息公开申请情况", 60)])
        b.line(header)
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() {
            if r == 8 {
                b.newPage()
                b.line(header)
            }
            let values = Array(repeating: String(r), count: 7)
            if r < 2 {
                b.row(label, values, centres: GeometryTableReaderTests.centres)
            } else if r < 8 {
                b.line(zip(values, GeometryTableReaderTests.centres).map { ($0, $1 - 2.5) })
            } else {
                b.row(["关公内事", "务信", "于四", "表现"][r % 4], values, centres: GeometryTableReaderTests.centres)
            }
        }
        #expect(GeometryTableReader.requests(b.lines).table?.rows.count ?? 0 < 5)
        let reading = GeometryTableReader.requests(b.lines, settings: Self.byPosition)
        let table = try #require(reading.table)
        #expect(table.template == .v2019)
        #expect(table.rows.map(\.key) == TemplateRows.requestRows(.v2019).map(\.key))
        for (r, row) in table.rows.enumerated() {
            #expect(row.cells.map(\.cell.value) == Array(repeating: Double(r), count: 7), "\(row.key)")
        }
        #expect(reading.warnings.filter { $0.code == "row_by_position" }.count == 21)
        #expect(TableVerification.status(of: reading, sectionFound: true) == .partial)
    }

    @Test("an item number read apart from its label, left of the columns, is label text, not the row's first value")
    func itemNumberLeftOfTheColumns() throws {
        // 1.属于国家秘密 in a narrow label column: its 1 read as a number standing left of the first column.
        var b = TableTokenBuilder()
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() {
            var items: [(String, Double)] = [(r == 4 ? "属于国家秘密" : label, 60)]
            if r == 4 { items.append(("1", 290)) }
            let values = r == 4 ? ["10", "1", "", "4", "1", "3", "19"] : Array(repeating: String(r), count: 7)
            for (v, c) in zip(values, GeometryTableReaderTests.centres) where !v.isEmpty {
                items.append((v, c - TableTokenBuilder.width(v) / 2))
            }
            b.line(items)
        }
        let table = try #require(GeometryTableReader.requests(b.lines, settings: Self.byPosition).table)
        #expect(table["withheld.state_secret"]?.cells.map(\.cell.value) == [10, 1, 0, 4, 1, 3, 19])
        #expect(table["withheld.prohibited_by_law"]?.cells.map(\.cell.value) == Array(repeating: 5, count: 7))
    }

    @Test("a row cut by a page break (label at the foot, values atop the next page) keeps its values; the rows after it are placed")
    func rowCutByAPageBreak() throws {
        var b = TableTokenBuilder()
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        for (r, label) in GeometryTableReaderTests.labels2019.enumerated() {
            let values = Array(repeating: String(r), count: 7)
            if r == 7 {
                b.line([(label, 60)])
                b.newPage()
                b.line(zip(values, GeometryTableReaderTests.centres).map { ($0, $1 - 2.5) })
            } else {
                b.row(r == 8 || r == 9 ? "＊＊" : label, values, centres: GeometryTableReaderTests.centres)
            }
        }
        let reading = GeometryTableReader.requests(b.lines, settings: Self.byPosition)
        let table = try #require(reading.table)
        for r in 7...10 {
            let key = TemplateRows.requestRows(.v2019)[r].key
            #expect(table[key]?.cells.map(\.cell.value) == Array(repeating: Double(r), count: 7), "\(key)")
        }
        #expect(reading.warnings.filter { $0.code == "row_by_position" }.compactMap(\.row)
                == ["withheld.internal_affairs", "withheld.process_information"])
    }

    @Test("one label found as two rows (its lines overlap) is one row; the next section's row below the table is none of its rows")
    func oneLabelTwoRowsAndTheNextSection() throws {
        let rows = Array(TemplateRows.requestRows(.v2019))
        func piece(_ text: String, y: Double) -> TablePiece {
            TablePiece(text: text, box: Box(x0: 60, y0: y, x1: 80, y1: y + 10), page: 1)
        }
        func line(_ value: String, count: Int, y: Double) -> [TablePiece] {
            (0..<count).map { c in TablePiece(text: value, box: Box(x0: 200 + Double(c) * 30, y0: y, x1: 205 + Double(c) * 30, y1: y + 10), page: 1) }
        }
        // Row 4's label wraps over three lines (属于 / 国家 / 秘密); row 5 was found again on its last two.
        let first = LabelAnchor(row: rows[4], pieces: [piece("1.属于", y: 100), piece("国家", y: 112), piece("秘密", y: 124)])
        let nested = LabelAnchor(row: rows[5], pieces: [piece("国家", y: 112), piece("秘密", y: 124)])
        let found = LabelAnchor(row: rows[8], pieces: [piece("5.属于三类内部事务信息", y: 200)])
        let last = LabelAnchor(row: rows[21], pieces: [piece("（七）总计", y: 300)])
        let damaged = piece("转下年度继", y: 320)   // 四、结转下年度继续办理, read in pieces
        let values = line("4", count: 7, y: 112) + line("5", count: 7, y: 140) + line("6", count: 7, y: 160)
            + line("7", count: 7, y: 180) + line("8", count: 7, y: 200) + line("21", count: 7, y: 300)
            + line("22", count: 7, y: 320) + line("1", count: 10, y: 360)
        let placed = PositionalAnchors.filled([first, nested, found, last], rows: rows, labels: first.pieces + found.pieces + last.pieces + [damaged],
                                              values: values, unit: 10, minValues: 3, maxValues: 9, settings: TableSettings())
        #expect(placed.byPosition.map(\.row.key) == [rows[5].key, rows[6].key, rows[7].key, rows[22].key])
        #expect(placed.byPosition.map(\.top) == [140, 160, 180, 320])
    }

    @Test("a found row's wrapped label holding two printed rows of values or more is in doubt; one holding its own is not")
    func labelHoldingSeveralRows() {
        let row = TemplateRows.requestRows(.v2019)[1]
        func piece(_ text: String, y: Double) -> TablePiece {
            TablePiece(text: text, box: Box(x0: 60, y0: y, x1: 80, y1: y + 10), page: 1)
        }
        func band(y: Double) -> ValueBand {
            ValueBand(page: 1, pieces: (0..<7).map { c in TablePiece(text: "1", box: Box(x0: 200 + Double(c) * 30, y0: y, x1: 205 + Double(c) * 30, y1: y + 10), page: 1) })
        }
        let swallowing = LabelAnchor(row: row, pieces: (0..<6).map { piece(["二、上年", "结转政府", "信息公开", "予以公开", "部分公开", "区分处理"][$0], y: 130 + Double($0) * 12) })
        let own = LabelAnchor(row: row, pieces: (0..<3).map { piece(["二、上年", "结转政府", "信息公开"][$0], y: 130 + Double($0) * 12) })
        let bands = [band(y: 135), band(y: 175), band(y: 200)]
        #expect(!PositionalAnchors.holdsOneRow(swallowing, bands: bands, unit: 10, settings: TableSettings()))
        #expect(PositionalAnchors.holdsOneRow(own, bands: bands, unit: 10, settings: TableSettings()))
    }
}
