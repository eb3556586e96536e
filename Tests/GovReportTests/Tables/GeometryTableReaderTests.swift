@testable import GovReport
import Testing

/// The geometric reader on hand-built tokens: the edge cases DOMAIN.md names.
@Suite struct GeometryTableReaderTests {
    static let centres: [Double] = [330, 360, 390, 420, 450, 480, 510]
    static let labels2019: [String] = [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理",
    ]

    /// A 2019 request table: heading, a header, row r printing r in every column (so cells are
    /// recognisable), continued on a second page without its header after `breakAfter` rows.
    static func requestTable(breakAfter: Int = 100, edit: (Int, inout [String]) -> Void = { _, _ in }) -> [TextLine] {
        var b = TableTokenBuilder()
        b.line([("三、收到和处理政府信息公开申请情况", 60)])
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        b.line([("人", 325), ("企业", 350), ("机构", 380), ("公益", 410), ("服务", 440)])
        for (r, label) in labels2019.enumerated() {
            if r == breakAfter { b.newPage() }
            var values = Array(repeating: String(r), count: 7)
            edit(r, &values)
            b.row(label, values, centres: centres)
        }
        return b.lines
    }

    @Test("a 2019 table: every row keyed, cells where printed, template from the single （六） row")
    func reads2019() throws {
        let reading = GeometryTableReader.requests(Self.requestTable())
        let table = try #require(reading.table)
        #expect(table.template == .v2019)
        #expect(table.rows.map(\.key) == TemplateRows.requestRows(.v2019).map(\.key))
        for (r, row) in table.rows.enumerated() {
            #expect(row.cells.map(\.cell.value) == Array(repeating: Double(r), count: 7), "\(row.key)")
        }
        #expect(table["withheld.third_party_rights", "legal_service"]?.page == 1)
        #expect(reading.warnings.isEmpty)
    }

    @Test("single （六） row in a 2021 report: read as `other`, with a warning, no sub-rows")
    func singleOtherRow() throws {
        let reading = GeometryTableReader.requests(Self.requestTable(), reportTemplate: .v2021)
        let table = try #require(reading.table)
        #expect(table["other"] != nil)
        #expect(table["other.other"] == nil)
        #expect(reading.warnings.map(\.code) == ["single_other_row"])
    }

    @Test("blank and placeholder cells: value 0, printed kept, blank_cell warning for blanks only")
    func blanksAndPlaceholders() throws {
        let lines = Self.requestTable { r, values in
            if r == 2 { values[1] = ""; values[3] = "—"; values[4] = "无"; values[5] = "/" }
        }
        let reading = GeometryTableReader.requests(lines)
        let table = try #require(reading.table)
        #expect(table["granted", "commercial"] == Cell(value: 0, printed: "", page: 1, box: nil))
        #expect(table["granted", "social_welfare"]?.printed == "—")
        #expect(table["granted", "legal_service"]?.printed == "无")
        #expect(table["granted", "other_org"]?.value == 0)
        #expect(table["granted", "total"]?.value == 2)
        #expect(reading.warnings.filter { $0.code == "blank_cell" }.map(\.column) == ["commercial"])
    }

    @Test("continuation page without header, one column blank there: named from the previous page")
    func continuationWithoutHeader() throws {
        let lines = Self.requestTable(breakAfter: 12) { r, values in if r >= 12 { values[2] = "" } }
        let table = try #require(GeometryTableReader.requests(lines).table)
        #expect(table["unable.not_held"]?.cells.map(\.cell.value) == [12, 12, 0, 12, 12, 12, 12])
        #expect(table["unable.not_held", "total"]?.page == 2)
        #expect(table["carried_forward", "legal_service"]?.value == 22)
    }

