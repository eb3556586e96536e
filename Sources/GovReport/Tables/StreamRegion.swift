import Foundation

/// A cell value found in flattened table text, in stream order.
struct StreamValue: Hashable, Sendable {
    var token: Token
    var value: CellValue
    /// The text as printed (number and any unit token glued back).
    var printed: String
    /// Index of its line in `StreamRegion.lines`.
    var line: Int
    /// A bare number alone on the first or last line of a page: maybe a page number, maybe a cell.
    var mayBePageNumber: Bool

    /// The cell this value fills.
    func cell(unit fallbackUnit: String? = nil) -> Cell {
        Cell(value: value.value, printed: printed, page: token.page, box: token.box, unit: value.unit ?? fallbackUnit)
    }
}

/// The lines of one section's table split into cell values and label text, ready for a stream reader.
///
/// Narrative lines (with 。), page numbers and the template's R1 note are dropped; a token is a value
/// only in the trailing run of values of its line, so numbers inside sentences or labels are not taken.
struct StreamRegion: Sendable {
    /// Per line: label tokens and the indices of its values.
    struct Line: Sendable {
        var text: TextLine
        var labelTokens: [Token]
        var values: [Int]
        /// True when the line carried nothing for the table (blank, page number, narrative, note).
        var isBreak: Bool
    }

    var lines: [Line] = []
    var values: [StreamValue] = []
    var labels = LabelText()
    /// The label text without the pieces of group labels (`groupLabels`) that open a line or stand alone on
    /// one: the child rows' words the group label's column broke apart join up again. Nil without group labels.
    var childLabels: LabelText?

    /// The template's note in the corner of section 三, folded.
    static let note = Normalizer.fold("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")

    /// - Parameters:
    ///   - lines: the section's lines; its heading, when first, is skipped.
    ///   - anchors: folded words of a header or note line; the table starts at the first short line holding
    ///     one (or at the first line when none does).
    ///   - vocabulary: folded label texts of the table, used to tell a label character 无 from the placeholder.
    ///   - parentCharacters: characters of the table's group labels; see `droppingStackedParents`.
    ///   - groupLabels: folded group labels printed in a column of their own beside their rows (三、本年度办理结果,
    ///     （三）不予公开 …); see `childLabels`.
    ///   - footersInside: a page's number printed among its last lines may be its footer (`pageNumberLines`),
    ///     for a table long enough to run over pages (section 三), whose arithmetic checks what is left out.
    init(lines source: [TextLine], anchors: [String], vocabulary: [String], parentCharacters: Set<Character> = [],
         groupLabels: [String] = [], footersInside: Bool = false, settings: StreamTableSettings) {
        var all = source
        if let first = all.first, SectionHeadings.sectionNumber(ofHeading: first.text) != nil { all.removeFirst() }
        let start = all.firstIndex { line in
            let folded = Normalizer.fold(line.text)
            return folded.count <= settings.maxAnchorLineLength && anchors.contains { TextSearch.contains(folded, $0) }
        } ?? 0
        let region = Array(all[start...])
        var edges = Self.pageEdgeLines(region)
        if footersInside { edges.formUnion(Self.pageNumberLines(region, within: settings.pageFootLines)) }
        for (index, line) in region.enumerated() {
            let folded = Normalizer.fold(line.text)
            if folded.isEmpty || PageFurniture.isDecoratedPageNumber(folded) || TextSearch.contains(folded, "。") {
                lines.append(Line(text: line, labelTokens: [], values: [], isBreak: true))
                continue
            }
            let (labelTokens, lineValues) = Self.split(line, vocabulary: vocabulary, previous: index > 0 ? region[index - 1] : nil,
                                                       next: region[(index + 1)...])
            var indices: [Int] = []
            for var value in lineValues {
                value.line = index
                value.mayBePageNumber = edges.contains(index) && lineValues.count == 1 && labelTokens.isEmpty
                    && value.value.unit == nil && !value.value.isPlaceholder && value.printed.allSatisfy(\.isNumber)
                indices.append(values.count)
                values.append(value)
            }
            let kept = labelTokens.filter { !Self.isNoteFragment(Normalizer.fold($0.text)) }
            lines.append(Line(text: line, labelTokens: kept, values: indices, isBreak: kept.isEmpty && indices.isEmpty))
        }
        droppingStackedParents(parentCharacters)
        for (index, line) in lines.enumerated() {
            for (t, token) in line.labelTokens.enumerated() { labels.append(token.text, line: index, token: t) }
        }
        if !groupLabels.isEmpty { childLabels = labelsWithout(groupLabels) }
    }

