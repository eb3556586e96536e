import GovReport

/// Builds hand-made table lines: each row is a label at x 60 and values at given x positions,
/// one line every `pitch` points; CJK characters 10pt wide, digits 5pt, glyph height 10pt.
struct TableTokenBuilder {
    var page = 1
    var y = 100.0
    var pitch = 16.0
    var lines: [TextLine] = []

    static func width(_ text: String) -> Double {
        text.reduce(0) { $0 + ($1.isASCII ? 5 : 10) }
    }

    static func token(_ text: String, x: Double, y: Double, page: Int) -> Token {
        Token(text: text, box: Box(x0: x, y0: y, x1: x + width(text), y1: y + 10), page: page)
    }

    /// Adds one line holding the given (text, x) tokens.
    mutating func line(_ items: [(String, Double)]) {
        let tokens = items.map { Self.token($0.0, x: $0.1, y: y, page: page) }
        let box = Box.enclosing(tokens.map(\.box)) ?? Box(x0: 0, y0: y, x1: 0, y1: y + 10)
        lines.append(TextLine(page: page, box: box, text: items.map(\.0).joined(separator: " "), tokens: tokens, glyphHeight: 10))
        y += pitch
    }

    /// Adds a row: label at x 60, values centred on `centres` ("" leaves the cell blank).
    mutating func row(_ label: String, _ values: [String], centres: [Double]) {
        var items: [(String, Double)] = [(label, 60)]
        for (v, c) in zip(values, centres) where !v.isEmpty { items.append((v, c - Self.width(v) / 2)) }
        line(items)
    }

    /// Adds section 四's heading, group line and the five column names per group (结果/维持 …, 总计) at `xs`.
    mutating func reviewHeader(columnsAt xs: [Double]) {
        line([("四、政府信息公开行政复议、行政诉讼情况", 60)])
        line([("行政复议", 100), ("行政诉讼", 330)])
        line(xs.enumerated().map { i, x in (["结果", "结果", "其他", "尚未", "总计"][i % 5], x) })
        line(xs.enumerated().compactMap { i, x in i % 5 == 4 ? nil : (["维持", "纠正", "结果", "审结"][i % 5], x) })
    }

    mutating func newPage() { page += 1; y = 100 }
}
