import Foundation

/// A token prepared for table reading: its text, box and page, whether it reads as a cell value,
/// and its folded text for label matching. Pieces come from any `Token` source (PDF, plain text, OCR).
struct TablePiece: Hashable, Sendable {
    var text: String
    var box: Box
    var page: Int
    /// The cell value the text reads as (a number or a placeholder), or nil for label text.
    var value: CellValue?
    /// `Normalizer.fold(text)` for label text, the only text matched against words; empty for a value.
    var folded: String
    /// True when the geometry is a character grid (plain text), where a CJK character is one column.
    var grid: Bool
    /// True when the box is an estimate, neither end a glyph's (cells glued into one token and cut apart,
    /// `—1——`): such a piece is placed in its column but shows no column's position or alignment. Label
    /// text cut off a line's start (`1.属于` of `果（1.属于`) has its left end estimated.
    var estimated = false
    /// True for a number cut off a token of glued cells where its glyphs stand apart (`NumberGaps`: `199`
    /// of `199444`, printed `199 44 4`): one cell's, never cut again across columns.
    var oneCell = false

    init(text: String, box: Box, page: Int, grid: Bool = false) {
        self.text = text; self.box = box; self.page = page; self.grid = grid
        self.value = CellValue.parse(text)
        self.folded = value == nil ? Normalizer.fold(text) : ""
    }

    init(_ token: Token, grid: Bool) { self.init(text: token.text, box: token.box, page: token.page, grid: grid) }

    var token: Token { Token(text: text, box: box, page: page) }

    /// True when the piece prints at least one digit (a number, not a placeholder).
    var isNumber: Bool { value.map { !$0.isPlaceholder } ?? false }

    /// The right edge of the text, less a full-width punctuation mark it ends in (费用、): the mark may hang
    /// past a label column into the first column of numbers, so it does not mark where the column ends.
    var columnRight: Double {
        guard let last = text.last, last.isPunctuation, TextLines.displayWidth(last) > 1, text.count > 1 else { return box.x1 }
        return TablePieces.subBox(of: token, from: 0, to: text.count - 1, grid: grid).x1
    }
}

