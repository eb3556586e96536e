/// Reads the three template tables from text whose geometry is lost: `pdftotext -raw` output, text pasted
/// from a web page, or PDF lines when the geometry reader fails.
///
/// Each reader takes the lines of one section (from its heading to the next; see `SectionHeadings.spans`),
/// finds the row labels in template order in the section's label text (wrapped labels joined, merged parent
/// labels and headers interleaved), collects the cell values (numbers and placeholders, not page numbers,
/// the template's note or narrative), and places the values: per line when each row prints its values on
/// its label line, else in stream order when the counts agree (see `StreamLayout`). When counts disagree it
/// returns the rows it can place and says so (`value_count_mismatch`, `row_missing`); it never guesses.
///
/// ```swift
/// let lines = TextLines.lines(fromPlainText: try String(contentsOfFile: "a1_01.txt", encoding: .utf8))
/// let tables = StreamTableReader.read(lines)
/// tables.requests.table?["withheld.third_party_rights", "total"]?.value // 1
/// ```
public enum StreamTableReader {
    /// Section 二 (主动公开政府信息情况); the template (2019 or 2021 wording) is detected from the table.
    public static func proactive(_ lines: [TextLine], settings: StreamTableSettings = .init()) -> TableReading {
        let vocabulary = proactiveFragments
        let region = StreamRegion(lines: lines, anchors: ["第二十条", "信息内容"], vocabulary: vocabulary, settings: settings)
        let template = proactiveTemplate(region)
        let text = region.labels.string
        let specs = TemplateRows.proactiveRows(template).map { row -> StreamRowSpec in
            var spec = StreamRowSpec(row: row.row, columns: row.columns)
            if row.row.key == "fees", template == .v2021 { spec.unit = "万元" }
            if row.row.key == "procurement" { spec.unit = procurementUnit(text) }
            return spec
        }
        let placement = StreamRowPlacement(specs: specs, region: region, kind: .proactive, fragments: vocabulary,
                                           rowCheck: nil, settings: settings)
        return reading(placement, template: template)
    }

    /// Section 三 (收到和处理政府信息公开申请情况).
    ///
    /// Three （六） sub-rows make a 2021 table; one （六）其他处理 row is read as key `other` (2019 wording),
    /// with a `single_other_row` warning unless `template` (the report's, when known) is 2019. The table's
    /// template is what its wording shows: a single （六） row is the 2019 form, whatever the report's year.
    public static func requests(_ lines: [TextLine], template hint: TemplateVersion? = nil,
                                settings: StreamTableSettings = .init()) -> TableReading {
        let vocabulary = requestFragments
        let region = StreamRegion(lines: lines, anchors: ["勾稽", "本列数据", "申请人情况", "法人或其他组织"],
                                  vocabulary: vocabulary + TemplateRows.requestRows(.v2021).map { Normalizer.fold($0.label) },
                                  parentCharacters: requestParentCharacters, groupLabels: Array(requestFragments.prefix(5)),
                                  footersInside: true, settings: settings)
        let (wording, singleOther) = requestTemplate(region, settings: settings)
        let specs = TemplateRows.requestRows(wording).map { StreamRowSpec(row: $0, columns: TemplateRows.requestColumns) }
        let placement = StreamRowPlacement(specs: specs, region: region, kind: .requests, fragments: vocabulary,
                                           rowCheck: StreamLayout.totalIsSum, settings: settings)
        var result = reading(placement, template: wording)
        result.warnings += result.table.map(ArithmeticVerification.negativeCounts) ?? []
        if singleOther, hint != .v2019, result.table?["other"] != nil {
            result.warnings.append(ExtractionWarning(
                code: "single_other_row",
                message: "（六）其他处理 is printed as one row (2019 template wording), not as the 2021 template's three sub-rows; read as row `other`",
                table: TableKind.requests.rawValue, row: "other"))
        }
        return result
    }