    /// The label text without a line's first label token when it is a piece of a group label (`（三）不`,
    /// `予公开`, `度办理结`: plain `pdftotext` prints the group label's column and the child labels' column
    /// line by line, `（三）不 1.属于国` / `予公开` / `家秘密`).
    private func labelsWithout(_ groupLabels: [String]) -> LabelText {
        var text = LabelText()
        for (index, line) in lines.enumerated() {
            for (t, token) in line.labelTokens.enumerated() {
                let folded = Normalizer.fold(token.text)
                if t == 0, !folded.isEmpty, groupLabels.contains(where: { $0.contains(folded) }) { continue }
                text.append(token.text, line: index, token: t)
            }
        }
        return text
    }

    /// A group label printed one character per line beside its rows (三 / 、 / 本 / 年 …, （ / 三 / ） / 不 …)
    /// comes out of plain `pdftotext` glued before the rows' label lines (`三 （一）予`, `、 以公开`): on two or
    /// more lines in a row that each open with such a character standing alone before more label text, the
    /// character is left out of the label text, so the row's words join up again (（一）予以公开).
    private mutating func droppingStackedParents(_ characters: Set<Character>) {
        guard !characters.isEmpty else { return }
        let opens = lines.map { line -> Bool in
            guard line.labelTokens.count >= 2, let first = line.labelTokens.first else { return false }
            let folded = Normalizer.fold(first.text)
            return folded.count == 1 && folded.allSatisfy(characters.contains)
        }
        for i in lines.indices where opens[i] && (i > 0 && opens[i - 1] || i + 1 < lines.count && opens[i + 1]) {
            lines[i].labelTokens.removeFirst()
        }
    }

    /// True when most values stand alone on their lines and a blank line stands between two of them: the
    /// text cuts the table into blocks (plain `pdftotext`: a cell or a column of cells per paragraph), whose
    /// order need not be the table's. `-raw` text prints no blank lines, `-layout` text a row per line.
    var valuesInBlocks: Bool {
        let valueLines = lines.filter { !$0.values.isEmpty }
        guard valueLines.filter({ $0.values.count == 1 }).count * 2 > valueLines.count else { return false }
        return zip(values, values.dropFirst()).contains { a, b in
            a.line < b.line && lines[(a.line + 1)..<b.line].contains { $0.isBreak && $0.text.text.isEmpty }
        }
    }

    /// The values in stream order, leaving out possible page numbers when that makes the count `expected`.
    func values(fitting expected: Int) -> [StreamValue]? {
        if values.count == expected { return values }
        let kept = values.filter { !$0.mayBePageNumber }
        return kept.count == expected ? kept : nil
    }

    // MARK: Line classification

    /// Given one line, return its label tokens and its trailing run of cell values.
    static func split(_ line: TextLine, vocabulary: [String], previous: TextLine? = nil,
                      next: ArraySlice<TextLine>) -> ([Token], [StreamValue]) {
        let tokens = line.tokens
        var values: [StreamValue] = []
        var end = tokens.count
        while end > 0 {
            let token = tokens[end - 1]
            // A unit printed apart from its number ("251000 元").
            if end >= 2, CellValue.units.contains(Normalizer.normalize(token.text)),
               let number = CellValue.parse(tokens[end - 2].text), !number.isPlaceholder {
                var value = number
                value.unit = Normalizer.normalize(token.text)
                let merged = Token(text: tokens[end - 2].text + token.text, box: tokens[end - 2].box.union(token.box),
                                   page: token.page)
                values.insert(StreamValue(token: merged, value: value, printed: merged.text, line: 0, mayBePageNumber: false), at: 0)
                end -= 2
                continue
            }
            guard let value = CellValue.parse(token.text) else { break }
            if value.isPlaceholder, token.text.unicodeScalars.contains(where: { $0.value >= 0x3400 }),
               opensLabel(token.text, before: end >= 2 ? tokens[end - 2].text : nil, above: previous?.tokens.last?.text,
                          after: end < tokens.count ? [tokens[end].text] : nil,
                          alone: end == tokens.count && (end < 2 || CellValue.parse(tokens[end - 2].text) == nil), next: next,
                          vocabulary: vocabulary) {
                break
            }
            values.insert(StreamValue(token: token, value: value, printed: token.text, line: 0, mayBePageNumber: false), at: 0)
            end -= 1
        }
        return (Array(tokens[..<end]), values)
    }