    @Test("digits of two cells glued into one token are cut back into their columns")
    func gluedDigits() throws {
        var b = TableTokenBuilder()
        b.row("一、本年新收政府信息公开申请数量", ["12", "3", "4", "5", "6", "7", "37"], centres: Self.centres)
        b.row("二、上年结转政府信息公开申请数量", ["1", "2", "3", "4", "5", "6", "21"], centres: Self.centres)
        // "4679" centred on 330 and "168" on 360, printed as one token.
        b.line([("（一）予以公开", 60), ("4679168", 320), ("1", 387.5), ("1", 417.5), ("1", 447.5), ("1", 477.5), ("4851", 500)])
        // The glued token spans from 4679's left edge (320) to 168's right edge (367.5).
        b.lines[2].tokens[1].box.x1 = 367.5
        b.row("（七）总计", ["1", "1", "1", "1", "1", "1", "6"], centres: Self.centres)
        b.row("四、结转下年度继续办理", ["1", "1", "1", "1", "1", "1", "6"], centres: Self.centres)
        let table = try #require(GeometryTableReader.requests(b.lines).table)
        #expect(table["granted", "natural_person"]?.value == 4679)
        #expect(table["granted", "commercial"]?.value == 168)
        #expect(table["granted", "total"]?.value == 4851)
    }

    @Test("group label cut and glued to a child row; label wrapped with values centred")
    func gluedGroupAndWrappedLabel() throws {
        var b = TableTokenBuilder()
        b.row("一、本年新收政府信息公开申请数量", Array(repeating: "1", count: 7), centres: Self.centres)
        b.line([("（三）不4.保护第三方合法权益", 40)] + Self.centres.map { ("4", $0 - 2.5) })
        b.line([("予公开", 45), ("5.属于三类内部", 80)])
        b.line(Self.centres.map { ("5", $0 - 2.5) })
        b.line([("事务信息", 80)])
        b.row("（七）总计", Array(repeating: "7", count: 7), centres: Self.centres)
        let reading = GeometryTableReader.requests(b.lines)
        let table = try #require(reading.table)
        #expect(table["withheld.third_party_rights"]?.label == "4.保护第三方合法权益")
        #expect(table["withheld.third_party_rights", "total"]?.value == 4)
        #expect(table["withheld.internal_affairs"]?.label == "5.属于三类内部事务信息")
        #expect(table["withheld.internal_affairs", "natural_person"]?.value == 5)
        #expect(table["total", "other_org"]?.value == 7)
        #expect(reading.warnings.contains { $0.code == "row_missing" && $0.row == "carried_over" })
    }

    @Test("no table: nil with table_missing")
    func missing() {
        var b = TableTokenBuilder()
        b.line([("三、收到和处理政府信息公开申请情况", 60)])
        b.line([("本年度未收到政府信息公开申请。", 60)])
        let reading = GeometryTableReader.requests(b.lines)
        #expect(reading.table == nil)
        #expect(reading.warnings.map(\.code) == ["table_missing"])
    }

    @Test("section 四: 15 values with a blank cell placed under the header columns")
    func reviewWithBlank() throws {
        var b = TableTokenBuilder()
        let xs = (0..<15).map { 60 + Double($0) * 32 }
        b.reviewHeader(columnsAt: xs)
        b.line(xs.enumerated().compactMap { i, x in i == 2 ? nil : (String(i), x + 5) })
        let reading = GeometryTableReader.reviewLitigation(b.lines)
        let table = try #require(reading.table)
        #expect(table["review"]?.cells.map(\.cell.value) == [0, 1, 0, 3, 4])
        #expect(table["review", "other"]?.printed == "")
        #expect(table["litigation_after_review", "total"]?.value == 14)
        #expect(reading.warnings.map(\.code) == ["blank_cell"])
    }

