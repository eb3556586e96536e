/// Cells of neighbouring columns glued by extraction into one number token (`199444`: the glyphs `199`
/// `44` `4` stand apart, but less than a token's gap; digits drawn apart inside each cell too) are told by
/// the gaps the line's text keeps: it prints a space wherever the glyphs leave a visible gap (`TextLines`).
/// A number whose digits stand apart at some places and touch at others is such cells, cut at those gaps.
///
/// ```swift
/// // line.text "一、本年新收… 199 44 4 / 9 16 272", its tokens `…数量` `199444` `/` `9` `16` `272`
/// NumberGaps.inside(line)                      // [1: [3, 5]]
/// NumberGaps.pieces(line.tokens[1], gaps: [3, 5]).map(\.text)   // ["199", "44", "4"]
/// ```
enum NumberGaps {
    /// Given a PDF line, return for each of its tokens whose glyphs the line's text prints apart the
    /// character (scalar) offsets of those gaps, by token index: inside a number token (digits, `,` and `.`
    /// only, two or more), or anywhere in a token of label text with a number glued to its end (`tail`).
    /// Empty for most lines (no space in the text, or none inside a token); empty too when the text does not
    /// follow the tokens glyph for glyph.
    static func inside(_ line: TextLine) -> [Int: [Int]] {
        guard line.text.utf8.contains(0x20) else { return [:] }
        var result: [Int: [Int]] = [:]
        let text = line.text.unicodeScalars
        var p = text.startIndex
        for (t, token) in line.tokens.enumerated() {
            var gaps: [Int] = []
            for (offset, scalar) in token.text.unicodeScalars.enumerated() {
                var spaced = false
                while p < text.endIndex, text[p] == " " { p = text.index(after: p); spaced = true }
                guard p < text.endIndex, text[p] == scalar else { return [:] }
                if spaced, offset > 0 { gaps.append(offset) }
                p = text.index(after: p)
            }
            if !gaps.isEmpty { result[t] = gaps }
        }
        return result
    }

    /// The pieces of a number token whose glyphs stand apart at `gaps` (character offsets): one per run
    /// between gaps, each `oneCell` with its place estimated, when the digits stand apart at some places and
    /// touch at others (`199444` as `199 44 4`), when the token reads as no number while each run does
    /// (`2,526244` as `2,526 244`), or when every digit stands apart (`23` as `2 3`) by more than a digit's
    /// width (`digitWidth`, the table's): no number is drawn letter-spaced that wide. Else the token whole
    /// (`1 9 9`, letter-spaced).
    static func pieces(_ token: Token, gaps: [Int], digitWidth: Double = 0) -> [TablePiece] {
        let whole = TablePiece(token, grid: false)
        let bytes = Array(token.text.utf8)   // ASCII: one byte a character
        let bounds = [0] + gaps + [bytes.count]
        let runs = bounds.indices.dropLast().map { String(decoding: bytes[bounds[$0]..<bounds[$0 + 1]], as: UTF8.self) }
        // Each run as wide as its characters (a comma or stop half a digit).
        let units = runs.map { $0.utf8.reduce(0.0) { $0 + ($1 == 0x2C || $1 == 0x2E ? 0.5 : 1) } }
        let box = token.box
        let spare = digitWidth > 0 ? (box.width - units.reduce(0, +) * digitWidth) / Double(runs.count - 1) : 0
        let apart = everyDigitApart(token.text, gaps: gaps) ? spare >= digitWidth && digitWidth > 0
            : digitPairs(token.text).contains(where: gaps.contains)
        guard apart || whole.value == nil,
              runs.allSatisfy({ CellValue.parse($0).map { !$0.isPlaceholder } == true }) else { return [whole] }
        // The gaps between runs are shared out evenly: with a digit's width known, what the runs leave; else half
        // the text's height (more than the line's space, less than a token's gap).
        let gap = spare > 0 ? spare : min(0.5 * box.height, box.width / Double(2 * runs.count))
        let unit = spare > 0 ? digitWidth : (box.width - gap * Double(runs.count - 1)) / units.reduce(0, +)
        var x = box.x0
        return runs.indices.map { r in
            defer { x += units[r] * unit + gap }
            var part = TablePiece(text: runs[r], box: Box(x0: x, y0: box.y0, x1: x + units[r] * unit, y1: box.y1), page: token.page)
            part.estimated = true
            part.oneCell = true
            return part
        }
    }