/// Turns the tokens of table lines into `TablePiece`s, repairing what extraction glued together.
enum TablePieces {
    /// Given lines, return their pieces in reading order (page, top, left), with glued tokens split:
    /// at spaces around a number or a symbol placeholder (`0 12`, `— 3`), and before a numbered item
    /// glued to a cut group label (`（三）不4.保护第三方合法权益` → `（三）不` + `4.保护第三方合法权益`).
    static func pieces(of lines: [TextLine], settings: TableSettings) -> [TablePiece] {
        var result: [TablePiece] = []
        let grid = isGrid(lines.flatMap(\.tokens))
        // Numbers whose every digit stands apart (`2 3`: two cells, or one number letter-spaced): read once the
        // table's digit width is known (`NumberGaps`).
        var spaced: [(token: Token, gaps: [Int])] = []
        for line in lines {
            var gaps: [Int: [Int]]?   // read once a number token of the line needs them
            for (t, whole) in line.tokens.enumerated() {
                func gapsOfToken() -> [Int]? {
                    if gaps == nil { gaps = NumberGaps.inside(line) }
                    return gaps?[t]
                }
                // A symbol placeholder standing apart from a number beside it (`1259166/`, printed `1259 166 /`):
                // cells of their own, each part read on as a token.
                let cut: [(token: Token, start: Int)] = settings.cutNumbersAtGaps && !grid && NumberGaps.mayHoldApartPlaceholder(whole.text)
                    ? gapsOfToken().map { NumberGaps.cutAtApartPlaceholders(whole, gaps: $0) } ?? [(whole, 0)] : [(whole, 0)]
                for (token, start) in cut {
                    func gapsInside() -> [Int]? {
                        guard let all = gapsOfToken() else { return nil }
                        let count = token.text.unicodeScalars.count
                        let inner = all.filter { $0 > start && $0 < start + count }.map { $0 - start }
                        return inner.isEmpty ? nil : inner
                    }
                    if cut.count > 1, CellValue.parse(token.text)?.isPlaceholder == true {
                        var piece = TablePiece(token, grid: grid)
                        piece.estimated = true
                        result.append(piece)
                    } else if settings.cutNumbersAtGaps, !grid, NumberGaps.isNumberRun(token.text), let inside = gapsInside() {
                        if NumberGaps.everyDigitApart(token.text, gaps: inside) {
                            spaced.append((token, inside))
                        } else {
                            result += NumberGaps.pieces(token, gaps: inside)
                        }
                    } else if settings.splitGluedLabels && mayNeedSplit(token.text) {
                        let parts = split(token, grid: grid).map { TablePiece($0, grid: grid) }
                        // A placeholder cut off a label's end (`法案卷-`) has an estimated place: it shapes no column;
                        // so has label text cut off a line's start (`果（` + `1.属于`: `LabelColumns.itemsAtEdges`).
                        let glued = parts.count > 1 && parts.contains { $0.value == nil }
                        for (p, var part) in parts.enumerated() {
                            if glued, part.value?.isPlaceholder == true || part.value == nil, part.box.x0 > token.box.x0 {
                                part.estimated = true
                            }
                            // A number glued to the label whose glyphs stand apart inside it (`54 8`): cells of
                            // neighbouring columns, cut as a number token of its own would be.
                            if glued, p == parts.count - 1, settings.cutNumbersAtGaps, !grid, NumberGaps.isNumberRun(part.text),
                               let all = gapsInside(), let inside = NumberGaps.tail(part.text, of: token.text, gaps: all) {
                                if NumberGaps.everyDigitApart(part.text, gaps: inside) {
                                    spaced.append((part.token, inside))
                                } else {
                                    result += NumberGaps.pieces(part.token, gaps: inside)
                                }
                                continue
                            }
                            result.append(part)
                        }
                    } else {
                        result.append(TablePiece(token, grid: grid))
                    }
                }
            }
        }
        if !spaced.isEmpty {
            let width = ColumnFinder.digitWidth(of: result)
            for s in spaced { result += NumberGaps.pieces(s.token, gaps: s.gaps, digitWidth: width) }
        }
        // Indices are sorted rather than the pieces: the same comparisons give the same order, and no
        // piece (three strings) is moved or copied on the way.
        let keys = result.map { ($0.page, $0.box.y0, $0.box.x0) }
        return result.indices.sorted { keys[$0] < keys[$1] }.map { result[$0] }
    }

    /// False when `split(_:grid:)` certainly returns the token whole (most tokens): no space to split at,
    /// no item prefix and no number glued to its end.
    static func mayNeedSplit(_ text: String) -> Bool {
        text.utf8.contains(0x20) || mayHoldItemPrefix(text) || mayEndInGluedNumber(text)
    }

    /// Given a token, return it split into parts (see `pieces(of:settings:)`), boxes estimated by width.
    static func split(_ token: Token, grid: Bool) -> [Token] {
        var parts: [Token] = []
        for part in splitAtSpaces(token, grid: grid) {
            for piece in splitAtItemPrefix(part, grid: grid) { parts += splitTrailingNumber(piece, grid: grid) }
        }
        return parts
    }

    /// True when tokens sit on a character grid (synthetic plain-text geometry): one height for all,
    /// and every left edge a whole number of the narrowest character's width.
    static func isGrid(_ tokens: [Token]) -> Bool {
        guard let height = tokens.first?.box.height,
              tokens.allSatisfy({ abs($0.box.height - height) < 1e-6 }) else { return false }
        // The narrowest one-character token (counted on scalars when exact), without copying the tokens.
        var cell = Double.infinity
        for token in tokens where CharacterClass.characterCount(token.text) == 1 { cell = min(cell, token.box.width) }
        guard cell > 0, cell < .infinity else { return false }
        return tokens.allSatisfy { t in
            let k = t.box.x0 / cell
            return abs(k - k.rounded()) < 1e-6
        }
    }