    @Test("section 二, 2019: signed change, unit in a cell, header per group")
    func proactive2019() throws {
        var b = TableTokenBuilder()
        b.line([("二、主动公开政府信息情况", 60)])
        b.line([("信息内容", 60), ("本年新制作数量", 200), ("本年新公开数量", 300), ("对外公开总数量", 400)])
        b.row("规章", ["1", "2", "3"], centres: [235, 335, 435])
        b.row("规范性文件", ["4", "5", "6"], centres: [235, 335, 435])
        b.line([("信息内容", 60), ("上一年项目数量", 200), ("本年增/减", 300), ("处理决定数量", 400)])
        b.row("行政许可", ["54", "-4", "38361"], centres: [235, 335, 435])
        b.row("其他对外管理服务事项", ["0", "+12", "0"], centres: [235, 335, 435])
        b.row("行政处罚", ["101", "0", ""], centres: [235, 335, 435])
        b.row("行政强制", ["0", "0", "0"], centres: [235, 335, 435])
        b.line([("信息内容", 60), ("上一年项目数量", 200), ("本年增/减", 300)])
        b.row("行政事业性收费", ["", "3"], centres: [235, 335])
        b.line([("信息内容", 60), ("采购项目数量", 200), ("采购总金额", 300)])
        b.row("政府集中采购", ["2", "251000元"], centres: [235, 335])
        let reading = GeometryTableReader.proactive(b.lines)
        let table = try #require(reading.table)
        #expect(table.template == .v2019)
        #expect(table["licensing", "change"]?.value == -4)
        #expect(table["other_services", "change"]?.value == 12)
        #expect(table["penalty", "decisions"]?.printed == "")
        #expect(table["fees", "items_last_year"]?.printed == "")
        #expect(table["fees", "change"]?.value == 3)
        #expect(table["procurement", "amount"]?.value == 251000)
        #expect(table["procurement", "amount"]?.unit == "元")
        #expect(reading.warnings.filter { $0.code == "blank_cell" }.count == 2)
    }

    @Test("glued tokens split where extraction glued them", arguments: [
        ("（三）不4.保护第三方合法权益", ["（三）不", "4.保护第三方合法权益"]),
        ("（四）无 1.本机关不掌握相关政府信息", ["（四）无", "1.本机关不掌握相关政府信息"]),
        ("不计其他情形）224", ["不计其他情形）", "224"]),
        ("12 0 — 3", ["12", "0", "—", "3"]),
        ("（四）无 法 提 供", ["（四）无 法 提 供"]),
        ("2.其他法律行政法规禁止公开", ["2.其他法律行政法规禁止公开"]),
        ("度办理结（二）部分公开（区分处理的", ["度办理结", "（二）部分公开（区分处理的"]),
        ("三、本（一）予以公开", ["三、本", "（一）予以公开"]),
        ("（1.属于", ["（", "1.属于"]),
        ("果（三）不予公开1.属于国家秘密", ["果", "（三）不予公开", "1.属于国家秘密"]),
        ("第二十条第（一）项", ["第二十条第（一）项"]),
        ("三、（一）79", ["三、", "（一）", "79"]),
        ("（1.", ["（", "1."]),
        ("1.属/", ["1.属", "/"]),
    ])
    func splitting(text: String, parts: [String]) {
        let token = TableTokenBuilder.token(text, x: 0, y: 0, page: 1)
        #expect(TablePieces.split(token, grid: false).map(\.text) == parts)
    }

    @Test("values on the last line of a wrapped label (bottom-aligned cells) stay with their row")
    func bottomAlignedValues() throws {
        // Labels wrap over two lines 11pt apart (four characters on the first), rows 22pt apart: each row's
        // values sit on its second line,
        // nearer the next row's first line than their own row's.
        var b = TableTokenBuilder()
        b.pitch = 11
        b.line([("三、收到和处理政府信息公开申请情况", 60)])
        b.line([("自然", 320), ("商业", 350), ("科研", 380), ("社会", 410), ("法律", 440), ("其他", 470), ("总计", 500)])
        b.line([("人", 325), ("企业", 350), ("机构", 380), ("公益", 410), ("服务", 440)])
        for (r, label) in Self.labels2019.enumerated() {
            let chars = Array(label)
            b.line([(String(chars.prefix(4)), 60)])
            var items: [(String, Double)] = [(String(chars.dropFirst(4)), 60)]
            for c in Self.centres { items.append((String(r), c - TableTokenBuilder.width(String(r)) / 2)) }
            b.line(items)
        }
        let reading = GeometryTableReader.requests(b.lines)
        let table = try #require(reading.table)
        #expect(table["new_requests", "natural_person"]?.value == 0)
        #expect(table["carried_over", "natural_person"]?.value == 1)
        #expect(table["granted", "total"]?.value == 2)
        #expect(table["carried_forward", "other_org"]?.value == 22)
    }