    /// True when a placeholder word (无) begins a label (（四）无法提供, 4.无正当理由…) rather than filling a cell:
    /// it follows a bare item prefix on its line (`4. 无`, the label's words wrapped to the next line), or,
    /// its line's only value, it continues as a label of `vocabulary` the closing bracket ending the line
    /// right above (`）` / `无`: a group label （四）无法提供 printed a character per line; a row's first cell after
    /// `…情形）` on its own line is a cell), or the text after it
    /// continues a label of `vocabulary` — the next token on its line (`after`), else the first token of the
    /// next line, or, for a 无 that is its line's only value (`alone`), any token of the next line (`不 正当`,
    /// `年度办 法 2.没有…`: a group label's column printed beside the wrapped words) or, the lines running on
    /// without a blank one, a first token of one character after that (a group label printed a character per
    /// line between a child label's lines: `四）` / `不掌` / `无` / `握相` / `法`). A row's cells ending in 无
    /// before a wrapped label (`无 / 无 / 无 / 无` / `4.无` / `正当`: `-raw` text) are cells.
    static func opensLabel(_ word: String, before: String?, above: String?, after: [String]?, alone: Bool,
                           next: ArraySlice<TextLine>, vocabulary: [String]) -> Bool {
        if let before, case let folded = Normalizer.fold(before), let prefix = LabelColumns.itemPrefix(folded),
           prefix.count == folded.count {
            return true
        }
        if alone, let above, case let folded = Normalizer.fold(above), folded.last == ")",
           case let joined = Normalizer.fold(above + word), vocabulary.contains(where: { TextSearch.contains($0, joined) }) {
            return true
        }
        let nextTokens = next.first { !$0.tokens.isEmpty }?.tokens.map(\.text) ?? []
        var continuations = after ?? (alone ? nextTokens : Array(nextTokens.prefix(1)))
        if after == nil, alone, next.count >= 2, case let lines = Array(next.prefix(2)), lines.allSatisfy({ !$0.tokens.isEmpty }),
           Normalizer.fold(lines[1].tokens[0].text).count == 1 {
            continuations.append(lines[1].tokens[0].text)
        }
        return continuations.contains { piece in
            let joined = Normalizer.fold(word + piece)
            return vocabulary.contains { TextSearch.contains($0, joined) }
        }
    }

    /// Indices of the first and last non-blank lines of each page that another page's line borders.
    static func pageEdgeLines(_ lines: [TextLine]) -> Set<Int> {
        let filled = lines.indices.filter { !lines[$0].text.isEmpty }
        var edges = Set<Int>()
        for (a, b) in zip(filled, filled.dropFirst()) where lines[a].page != lines[b].page {
            edges.insert(a); edges.insert(b)
        }
        return edges
    }

    /// Indices of lines near a page's foot (among its last `within` lines) that print the page's own number
    /// alone, with no value on the lines around them: plain `pdftotext` puts the page's footer (`4`) among the
    /// table's blocks (before a header word such as 总计 printed last), not always at the page's end.
    static func pageNumberLines(_ lines: [TextLine], within: Int) -> Set<Int> {
        var result = Set<Int>()
        for (i, line) in lines.enumerated() where line.tokens.count == 1 && Int(Normalizer.fold(line.text)) == line.page {
            let foot = lines[(i + 1)...].prefix { $0.page == line.page }.count
            let neighbours = [lines[..<i].last { !$0.text.isEmpty }, lines[(i + 1)...].first { !$0.text.isEmpty }]
            let alone = neighbours.allSatisfy { other in
                other.map { $0.tokens.allSatisfy { CellValue.parse($0.text) == nil } } ?? true
            }
            if foot < within, alone { result.insert(i) }
        }
        return result
    }

    /// True for a token that belongs to the template's note （本列数据的勾稽关系为：…）.
    static func isNoteFragment(_ folded: String) -> Bool {
        TextSearch.contains(folded, "勾稽") || (folded.count >= 3 && TextSearch.contains(note, folded))
    }
}

/// Label text of a table region as one folded string, each character remembering its line and token.
struct LabelText: Sendable {
    private(set) var characters: [Character] = []
    private(set) var origins: [(line: Int, token: Int)] = []

    mutating func append(_ text: String, line: Int, token: Int) {
        for ch in Normalizer.fold(text) {
            characters.append(ch)
            origins.append((line, token))
        }
    }

    var string: String { String(characters) }

    /// The offset in this text of the character at `offset` in `other`, a text of the same lines' tokens (some
    /// left out): the same token, the same place in it.
    func offset(of offset: Int, in other: LabelText) -> Int? {
        let origin = other.origins[offset]
        guard let start = other.origins.firstIndex(where: { $0 == origin }),
              let mine = origins.firstIndex(where: { $0 == origin }) else { return nil }
        let result = mine + (offset - start)
        return result < origins.count && origins[result] == origin ? result : nil
    }
}