    /// Splits at spaces, keeping label words together: a part is cut off only when it is a number or
    /// a placeholder made of symbols, so `（四）无 法 提 供` stays whole while `12 0 —` becomes three.
    static func splitAtSpaces(_ token: Token, grid: Bool) -> [Token] {
        // Without a space byte there is no " " character to split at (most tokens: PDF tokens never hold one).
        guard token.text.utf8.contains(0x20) else { return [token] }
        let words = token.text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 1 else { return [token] }
        func standsAlone(_ w: Substring) -> Bool {
            guard let v = CellValue.parse(String(w)) else { return false }
            return !v.isPlaceholder || !w.contains(where: isCJK)
        }
        var groups: [(text: String, start: Int, end: Int)] = []   // character offsets into token.text
        var offset = 0
        let chars = Array(token.text)
        var index = 0
        var previousAlone = true
        for word in words {
            while index < chars.count && chars[index] == " " { index += 1 }
            let start = index
            index += word.count
            offset = index
            let alone = standsAlone(word)
            if alone || previousAlone || groups.isEmpty {
                groups.append((String(word), start, offset))
            } else {
                groups[groups.count - 1].text += " " + word
                groups[groups.count - 1].end = offset
            }
            previousAlone = alone
        }
        guard groups.count > 1 else { return [token] }
        return groups.map { g in
            Token(text: g.text, box: subBox(of: token, from: g.start, to: g.end, grid: grid), page: token.page)
        }
    }

    /// Splits before each numbered item glued behind other label text, the mark of a cut group label
    /// glued to its first child row (or of a group column one character wide, its characters glued to
    /// the child labels beside them): an Arabic-numbered item (`4.`, `4．`) after a CJK character, a space
    /// or a bracket (`（三）不4.保护…`, `（1.属于…`), and a bracketed numeral item (`（二）`) after a CJK character
    /// (`度办理结（二）部分公开…`; a reference `第（一）项` is no item).
    static func splitAtItemPrefix(_ token: Token, grid: Bool) -> [Token] {
        guard mayHoldItemPrefix(token.text) else { return [token] }
        let chars = Array(token.text)
        var cuts: [Int] = []
        var i = 1
        while i < chars.count - 1 {
            if itemStarts(at: i, in: chars) { cuts.append(i) }
            i += 1
        }
        guard !cuts.isEmpty else { return [token] }
        var parts: [Token] = []
        var from = 0
        for cut in cuts + [chars.count] {
            let text = String(chars[from..<cut]).trimmingSpaces()
            if !text.isEmpty {
                parts.append(Token(text: text, box: subBox(of: token, from: from, to: cut, grid: grid), page: token.page))
            }
            from = cut
        }
        return parts.count > 1 ? parts : [token]
    }

    /// True when a numbered item glued behind other text starts at `chars[i]` (see `splitAtItemPrefix`).
    private static func itemStarts(at i: Int, in chars: [Character]) -> Bool {
        // Characters compared on their scalars where they can be (`CharacterClass.isOneOf`): this runs on
        // every character of every label line that may hold an item.
        func isDigit(_ ch: Character) -> Bool { CharacterClass.plainScalar(ch).map { (0x30...0x39).contains($0) } ?? false }
        let before = chars[i - 1]
        if isDigit(chars[i]) && (isCJK(before) || CharacterClass.isOneOf(before, " ）)（(")) {
            var j = i
            while j < chars.count && isDigit(chars[j]) { j += 1 }
            // The item's words follow, or the line ends after its mark (`（1.` / `三属于`: wrapped in a narrow column).
            return j < chars.count && CharacterClass.isOneOf(chars[j], ".．、") && (j == chars.count - 1 || isCJK(chars[j + 1])) && j - i <= 2
        }
        if CharacterClass.isOneOf(chars[i], "（(") && isCJK(before) && !CharacterClass.isOneOf(before, "第") {
            var j = i + 1
            while j < chars.count && CharacterClass.isOneOf(chars[j], numerals) { j += 1 }
            // The item goes on with its words, or with a value glued to it (`三、（一）79`).
            return j > i + 1 && j - i <= 3 && j < chars.count && CharacterClass.isOneOf(chars[j], "）)")
                && (j + 1 == chars.count || (isCJK(chars[j + 1]) && !CharacterClass.isOneOf(chars[j + 1], "项"))
                    || isDigit(chars[j + 1]))
        }
        return false
    }