    /// Section 四 (政府信息公开行政复议、行政诉讼情况): one row of 15 numbers, three groups of five.
    public static func reviewLitigation(_ lines: [TextLine], template: TemplateVersion = .v2021,
                                        settings: StreamTableSettings = .init()) -> TableReading {
        let region = StreamRegion(lines: lines, anchors: ["行政复议", "行政诉讼", "结果维持", "尚未审结"],
                                  vocabulary: [], settings: settings)
        let groups = TemplateRows.reviewGroups, columns = TemplateRows.reviewColumns
        let expected = groups.count * columns.count
        let values = region.values(fitting: expected)
            ?? region.lines.first { $0.values.count == expected }.map { $0.values.map { region.values[$0] } }
        guard let values else {
            let warning = ExtractionWarning(
                code: region.values.isEmpty ? "table_missing" : "value_count_mismatch",
                message: region.values.isEmpty ? "no cell values found in section 四"
                    : "found \(region.values.count) cell values in section 四 where the table has \(expected); table not read",
                table: TableKind.reviewLitigation.rawValue)
            // Values printed between header words, in blocks: another reading of these lines is no better placed.
            let apart = !headerCuts(region.values, in: region).isEmpty && Set(region.values.map(\.value.value)).count > 1
            let blocks = !apart ? [] : [ExtractionWarning(
                code: "columns_guessed",
                message: "section 四 prints its values apart, between header words, and fewer or more than its \(expected) cells: which value is whose cannot be told",
                table: TableKind.reviewLitigation.rawValue)]
            return TableReading(table: nil, warnings: [warning] + blocks)
        }
        let rows = groups.enumerated().map { g, group in
            TableRow(key: group.key, label: group.label, cells: columns.enumerated().map { c, column in
                (column.key, values[g * columns.count + c].cell())
            })
        }
        let guessed = orderGuessed(values, in: region, columns: columns.count).map { g in
            ExtractionWarning(code: "columns_guessed",
                              message: "section 四 prints the values of group \(groups[g].key) apart (between header words, or a value per block breaking its sum; plain `pdftotext` cuts the table into blocks and orders them its own way); its values were read in text order, which need not be their columns",
                              table: TableKind.reviewLitigation.rawValue, row: groups[g].key)
        }
        return TableReading(table: Table(kind: .reviewLitigation, template: template, rows: rows), warnings: Array(guessed.prefix(1)))
    }

    /// The groups (indices) of section 四 whose values the text order may have put in the wrong columns: a
    /// group whose five values are not printed together (header words stand between them; a header printed
    /// per group, its values below, keeps each group together), or are printed a value per block and break the
    /// group's sum (R4: `3 1 1 / 无` of 3 1 1 0 5, its 5 printed later), and are not all the same value.
    /// A group whose values each stand right under a header word naming the column text order gives it
    /// (`维持` / `1`, `纠正` / `—`: the header's last line and the cell below it in one block; a header printed
    /// a character per line, `结` / `果` / `维` / `持` / `1`, too) is settled whatever stands between them, when the
    /// values no header word names are all the same (one value, or `—` `—` `—`: in any order the same cells);
    /// so is one whose runs of values each follow as many header blocks naming their columns
    /// (`reviewColumnsNamedByBlocks`), and, when every group adds up (R4), one whose values each stand in a
    /// block of their own (`valuesInOwnBlocks`), none right under a line of one character naming another column.
    static func orderGuessed(_ values: [StreamValue], in region: StreamRegion, columns: Int) -> [Int] {
        let cut = headerCuts(values, in: region)
        guard !cut.isEmpty || region.valuesInBlocks else { return [] }
        let blockNames = reviewColumnsNamedByBlocks(values, in: region)
        let groupsAddUp = values.count % columns == 0 && stride(from: 0, to: values.count, by: columns).allSatisfy {
            StreamLayout.totalIsSum(values[$0..<($0 + columns)].map(\.value.value))
        }
        return stride(from: 0, to: values.count, by: columns).compactMap { start -> Int? in
            let end = min(start + columns, values.count) - 1
            // Values one per block (plain `pdftotext`) that break the group's sum (R4) are in an order of the
            // text's own, header words between them or not.
            let broken = region.valuesInBlocks && end - start + 1 == columns
                && !StreamLayout.totalIsSum(values[start...end].map(\.value.value))
            let apart = cut.contains { $0 >= start && $0 < end } || broken
            let same = Set(values[start...end].map(\.value.value)).count == 1
            let named = (start...end).map { blockNames[$0] ?? reviewColumn(namedAbove: values[$0], in: region) }
            let unnamed = (start...end).filter { named[$0 - start] == nil }.map { values[$0].value.value }
            let settled = !named.enumerated().contains { c, column in column.map { $0 != c } ?? false }
                && Set(unnamed).count <= 1
            // Every group adding up (R4), and this one's values each a block of its own: the text order of
            // one-value blocks along one printed row is the row's. Not so for a block of several values stacked
            // under a header of several columns (`1` / `无` / `无`, in an order of its own), nor where a value
            // right under a line of one character (the header's last line printed a character per column, each
            // followed by its cell) is not the column that character names (`持` / `1` / `正` / `果` / `1`: the
            // cell of 结果纠正 printed elsewhere, the second `1` 其他结果's).
            let ownBlocks = groupsAddUp && valuesInOwnBlocks(values[start...end], in: region)
                && !(start...end).contains { underOneCharacter(values[$0], in: region) && named[$0 - start] != $0 - start }
            return apart && !same && !settled && !ownBlocks ? start / columns : nil
        }
    }

