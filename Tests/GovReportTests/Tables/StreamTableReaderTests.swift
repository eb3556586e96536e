import GovReport
import Testing

/// Small hand-built texts in the shapes flattened extraction produces.
@Suite struct StreamTableReaderTests {
    // MARK: Building section 三 texts

    /// Row r of a consistent table: applicant cells r, 1, 0, 0, 0, 2 and their total.
    static func values(_ r: Int) -> [Int] { [r, 1, 0, 0, 0, 2, r + 3] }

    static let heading = "三、收到和处理政府信息公开申请情况"
    static let header = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三", "项加第四项之和）", "申请人情况", "自然", "人",
                         "法人或其他组织", "总计商业", "企业", "科研", "机构"]

    /// Template labels, the long ones wrapped every 12 characters.
    static func wrapped(_ label: String) -> [String] {
        stride(from: 0, to: label.count, by: 12).map { i in
            String(label.dropFirst(i).prefix(12))
        }
    }

    /// One row per line (label, then the values on its last label line), as in the seed report.
    static func perLine(_ template: TemplateVersion) -> String {
        var lines = [heading] + header
        for (r, row) in TemplateRows.requestRows(template).enumerated() {
            var label = wrapped(row.label)
            label[label.count - 1] += " " + values(r).map(String.init).joined(separator: " ")
            lines += label + [""]
        }
        return lines.joined(separator: "\n")
    }

    /// All labels first (parent fragments interleaved), then one value per line.
    static func labelsThenNumbers(_ template: TemplateVersion, values: [String]? = nil) -> String {
        var lines = [heading] + header
        for row in TemplateRows.requestRows(template) {
            if row.key == "withheld.third_party_rights" { lines += ["（三）不 " + row.label] } else { lines += wrapped(row.label) }
            if row.key == "unable.not_held" { lines += ["（四）无", "三、本"] }
        }
        let rows = TemplateRows.requestRows(template).count
        return (lines + (values ?? (0..<rows).flatMap(Self.values).map(String.init))).joined(separator: "\n")
    }

    static func read(_ text: String, hint: TemplateVersion? = nil) -> TableReading {
        StreamTableReader.requests(TextLines.lines(fromPlainText: text), template: hint)
    }

    static func expectConsistent(_ table: Table?, rows template: TemplateVersion) {
        let keys = TemplateRows.requestRows(template).map(\.key)
        #expect(table?.rows.map(\.key) == keys)
        for (r, key) in keys.enumerated() {
            #expect(table?[key]?.cells.map(\.cell.value) == values(r).map(Double.init), "row \(key)")
        }
    }

    // MARK: Section 三

    @Test("wrapped labels with values on their last line")
    func wrappedLabels() {
        let reading = Self.read(Self.perLine(.v2021))
        Self.expectConsistent(reading.table, rows: .v2021)
        #expect(reading.warnings.isEmpty)
        #expect(reading.table?["partially_granted"]?.label == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
    }

    @Test("all labels first, then the numbers row by row")
    func labelsThenNumbers() {
        let reading = Self.read(Self.labelsThenNumbers(.v2021))
        Self.expectConsistent(reading.table, rows: .v2021)
        #expect(reading.table?["withheld.third_party_rights"]?.label == "4.保护第三方合法权益")
        #expect(reading.table?["unable.not_held"]?.label == "1.本机关不掌握相关政府信息")
        #expect(reading.table?.template == .v2021)
    }

    @Test("a run of rows printed column by column is read down the columns")
    func columnMajorBlock() {
        let rows = TemplateRows.requestRows(.v2021).count
        // Rows 4..<19 column by column, each column a run of lines after a blank line; the rest row by row.
        var stream = (0..<4).flatMap(Self.values).map(String.init)
        for c in 0..<7 { stream += [""] + (4..<19).map { String(Self.values($0)[c]) } }
        stream += [""] + (19..<rows).flatMap(Self.values).map(String.init)
        let reading = Self.read(Self.labelsThenNumbers(.v2021, values: stream))
        Self.expectConsistent(reading.table, rows: .v2021)
    }

    @Test("page numbers between the labels and the numbers are not values", arguments: ["- 4 -", "第4页", "—4—", "4"])
    func pageNumberBetween(footer: String) {
        let rows = TemplateRows.requestRows(.v2021).count
        let numbers = (0..<rows).flatMap(Self.values).map(String.init)
        let stream = Array(numbers[..<40]) + ["", footer, "\u{0C}" + "申请人情况"] + Array(numbers[40...])
        let reading = Self.read(Self.labelsThenNumbers(.v2021, values: stream))
        Self.expectConsistent(reading.table, rows: .v2021)
        #expect(reading.table?["granted", "natural_person"]?.page == 1)
        #expect(reading.table?["carried_forward", "total"]?.page == 2)
    }

    @Test("2019 table: one （六）其他处理 row; no sub-rows invented")
    func template2019() {
        let reading = Self.read(Self.labelsThenNumbers(.v2019), hint: .v2019)
        Self.expectConsistent(reading.table, rows: .v2019)
        #expect(reading.table?.template == .v2019)
        #expect(reading.table?["other.other"] == nil)
        #expect(reading.warnings.isEmpty)
    }

    @Test("a single （六） row in a 2021 report is kept as `other` (the 2019 form, as printed), with a warning")
    func singleOtherRow() {
        let reading = Self.read(Self.perLine(.v2019), hint: .v2021)
        Self.expectConsistent(reading.table, rows: .v2019)
        #expect(reading.table?.template == .v2019)
        #expect(reading.warnings.map(\.code) == ["single_other_row"])
    }

    @Test("a value missing from the stream: rows not guessed, the mismatch reported")
    func countMismatch() {
        let rows = TemplateRows.requestRows(.v2021).count
        let stream = Array((0..<rows).flatMap(Self.values).map(String.init).dropLast())
        let reading = Self.read(Self.labelsThenNumbers(.v2021, values: stream))
        #expect(reading.table == nil)
        #expect(reading.warnings.map(\.code).contains("value_count_mismatch"))
        let mismatch = reading.warnings.first { $0.code == "value_count_mismatch" }?.message ?? ""
        #expect(mismatch.contains("found \(rows * 7 - 1) cell values"), "\(mismatch)")
    }

    @Test("with a row short of a value, the full rows printed on their lines are kept")
    func partialRows() {
        let text = Self.perLine(.v2021).replacingOccurrences(of: "1.属于国家秘密 4 1 0 0 0 2 7", with: "1.属于国家秘密 4 1 0 0 0 7")
        let reading = Self.read(text)
        #expect(reading.table?.rows.count == TemplateRows.requestRows(.v2021).count - 1)
        #expect(reading.table?["withheld.state_secret"] == nil)
        #expect(reading.table?["withheld.prohibited_by_law", "total"]?.value == 8)
        #expect(reading.warnings.contains { $0.code == "row_missing" && $0.row == "withheld.state_secret" })
    }

    @Test("placeholders are 0 with the printed text kept; 无 of （四）无法提供 stays a label")
    func placeholders() {
        var text = Self.perLine(.v2021).replacingOccurrences(of: "申请数量 1 1 0 0 0 2 4",
                                                             with: "申请数量 1 1 — / 无 2 4")
        text = text.replacingOccurrences(of: "1.本机关不掌握相关政府信息", with: "（四）\n无\n法提供\n1.本机关不掌握相关政府信息")
        let reading = Self.read(text)
        Self.expectConsistent(reading.table, rows: .v2021)
        #expect(reading.table?["carried_over"]?.cells.map(\.cell.printed) == ["1", "1", "—", "/", "无", "2", "4"])
        #expect(reading.table?["carried_over", "legal_service"]?.isPlaceholder == true)
    }

    // MARK: Sections 二 and 四

    @Test("section 二: a number printed before its row label is read; blocks apart are flagged")
    func proactiveNumberBeforeLabel() {
        let text = """
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容
            本年制发件数
            本年废止件数
            现行有效件数
            规章
            0
            0
            0
            行政规范性文件
            40
            0
            40
            第二十条第（五）项
            信息内容
            本年处理决定数量
            12
            行政许可
            第二十条第（六）项
            信息内容
            本年处理决定数量
            行政处罚
            3
            行政强制
            0
            第二十条第（八）项
            信息内容
            本年收费金额（单位：万元）
            190.06
            行政事业性收费
            -3-
            """
        let reading = StreamTableReader.proactive(TextLines.lines(fromPlainText: text))
        let table = reading.table
        #expect(table?.template == .v2021)
        #expect(table?["normative_documents"]?.cells.map(\.cell.value) == [40, 0, 40])
        #expect(table?["licensing", "decisions"]?.value == 12)
        #expect(table?["penalty", "decisions"]?.value == 3)
        #expect(table?["fees", "amount_10k_yuan"]?.value == 190.06)
        #expect(table?["fees", "amount_10k_yuan"]?.unit == "万元")
        // Plain `pdftotext` prints each cell as a block: 40 / 0 / 40 is the blocks' order, which need not be
        // left to right: read, but flagged. 12 stands before 行政许可, not between its label and the next, but
        // right under its column's header in （五）'s part (as 190.06 in （八）'s): named by the text, settled.
        #expect(reading.warnings.map(\.code) == ["columns_guessed"])
        #expect(reading.warnings.first?.message.hasPrefix("rows normative_documents, coercion do not print") == true)
    }

    @Test("section 二 read in text order past a row printing fewer values than its columns is columns_guessed")
    func proactiveShortRowInTextOrder() {
        // 规章 prints only its 现行有效 8 (blank zeros); a stray 1 and 2 make the count fit the template's 10.
        let text = """
            二、主动公开政府信息情况
            第二十条第（一）项
            1
            信息内容 本年制发件数 本年废止件数 现行有效件数
            规章 8
            行政规范性文件 17 3 131
            第二十条第（五）项
            信息内容 本年处理决定数量
            行政许可 24680
            第二十条第（六）项
            信息内容 本年处理决定数量
            行政处罚 11640
            行政强制 3
            第二十条第（八）项
            信息内容 本年收费金额（单位：万元）
            行政事业性收费 2.4
            2
            """
        let reading = StreamTableReader.proactive(TextLines.lines(fromPlainText: text))
        #expect(reading.warnings.map(\.code).contains("columns_guessed"))
        #expect(reading.warnings.first { $0.code == "columns_guessed" }?.row == "regulations")
    }

    @Test("section 二, 2019 template: signed change, unit in the cell")
    func proactive2019() {
        let text = """
            二、主动公开政府信息情况
            信息内容 本年新制作数量 本年新公开数量 对外公开总数量
            规章 0 0 0
            规范性文件 29 29 214
            信息内容 上一年项目数量 本年增/减 处理决定数量
            行政许可 54 -4 38361
            其他对外管理服务事项 0 +12 0
            行政处罚 101 0 5510
            行政强制 0 0 0
            信息内容 上一年项目数量 本年增/减
            行政事业性收费 12 0
            信息内容 采购项目数量 采购总金额
            政府集中采购 3 251000 元
            """
        let table = StreamTableReader.proactive(TextLines.lines(fromPlainText: text)).table
        #expect(table?.template == .v2019)
        #expect(table?["licensing"]?.cells.map(\.cell.value) == [54, -4, 38361])
        #expect(table?["other_services", "change"]?.value == 12)
        #expect(table?["procurement", "amount"]?.value == 251000)
        #expect(table?["procurement", "amount"]?.unit == "元")
    }

    @Test("section 四: header words, then 15 numbers around a page break")
    func reviewLitigation() throws {
        let text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果\n维持\n总计\n"
            + ["2", "0", "2", "1", "5", "0", "1", "0"].joined(separator: "\n") + "\n- 5 -\n\u{0C}"
            + ["0", "1", "0", "0", "0", "0", "0"].joined(separator: "\n")
        let reading = StreamTableReader.reviewLitigation(TextLines.lines(fromPlainText: text))
        let table = try #require(reading.table)
        #expect(table["review"]?.cells.map(\.cell.value) == [2, 0, 2, 1, 5])
        #expect(table["litigation_direct"]?.cells.map(\.cell.value) == [0, 1, 0, 0, 1])
        #expect(table["litigation_after_review", "total"]?.page == 2)
    }

    @Test("section 四 with 14 numbers is not read")
    func reviewMismatch() {
        let text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n" + String(repeating: "0 ", count: 14)
        let reading = StreamTableReader.reviewLitigation(TextLines.lines(fromPlainText: text))
        #expect(reading.table == nil)
        #expect(reading.warnings.map(\.code) == ["value_count_mismatch"])
    }
}