    /// `LabelAnchors.numerals` as one string, for `CharacterClass.isOneOf`, with the Kangxi radicals printed
    /// for some of them (⼀ ⼆ ⼋ ⼗: the text is not folded here, `三、(⼀)予以`).
    private static let numerals = String(LabelAnchors.numerals) + "\u{2F00}\u{2F06}\u{2F0B}\u{2F17}"

    /// Splits a number glued to the end of a label (`…不计其他情形）224`, `…区分处理的，1`, `3.危及“10`): digits
    /// after a CJK character, a bracket or quote, a full-width comma or stop, with no space between (a narrow gap the
    /// line builder did not cut); so too a
    /// slash placeholder or a run of dashes after a CJK character or a closing quote or bracket (`1.属/`, `类过—`,
    /// `法案卷-`, `一稳定”/`).
    static func splitTrailingNumber(_ token: Token, grid: Bool) -> [Token] {
        guard mayEndInGluedNumber(token.text) else { return [token] }
        let chars = Array(token.text)
        if let last = chars.last, "/／—–－-".contains(last) {
            // A placeholder: a slash, or a run of dashes (`类过—`, `法案卷-`: the first column's zero glued to a
            // label line).
            var start = chars.count - 1
            while last != "/", last != "／", start > 0, chars[start - 1] == last { start -= 1 }
            // After a label's last character or its closing quote or bracket (`3.危及“三安全一稳定”/`).
            guard start >= 1, isCJK(chars[start - 1]) || "”）)」".contains(chars[start - 1]) else { return [token] }
            return [Token(text: String(chars[..<start]), box: subBox(of: token, from: 0, to: start, grid: grid), page: token.page),
                    Token(text: String(chars[start...]), box: subBox(of: token, from: start, to: chars.count, grid: grid), page: token.page)]
        }
        // Digits ASCII or full-width (`（七）总计４８`).
        func isDigit(_ ch: Character) -> Bool { (ch.isASCII && ch.isNumber) || ("０"..."９").contains(ch) }
        var start = chars.count
        while start > 0, isDigit(chars[start - 1]) || ",.".contains(chars[start - 1]) { start -= 1 }
        while start < chars.count, !isDigit(chars[start]) { start += 1 }
        guard start > 0, start < chars.count else { return [token] }
        // Placeholders glued before the number, cells of the columns before it (`秘密——1`: — — 1).
        var marks = start
        while marks > 0, "—–－-/／".contains(chars[marks - 1]) { marks -= 1 }
        if marks < start, marks > 0, isCJK(chars[marks - 1]), chars[start...].allSatisfy(isDigit) {
            return [Token(text: String(chars[..<marks]), box: subBox(of: token, from: 0, to: marks, grid: grid), page: token.page),
                    Token(text: String(chars[marks...]), box: subBox(of: token, from: marks, to: chars.count, grid: grid), page: token.page)]
        }
        let before = chars[start - 1]
        guard isCJK(before) || "）)」”“，、：；".contains(before), CellValue.parse(String(chars[start...])) != nil else { return [token] }
        return [Token(text: String(chars[..<start]), box: subBox(of: token, from: 0, to: start, grid: grid), page: token.page),
                Token(text: String(chars[start...]), box: subBox(of: token, from: start, to: chars.count, grid: grid), page: token.page)]
    }