    @Test("a row cut by a page break: its values at the top of the next page are its own")
    func rowCutByPageBreak() throws {
        let lines = Self.requestTable(breakAfter: 5) { r, values in if r == 4 { values = values.map { _ in "" } } }
        // Row 4 (1.属于国家秘密) prints its label on page 1 and its values above page 2's first row.
        var moved = lines
        let page2 = try #require(moved.firstIndex { $0.page == 2 })
        var b = TableTokenBuilder()
        b.page = 2; b.y = 84
        b.line(Self.centres.map { ("4", $0 - 2.5) })
        moved.insert(contentsOf: b.lines, at: page2)
        let reading = GeometryTableReader.requests(moved)
        let table = try #require(reading.table)
        #expect(table["withheld.state_secret", "natural_person"]?.value == 4)
        #expect(table["withheld.state_secret", "total"]?.value == 4)
        #expect(table["withheld.prohibited_by_law", "total"]?.value == 5)
        #expect(!reading.warnings.contains { $0.code == "unassigned_values" })
    }

    @Test("a group label glued to its child rows' lines is cut at the child labels' edge")
    func gluedGroupColumn() {
        // （三）不予公开 printed two characters per line at x 65, children at x 85 (CJK 10pt wide).
        let tokens = [("（三）1.属于", 55.0, 100.0), ("不予国家秘", 65.0, 112.0), ("公开密", 65.0, 124.0),
                      ("2.其他法律", 85.0, 140.0)].map { text, x, y in TableTokenBuilder.token(text, x: x, y: y, page: 1) }
        let pieces = tokens.flatMap { TablePieces.split($0, grid: false).map { TablePiece($0, grid: false) } }
        let split = LabelColumns.separated(pieces, unit: 10)
        #expect(split.map(\.text) == ["（三）", "1.属于", "不予", "国家秘", "公开", "密", "2.其他法律"])
    }

    @Test("number alignment: read from the columns' edges; a left-aligned value keeps to its column")
    func leftAlignedBands() {
        let values = [("126", 300.0), ("7", 300.0), ("15", 350.0), ("3", 350.0)].map { text, x in
            TablePiece(TableTokenBuilder.token(text, x: x, y: 0, page: 1), grid: false)
        }
        #expect(NumberAlignment.of(values, unit: 10) == .left)
        // A narrow column (name 300–320) left of a wide one (name 360–400, column from 330): a value
        // starting at 333 is the wide column's, though its centre is nearer the narrow name.
        let bands = HeaderBands.bands(names: [(300, 320), (360, 400)], keys: ["a", "b"], alignment: .left)
        let piece = TablePiece(TableTokenBuilder.token("1", x: 333, y: 0, page: 1), grid: false)
        #expect(ColumnFinder.column(of: piece, in: bands.columns, alignment: bands.alignment) == 1)
        let centred = HeaderBands.bands(names: [(300, 320), (360, 400)], keys: ["a", "b"])
        #expect(ColumnFinder.column(of: piece, in: centred.columns) == 0)
    }

    @Test("section 三 never holds a negative count: a dash glued to a number is flagged, never trusted")
    func negativeCountsFlagged() throws {
        let reading = GeometryTableReader.requests(Self.requestTable())
        var table = try #require(reading.table)
        #expect(ArithmeticVerification.negativeCounts(table).isEmpty)
        table.setValue("granted", "other_org", -2)
        let warnings = ArithmeticVerification.negativeCounts(table)
        #expect(warnings.map(\.code) == ["cell_unreadable"])
        #expect(warnings.first?.row == "granted" && warnings.first?.column == "other_org")
    }

    @Test("column clusters: a glued token bridging two columns is left out")
    func clustersIgnoreBridges() {
        var pieces = [("12", 325.0), ("3", 357.5), ("4679168", 320.0), ("5", 327.5), ("66", 355.0)].map {
            TablePiece(TableTokenBuilder.token($0.0, x: $0.1, y: 0, page: 1), grid: false)
        }
        pieces[2].box.x1 = 367.5
        let ranges = ColumnFinder.clusters(of: ColumnFinder.unbridged(pieces, joinGap: 3).map { pieces[$0] }, joinGap: 3)
        #expect(ranges.count == 2)
    }