    /// The section 四 column (index in `TemplateRows.reviewColumns`) that the header text right above `value`
    /// names by its last word, when no blank line stands between: 维持, 纠正, 结果 (其他结果), 审结, 总计. The
    /// header text is the last word of the line above, joined to the lines of one character each above it (a
    /// header printed a character per line); or, when that names none, a line above of one character that
    /// ends a column's name (持 维持, 正 纠正, 果 其他结果, 结 审结, 计 总计: the header's last line, read across
    /// the columns, each character followed by its column's cell, no value right below that cell).
    static func reviewColumn(namedAbove value: StreamValue, in region: StreamRegion) -> Int? {
        let above = value.line - 1
        guard region.lines.indices.contains(above), region.lines[value.line].values.count == 1,
              let last = region.lines[above].labelTokens.last, region.lines[above].values.isEmpty else { return nil }
        var folded = Normalizer.fold(last.text)
        var line = above - 1
        while folded.count < 4, line >= 0, region.lines[line].values.isEmpty, region.lines[line].labelTokens.count == 1,
              case let piece = Normalizer.fold(region.lines[line].labelTokens[0].text), piece.count == 1 {
            folded = piece + folded
            line -= 1
        }
        for (word, column) in [("维持", 0), ("纠正", 1), ("审结", 3), ("总计", 4), ("合计", 4), ("结果", 2)]
        where folded.hasSuffix(word) {
            return column
        }
        // The header's last line printed a character per column across the row (`持` / `4` / `正` / `3` / `果` /
        // `2`: each column's last character, then its cell): the character ends one column's name.
        // A value stacked over more values (`结` / `—` / `—` / `—`) is a column of cells, not one character's cell.
        let own = Normalizer.fold(last.text), below = value.line + 1
        guard own.count == 1, let character = own.last,
              !region.lines.indices.contains(below) || region.lines[below].values.isEmpty else { return nil }
        return ["持": 0, "正": 1, "果": 2, "结": 3, "计": 4][character]
    }

    /// True when each of `values` (in text order) stands in a block of its own: between any two neighbours
    /// that differ, a blank line or header words.
    static func valuesInOwnBlocks(_ values: ArraySlice<StreamValue>, in region: StreamRegion) -> Bool {
        zip(values, values.dropFirst()).allSatisfy { a, b in
            a.value.value == b.value.value || a.line < b.line
                && region.lines[(a.line + 1)..<b.line].contains { $0.isBreak && $0.text.text.isEmpty || !$0.labelTokens.isEmpty }
        }
    }

    /// True when the line right above `value` prints one character and no value (`持` / `1`).
    static func underOneCharacter(_ value: StreamValue, in region: StreamRegion) -> Bool {
        let above = value.line - 1
        guard region.lines.indices.contains(above), region.lines[above].values.isEmpty else { return false }
        return region.lines[above].labelTokens.reduce(0) { $0 + Normalizer.fold($1.text).count } == 1
    }

    /// Indices `i` of `values` (in text order) with header or label words printed between value `i` and `i + 1`.
    static func headerCuts(_ values: [StreamValue], in region: StreamRegion) -> [Int] {
        values.indices.dropLast().filter { i in
            let a = values[i].line, b = values[i + 1].line
            return a != b && region.lines[(a + 1)...b].contains { !$0.labelTokens.isEmpty }
        }
    }