    /// True unless the text certainly holds no item prefix to split at: that needs an ASCII digit after a
    /// space, `(`, `)` or a non-ASCII character (whose last UTF-8 byte is 80–BF), followed (not necessarily
    /// next) by one of `.．、`, or a bracket `（` `(` after a non-ASCII character; checked on UTF-8 bytes
    /// (`．` is EF BC 8E, `、` E3 80 81, `（` EF BC 88).
    static func mayHoldItemPrefix(_ text: String) -> Bool {
        var digit = false
        var previous: (UInt8, UInt8) = (0, 0)
        var count = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if previous.1 == 0x20 || previous.1 == 0x28 || previous.1 == 0x29 || (0x80...0xBF).contains(previous.1) {
                    digit = true
                }
            } else if digit && (byte == 0x2E || (byte == 0x8E && previous == (0xEF, 0xBC)) || (byte == 0x81 && previous == (0xE3, 0x80))) {
                return true
            } else if byte == 0x28 && (0x80...0xBF).contains(previous.1) {
                return true
            } else if byte == 0x88 && previous == (0xEF, 0xBC) && count > 3 {
                return true
            }
            previous = (previous.1, byte)
            count += 1
        }
        return false
    }

    /// True unless the text certainly has no number glued to its end: that needs a last scalar that is
    /// an ASCII digit, `,` or `.`, and some scalar that is none of these (a bare number is not split), or
    /// a last scalar `/`, `-`, `／` (EF BC 8F), a dash or a full-width digit after other text.
    static func mayEndInGluedNumber(_ text: String) -> Bool {
        func numeric(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || byte == 0x2C || byte == 0x2E }
        let utf8 = text.utf8
        guard let last = utf8.last else { return false }
        if last == 0x2F || last == 0x2D { return utf8.count > 3 }
        // ／ (EF BC 8F), — (E2 80 94), – (E2 80 93), － (EF BC 8D) after a character (bytes read in place).
        if utf8.count > 3 {
            let first = utf8.index(utf8.endIndex, offsetBy: -3)
            let tail = (utf8[first], utf8[utf8.index(after: first)], last)
            if tail == (0xEF, 0xBC, 0x8F) || tail == (0xE2, 0x80, 0x94) || tail == (0xE2, 0x80, 0x93) || tail == (0xEF, 0xBC, 0x8D) {
                return true
            }
            // A full-width digit (EF BC 90–99) after a character.
            if tail.0 == 0xEF, tail.1 == 0xBC, (0x90...0x99).contains(last) { return true }
        }
        guard numeric(last) else { return false }
        return text.utf8.contains { !numeric($0) }
    }

    /// One token per character, boxes estimated by display width (CJK two units, others one).
    static func characters(of piece: TablePiece) -> [Token] {
        let chars = Array(piece.text)
        let widths = chars.map { width(of: $0, grid: piece.grid) }
        let total = widths.reduce(0, +)
        var tokens: [Token] = []
        tokens.reserveCapacity(chars.count)
        var before = 0.0
        for (ch, width) in zip(chars, widths) {
            if ch != " " {
                tokens.append(Token(text: String(ch), box: subBox(of: piece.box, before: before, inside: width, total: total),
                                    page: piece.page))
            }
            before += width
        }
        return tokens
    }

    /// `unsigned(_:)` over a table's pieces: the same array when no piece may need it (most tables).
    static func unsigned(_ pieces: [TablePiece]) -> [TablePiece] {
        guard pieces.contains(where: mayGlueMarks) else { return pieces }
        let dashes = dashesPerCell(pieces)
        return pieces.flatMap { unsigned($0, dashesPerCell: dashes) }
    }

    /// How many em dashes one cell's placeholder prints: 2 when the table's placeholders that stand alone
    /// are `——` (the Chinese dash) and none is a lone `—`, else 1. A run of dashes glued across cells is cut
    /// into cells of that many.
    static func dashesPerCell(_ pieces: [TablePiece]) -> Int {
        var double = false
        for piece in pieces where piece.value?.isPlaceholder == true && !piece.estimated {
            if piece.text == "—" { return 1 }
            if piece.text == "——" { double = true }
        }
        return double ? 2 : 1
    }

    /// False when `unsigned(_:)` certainly returns the piece whole: a number that is not negative, or text
    /// that is not all marks, 不适用's characters and digits with a mark among them (a label fails at its
    /// first character).
    static func mayGlueMarks(_ piece: TablePiece) -> Bool {
        if let value = piece.value, value.value >= 0 || value.isPlaceholder { return false }
        var mark = false
        for scalar in piece.text.unicodeScalars {
            if markScalars.contains(scalar) { mark = true; continue }
            let v = scalar.value
            guard CharacterClass.isDigit(scalar) || v == 0x2C || v == 0x2E else { return false }
        }
        return mark
    }

    /// Numbers and placeholders glued into one token cut apart (`—1` → `—` `1`, `3—` → `3` `—`,
    /// `—1——` → `—` `1` `——`, `1无38` → `1` `无` `38`, `/１` → `/` `１`; a run of three or more dashes `———`,
    /// or of 无 or slashes, is that many cells, or half as many in a table printing `——` for its zeros,
    /// `dashesPerCell`; `15不适用` → `15` `不适用`): for a table whose cells are never negative (section 三), where placeholders and
    /// numbers printed in narrow neighbouring columns come out as one token (read as a negative number, or
    /// as no value at all). Other pieces are returned whole.
    static func unsigned(_ piece: TablePiece, dashesPerCell: Int = 1) -> [TablePiece] {
        // Only marks and digits, a mark among them (`mayGlueMarks`), two characters or more.
        guard mayGlueMarks(piece) else { return [piece] }
        let marks = Self.marks
        let chars = Array(piece.text)
        guard chars.count >= 2 else { return [piece] }
        // Each 不适用 is a part of its own (`15不适用`: a number and its neighbour's placeholder); between them,
        // runs of digits and of marks.
        var runs: [Range<Int>] = []
        var start = 0
        for word in wordPlaceholders(in: chars) + [chars.count..<chars.count] {
            if start < word.lowerBound { runs += markRuns(chars[start..<word.lowerBound], dashesPerCell: dashesPerCell) }
            if !word.isEmpty { runs.append(word) }
            start = word.upperBound
        }
        func isMark(_ run: Range<Int>) -> Bool { marks.contains(chars[run.lowerBound]) || chars[run.lowerBound] == "不" }
        guard runs.count >= 2, runs.allSatisfy({ run in
            isMark(run) || CellValue.parse(String(chars[run])).map { !$0.isPlaceholder && $0.value >= 0 } == true
        }) else { return [piece] }
        // Two parts keep the token's ends; of more, where the inner ones were printed is a guess, and so is
        // where a run of dashes is (one cell's `——`, or one dash in each of two cells).
        func estimated(_ run: Range<Int>) -> Bool { runs.count > 2 || (run.count > 1 && marks.contains(chars[run.lowerBound])) }
        // They sat in neighbouring cells, gaps between them: each part keeps its own width (a digit about half
        // the text's height, a full-width dash or 无 the whole height), the first and last the ends of the
        // box, the gaps shared out evenly.
        let box = piece.box
        let widths = runs.map { run in
            chars[run].reduce(0) { $0 + ("—－无／不适用".contains($1) || fullWidthDigits.contains($1) ? box.height : 0.55 * box.height) }
        }
        let total = widths.reduce(0, +)
        guard !piece.grid, total < box.width else {
            let token = piece.token
            return runs.map { run in
                var part = TablePiece(subToken(token, from: run.lowerBound, to: run.upperBound, grid: piece.grid), grid: piece.grid)
                part.estimated = estimated(run)
                return part
            }
        }
        let gap = (box.width - total) / Double(runs.count - 1)
        var x = box.x0
        return runs.indices.map { r in
            defer { x += widths[r] + gap }
            var part = TablePiece(text: String(chars[runs[r]]), box: Box(x0: x, y0: box.y0, x1: x + widths[r], y1: box.y1), page: piece.page)
            part.estimated = estimated(runs[r])
            return part
        }
    }

    /// Runs of digits and of marks in `chars`, as character ranges: a run of 无 or slashes one part per mark, of
    /// three or more em dashes one part per cell's dashes (an even run when cells print two).
    private static func markRuns(_ chars: ArraySlice<Character>, dashesPerCell: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = chars.startIndex
        for i in (start + 1)...chars.endIndex where i == chars.endIndex || marks.contains(chars[i]) != marks.contains(chars[start])
            || singles.contains(chars[i]) || singles.contains(chars[start]) {
            if marks.contains(chars[start]), singles.contains(chars[start]) {
                runs += (start..<i).map { $0..<($0 + 1) }
            } else if i - start >= 3, chars[start..<i].allSatisfy({ $0 == "—" }) {
                let width = (i - start) % dashesPerCell == 0 ? dashesPerCell : 1
                runs += stride(from: start, to: i, by: width).map { $0..<($0 + width) }
            } else {
                runs.append(start..<i)
            }
            start = i
        }
        return runs
    }

    /// Where `chars` print the placeholder 不适用, as character ranges.
    private static func wordPlaceholders(in chars: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i + 3 <= chars.count {
            if chars[i] == "不", chars[i + 1] == "适", chars[i + 2] == "用" { ranges.append(i..<(i + 3)); i += 3 } else { i += 1 }
        }
        return ranges
    }

    /// The placeholder marks `unsigned` cuts at (dashes, slashes and 无), as characters and as scalars (each
    /// is one scalar); those that are one cell each however many are glued (`无无`, `//`); full-width digits.
    private static let marks: Set<Character> = ["-", "－", "−", "—", "–", "无", "/", "／"]
    private static let markScalars = Set(marks.flatMap(\.unicodeScalars) + "不适用".unicodeScalars)
    private static let singles: Set<Character> = ["无", "/", "／"]
    private static let fullWidthDigits = Set("０１２３４５６７８９")

    /// Characters `from..<to` of a token, with their estimated box.
    static func subToken(_ token: Token, from: Int, to: Int, grid: Bool) -> Token {
        Token(text: String(Array(token.text)[from..<to]), box: subBox(of: token, from: from, to: to, grid: grid), page: token.page)
    }

    /// The estimated box of characters `from..<to` of a token, sharing its width out by character
    /// width: a CJK character is two digits wide in a PDF, one on a character grid (plain text).
    static func subBox(of token: Token, from: Int, to: Int, grid: Bool) -> Box {
        let widths = token.text.map { width(of: $0, grid: grid) }
        let total = widths.reduce(0, +)
        guard total > 0, from < to, to <= widths.count else { return token.box }
        return subBox(of: token.box, before: widths[..<from].reduce(0, +), inside: widths[from..<to].reduce(0, +), total: total)
    }

    /// The part of `box` that starts `before` width units in and spans `inside` of `total` units.
    private static func subBox(of box: Box, before: Double, inside: Double, total: Double) -> Box {
        let x0 = box.x0 + box.width * before / total
        return Box(x0: x0, y0: box.y0, x1: x0 + box.width * inside / total, y1: box.y1)
    }

    /// A character's share of its token's width: 2 for a wide (CJK) character in a PDF, else 1.
    private static func width(of ch: Character, grid: Bool) -> Double {
        TextLines.displayWidth(ch) > 1 && !grid ? 2.0 : 1.0
    }

    static func isCJK(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first else { return false }
        return (0x2E80...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }

    /// The median height of the pieces (the reader's length unit), or `fallback` when there are none.
    static func unit(of pieces: [TablePiece], fallback: Double = 10) -> Double {
        let heights = pieces.map(\.box.height).filter { $0 > 0 }.sorted()
        return heights.isEmpty ? fallback : heights[heights.count / 2]
    }
}