    @Test("section 三: a number glued to the next column's dash, or a dash to the next number, is two cells, each at its end")
    func numberAndDash() {
        var glued = TablePiece(TableTokenBuilder.token("3—", x: 100, y: 0, page: 1), grid: false)
        glued.box.x1 = 130   // "3" at 100–105, the dash in the next cell, ending at 130
        let parts = TablePieces.unsigned(glued)
        #expect(parts.map(\.text) == ["3", "—"])
        #expect(parts.map(\.isNumber) == [true, false])
        #expect(parts[0].box.x0 == 100 && parts[1].box.x1 == 130 && parts[0].box.x1 < 110 && parts[1].box.x0 > 115)
        let negative = TablePiece(TableTokenBuilder.token("—1", x: 100, y: 0, page: 1), grid: false)
        #expect(TablePieces.unsigned(negative).map(\.text) == ["—", "1"])
        let label = TablePiece(TableTokenBuilder.token("3.其他", x: 100, y: 0, page: 1), grid: false)
        #expect(TablePieces.unsigned(label).map(\.text) == ["3.其他"])
    }

    @Test("section 三: placeholders and numbers glued in one token are one cell each; only the ends keep a known place")
    func gluedPlaceholderRuns() {
        // Columns 15 apart, dashes 10 wide (the text's height): `—1——` over four cells, 100–155.
        var dashes = TablePiece(TableTokenBuilder.token("—1——", x: 100, y: 0, page: 1), grid: false)
        dashes.box.x1 = 155
        let parts = TablePieces.unsigned(dashes)
        #expect(parts.map(\.text) == ["—", "1", "——"])
        #expect(parts[0].box.x0 == 100 && parts[2].box.x1 == 155 && parts.allSatisfy(\.estimated))
        #expect(parts[1].isNumber && parts[1].box.x0 > parts[0].box.x1 && parts[1].box.x1 < parts[2].box.x0)
        // A run of three or more dashes, or of 无, is that many cells.
        #expect(TablePieces.unsigned(TablePiece(TableTokenBuilder.token("———", x: 0, y: 0, page: 1), grid: false)).map(\.text)
                == ["—", "—", "—"])
        var mixed = TablePiece(TableTokenBuilder.token("1无38", x: 100, y: 0, page: 1), grid: false)
        mixed.box.x1 = 160
        #expect(TablePieces.unsigned(mixed).map(\.text) == ["1", "无", "38"])
        var slash = TablePiece(TableTokenBuilder.token("/１", x: 100, y: 0, page: 1), grid: false)
        slash.box.x1 = 130
        #expect(TablePieces.unsigned(slash).map { $0.value?.value } == [0, 1])
        // Two parts keep the token's ends: their places are known.
        var two = TablePiece(TableTokenBuilder.token("4无", x: 100, y: 0, page: 1), grid: false)
        two.box.x1 = 130
        #expect(TablePieces.unsigned(two).map(\.text) == ["4", "无"] && !TablePieces.unsigned(two).contains(where: \.estimated))
        // 不适用 is one cell, glued to a number or to another 不适用; its halves (`不适`, wrapped) stay whole.
        var word = TablePiece(TableTokenBuilder.token("2不适用不适用1", x: 100, y: 0, page: 1), grid: false)
        word.box.x1 = 200
        #expect(TablePieces.unsigned(word).map(\.text) == ["2", "不适用", "不适用", "1"])
        #expect(TablePieces.unsigned(word).map { $0.value?.value } == [2, 0, 0, 1])
        #expect(TablePieces.unsigned(TablePiece(TableTokenBuilder.token("1不适不适", x: 0, y: 0, page: 1), grid: false)).count == 1)
        // Label text stays whole.
        #expect(TablePieces.unsigned(TablePiece(TableTokenBuilder.token("（四）无法提供", x: 0, y: 0, page: 1), grid: false)).count == 1)
    }

    @Test("section 三: a 无 glued to a label line's end is a cell when it stands in the first column of values")
    func placeholderGluedToLabel() {
        // Values start at x 200 (three of them); `1.属于国家无` (10 wide per ideograph) ends at 210, its 无 at 200–210.
        var pieces = [("5", 200.0, 0.0), ("无", 200.0, 20.0), ("7", 200.0, 40.0)].map {
            TablePiece(TableTokenBuilder.token($0.0, x: $0.1, y: $0.2, page: 1), grid: false)
        }
        var glued = TablePiece(TableTokenBuilder.token("1.属于国家无", x: 140, y: 60, page: 1), grid: false)
        glued.box.x1 = 210
        // A label's own 无 ending left of the values (1.申请人无 / 正当理由…) stays.
        var own = TablePiece(TableTokenBuilder.token("1.申请人无", x: 140, y: 80, page: 1), grid: false)
        own.box.x1 = 190
        pieces += [glued, own]
        let separated = GluedPlaceholders.separated(pieces, unit: 10, joinGap: 3)
        #expect(separated.map(\.text) == ["5", "无", "7", "1.属于国家", "无", "1.申请人无"])
        #expect(separated[4].value?.isPlaceholder == true && separated[4].box.x0 >= 199)
    }

    @Test("a number glued after a full-width comma of a label line is cut off")
    func numberAfterComma() {
        let token = TableTokenBuilder.token("（二）部分公开（区分处理的，1", x: 100, y: 0, page: 1)
        #expect(TablePieces.splitTrailingNumber(token, grid: false).map(\.text) == ["（二）部分公开（区分处理的，", "1"])
    }

    @Test("a full-width number, a hyphen placeholder or a number after an opening quote glued to a label's end is cut off")
    func gluedTailsCutOff() {
        func split(_ text: String) -> [String] {
            TablePieces.splitTrailingNumber(TableTokenBuilder.token(text, x: 100, y: 0, page: 1), grid: false).map(\.text)
        }
        #expect(split("（七）总计４８") == ["（七）总计", "４８"])
        #expect(split("法案卷-") == ["法案卷", "-"])
        #expect(split("3.危及“10") == ["3.危及“", "10"])
        #expect(split("1.属于国家秘密") == ["1.属于国家秘密"])
        // Placeholders glued before the number: cells of the columns before it.
        #expect(split("1.属于国家秘密——1") == ["1.属于国家秘密", "——1"])
        // The placeholder cut off a label has an estimated place (it shapes no column); the number keeps a real one.
        let token = TableTokenBuilder.token("法案卷-", x: 100, y: 0, page: 1)
        let line = TextLine(page: 1, box: token.box, text: token.text, tokens: [token], glyphHeight: 10)
        let pieces = TablePieces.pieces(of: [line], settings: TableSettings())
        #expect(pieces.map(\.text) == ["法案卷", "-"] && pieces[1].estimated)
    }

    @Test("an item prefix with a Kangxi numeral (⼀) glued behind a group label's prefix is cut off")
    func kangxiItemPrefix() {
        let token = TableTokenBuilder.token("三、(⼀)予以", x: 100, y: 0, page: 1)
        #expect(TablePieces.splitAtItemPrefix(token, grid: false).map(\.text) == ["三、", "(⼀)予以"])
    }

    @Test("a row of full-width values whose zeros print / is no page number")
    func fullWidthValueRow() {
        #expect(!PageFurniture.isDecoratedPageNumber("１７ ２ ２ / １ １ ２３"))
        #expect(PageFurniture.isDecoratedPageNumber("３/９"))
    }

    @Test("cells printing glyphs without text are told apart")
    func glyphsWithoutText() {
        #expect(GeometryTableReader.isGlyphsWithoutText("■■■"))
        #expect(!GeometryTableReader.isGlyphsWithoutText("无") && !GeometryTableReader.isGlyphsWithoutText(""))
    }

    @Test("the prefix 三、 on a line of its own, glued to a child label's last character, is cut off")
    func outerGroupPrefixGlued() {
        let rows = GeometryTableReader.requestCandidates
        // （一）予以公开 wrapped at x 100 over three lines; the group label 三、本年度… at x 80, its 三、 glued to 开.
        let pieces = [("（一）", 100.0, 100.0), ("予以公", 100.0, 112.0), ("三、开", 80.0, 124.0), ("本（二）", 85.0, 146.0)]
            .map { TablePiece(TableTokenBuilder.token($0.0, x: $0.1, y: $0.2, page: 1), grid: false) }
        #expect(LabelColumns.separated(pieces, unit: 10, openings: LabelColumns.Openings(rows)).map(\.text)
                == ["（一）", "予以公", "三、", "开", "本（二）"])
    }

    @Test("a group label's character glued across a gap to a child's wrapped line is cut at the child's own characters' width")
    func gluedAcrossGapOwnWidth() {
        let rows = GeometryTableReader.requestCandidates
        func piece(_ text: String, _ x0: Double, _ x1: Double, _ y: Double) -> TablePiece {
            TablePiece(text: text, box: Box(x0: x0, y0: y, x1: x1, y1: y + 12), page: 1)
        }
        // The child's lines start at 201.3, 13.15 per ideograph; （四）无法提供 prints 四 at 178.5, a gap, then 不掌握相.
        // Wider text elsewhere on the page (the header, another font) must not set the width.
        let pieces = [piece("（本列数据的勾稽关系为：第一项加", 60, 300, 60), piece("第二项之和，等于第三项加第四", 60, 283, 80),
                      piece("政执法案", 201.3, 253.9, 100), piece("1.本机关", 201.3, 252.2, 115),
                      piece("四不掌握相", 178.5, 253.9, 130), piece("关政府信", 201.3, 253.9, 145)]
        #expect(LabelColumns.separated(pieces, unit: 12, openings: LabelColumns.Openings(rows)).map(\.text)
                == ["（本列数据的勾稽关系为：第一项加", "第二项之和，等于第三项加第四", "政执法案", "1.本机关", "四", "不掌握相", "关政府信"])
    }

    @Test("a group label's prefix glued to a child's wrapped lines is cut; a row of its own prefix never is")
    func gluedGroupPrefix() {
        let rows = TemplateRows.requestRows(.v2021)
        // （五）不予处理 printed beside child 5's wrapped lines (x 85), glued to them at x 55.
        let glued = [("5.要求行政", 85.0, 100.0), ("（五）机关确认或", 55.0, 112.0), ("不予处重新出具已", 55.0, 124.0),
                     ("获取信息", 85.0, 136.0)].map { TablePiece(TableTokenBuilder.token($0.0, x: $0.1, y: $0.2, page: 1), grid: false) }
        #expect(LabelColumns.separated(glued, unit: 10, openings: LabelColumns.Openings(rows)).map(\.text)
                == ["5.要求行政", "（五）", "机关确认或", "不予处", "重新出具已", "获取信息"])
        // （七）合计 spans both label columns below 3.其他, beside the last character of （六）其他处理.
        let total = [("3.其他", 85.0, 100.0), ("理", 62.0, 106.0), ("（七）合计", 55.0, 118.0)]
            .map { TablePiece(TableTokenBuilder.token($0.0, x: $0.1, y: $0.2, page: 1), grid: false) }
        #expect(LabelColumns.separated(total, unit: 10, openings: LabelColumns.Openings(rows)).map(\.text) == ["3.其他", "理", "（七）合计"])
    }

    @Test("glued digits split at the table's number alignment, which tokens bridging two columns do not sway")
    func gluedDigitsRightAligned() {
        // Right-aligned columns ending at 330 and 360 (digits 5 wide); `5815` is 58 and 15 glued.
        var values = [("7", 325.0), ("29", 320.0), ("8", 355.0), ("15", 350.0), ("5815", 320.0)].map {
            TablePiece(TableTokenBuilder.token($0.0, x: $0.1, y: 0, page: 1), grid: false)
        }
        values[4].box.x1 = 360
        #expect(NumberAlignment.of(values, unit: 10) == .right)
        let columns = [ValueColumn(key: "a", x0: 325, x1: 330), ValueColumn(key: "b", x0: 355, x1: 360)]
        #expect(ColumnFinder.split(values[4], across: columns, digitWidth: 5, alignment: .right).map(\.text) == ["58", "15"])
    }

    @Test("a label goes on over a line of one character pushed down with its mark, and ends at a short line")
    func labelEndsAtShortLine() {
        func piece(_ text: String, _ x1: Double) -> TablePiece {
            var p = TablePiece(TableTokenBuilder.token(text, x: 100, y: 0, page: 1), grid: false)
            p.box.x1 = x1
            return p
        }
        #expect(LabelAnchors.goesOn(after: piece("由逾", 120), widest: 120, next: piece("期不", 120), unit: 10))
        #expect(LabelAnchors.goesOn(after: piece("补", 110), widest: 120, next: piece("正、", 120), unit: 10))
        #expect(!LabelAnchors.goesOn(after: piece("量", 110), widest: 140, next: piece("三", 110), unit: 10))
    }
}