    /// The three tables of a whole document's lines, each from its section (see `SectionHeadings.spans`).
    public static func read(_ lines: [TextLine], settings: StreamTableSettings = .init())
        -> (proactive: TableReading, requests: TableReading, reviewLitigation: TableReading) {
        let spans = SectionHeadings.spans(in: lines)
        func section(_ n: Int) -> [TextLine]? { spans.first { $0.number == n }.map { Array(lines[$0.range]) } }
        let missing = { (kind: TableKind, n: Int) in
            TableReading(table: nil, warnings: [ExtractionWarning(code: "section_missing",
                message: "section \(SectionHeadings.numerals[n - 1]) not found; its table was not read", table: kind.rawValue)])
        }
        let proactive = section(2).map { Self.proactive($0, settings: settings) } ?? missing(.proactive, 2)
        let hint = proactive.table?.template
        let requests = section(3).map { Self.requests($0, template: hint, settings: settings) } ?? missing(.requests, 3)
        let review = section(4).map { reviewLitigation($0, template: hint ?? requests.table?.template ?? .v2021, settings: settings) }
            ?? missing(.reviewLitigation, 4)
        return (proactive, requests, review)
    }

    // MARK: Template detection and vocabulary

    static let proactive2019Words = ["新制作", "新公开", "对外公开总数", "上一年项目", "集中采购", "对外管理服务"]
    static let proactive2021Words = ["制发件数", "废止件数", "现行有效", "收费金额"]

    /// 2019 when the table prints more 2019-only words than 2021-only ones, or (with none) 22 values.
    static func proactiveTemplate(_ region: StreamRegion) -> TemplateVersion {
        let text = region.labels.string
        let old = proactive2019Words.filter { TextSearch.contains(text, $0) }.count
        let new = proactive2021Words.filter { TextSearch.contains(text, $0) }.count
        if old != new { return old > new ? .v2019 : .v2021 }
        let count2019 = TemplateRows.proactiveRows(.v2019).reduce(0) { $0 + $1.columns.count }
        return region.values.count == count2019 ? .v2019 : .v2021
    }

    /// 2021 when a （六） sub-row is printed; 2019 (single `other` row) when （六）其他处理 alone is; else by count.
    static func requestTemplate(_ region: StreamRegion, settings: StreamTableSettings) -> (TemplateVersion, singleOther: Bool) {
        let text = region.labels.characters
        let printed = { (row: RowDefinition) in
            !RowMatcher.occurrences(of: row, in: text, window: settings.labelWordWindow).isEmpty
        }
        if TemplateRows.requestRowsOther2021.contains(where: printed) { return (.v2021, false) }
        if printed(TemplateRows.requestRowOther2019) { return (.v2019, true) }
        let count2019 = TemplateRows.requestRows(.v2019).count * TemplateRows.requestColumns.count
        return region.values.count == count2019 ? (.v2019, true) : (.v2021, false)
    }

    /// 万元 or 元 when the procurement amount's header names it.
    static func procurementUnit(_ folded: String) -> String? {
        if TextSearch.contains(folded, "金额(万元)") || TextSearch.contains(folded, "金额(单位:万元)") { return "万元" }
        if TextSearch.contains(folded, "金额(元)") || TextSearch.contains(folded, "金额(单位:元)") { return "元" }
        return nil
    }

    /// Folded parent labels and header words of section 三.
    static let requestFragments: [String] = (["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理",
                                              "申请人情况", "法人或其他组织"] + TemplateRows.requestColumns.map(\.label))
        .map(Normalizer.fold)

    /// Characters of section 三's group labels (三、本年度办理结果, （三）不予公开 …), printed one per line beside their rows.
    static let requestParentCharacters = Set(requestFragments.prefix(5).joined())

    /// Folded group labels and header words of section 二.
    static let proactiveFragments: [String] = (["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                                                "第二十条第（九）项", "信息内容"]
        + TemplateVersion.allCases.flatMap { TemplateRows.proactiveRows($0).flatMap { $0.columns.map(\.label) } })
        .map(Normalizer.fold)

    static func reading(_ placement: StreamRowPlacement, template: TemplateVersion) -> TableReading {
        let (rows, warnings) = placement.rows()
        guard !rows.isEmpty else {
            let notFound = ExtractionWarning(code: "table_missing",
                                             message: "no row of the \(placement.kind.rawValue) table could be read from the text",
                                             table: placement.kind.rawValue)
            return TableReading(table: nil, warnings: [notFound] + warnings)
        }
        return TableReading(table: Table(kind: placement.kind, template: template, rows: rows), warnings: warnings)
    }
}