    /// The gaps (`inside`) of a number glued to the end of a label token (`一、本年新收政府548`, printed
    /// `一、本年新收政府 54 8`: the cells of two columns after the label) as offsets into `number`, the token's
    /// last part; nil when no gap falls between its characters.
    static func tail(_ number: String, of token: String, gaps: [Int]) -> [Int]? {
        let start = token.unicodeScalars.count - number.unicodeScalars.count
        guard start > 0, token.hasSuffix(number) else { return nil }
        let inner = gaps.filter { $0 > start }.map { $0 - start }
        return inner.isEmpty ? nil : inner
    }

    /// False when `text` certainly has no symbol placeholder beside a digit or another one to cut at: it
    /// needs a slash or dash and a digit, and more than one character (checked on scalars).
    static func mayHoldApartPlaceholder(_ text: String) -> Bool {
        var symbol = false, digit = false, count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if isSymbolPlaceholder(scalar) { symbol = true } else if (0x30...0x39).contains(scalar.value) { digit = true }
        }
        return symbol && digit && count > 1
    }

    /// The token cut at the gaps (`inside`) beside a slash or dash that stand between it and a digit or another
    /// such mark (`1259166/` printed `1259 166 /`: `1259166` and `/`), each part with its scalar offset in the
    /// token, when digits stand apart inside it too; the token alone otherwise. Boxes are estimated by width
    /// (`TablePieces.subBox`).
    static func cutAtApartPlaceholders(_ token: Token, gaps: [Int]) -> [(token: Token, start: Int)] {
        let scalars = Array(token.text.unicodeScalars)
        func mark(_ s: Unicode.Scalar) -> Bool { isSymbolPlaceholder(s) || (0x30...0x39).contains(s.value) }
        let cuts = gaps.filter { g in
            g > 0 && g < scalars.count && mark(scalars[g - 1]) && mark(scalars[g])
                && (isSymbolPlaceholder(scalars[g - 1]) || isSymbolPlaceholder(scalars[g]))
        }
        // Only when digits stand apart inside the token too (cells glued on, `1259 166`, which `pieces` cuts):
        // a mark glued to one number (`—25`) is cut by `TablePieces.unsigned`, which keeps the token's ends.
        func digit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }
        guard !cuts.isEmpty, gaps.contains(where: { g in g > 0 && g < scalars.count && digit(scalars[g - 1]) && digit(scalars[g]) })
        else { return [(token, 0)] }
        // Character offsets for the box: the same as scalar offsets unless a character holds several scalars.
        let characters = token.text.count == scalars.count
        let bounds = [0] + cuts + [scalars.count]
        return bounds.indices.dropLast().map { i in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[bounds[i]..<bounds[i + 1]])
            let box = characters ? TablePieces.subBox(of: token, from: bounds[i], to: bounds[i + 1], grid: false) : token.box
            return (Token(text: String(text), box: box, page: token.page), bounds[i])
        }
    }

    /// A slash or a dash, the marks printed for an empty cell.
    private static func isSymbolPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        "/／—–－-".unicodeScalars.contains(scalar)
    }

    /// True when the glyphs stand apart (`gaps`) wherever two digits of `text` meet (`2 3`, `1 9 9`).
    static func everyDigitApart(_ text: String, gaps: [Int]) -> Bool {
        digitPairs(text).allSatisfy(gaps.contains)
    }

    /// The offsets of the characters of `text` that are digits following a digit.
    static func digitPairs(_ text: String) -> [Int] {
        let bytes = Array(text.utf8)
        return bytes.indices.dropFirst().filter { (0x30...0x39).contains(bytes[$0]) && (0x30...0x39).contains(bytes[$0 - 1]) }
    }

    /// True for two or more ASCII digits, commas and stops with a digit among them (one byte a character).
    static func isNumberRun(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.count >= 2 && utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2E }
            && utf8.contains { (0x30...0x39).contains($0) }
    }
}
