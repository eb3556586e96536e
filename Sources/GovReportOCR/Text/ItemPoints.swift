/// Page OCR drops the point of a numbered item's prefix now and then (2.重复申请 read 2重复申请, 1.信访 read
/// 1管访): the label then opens with no item prefix, and a label wrapped a few characters a line runs on into
/// the next item's lines. A digit followed on its line by a Chinese character, with a point printed between
/// them (a small mark in the lower half of the line, nothing above it), gets its point back.
///
/// ```swift
/// ItemPoints.restored(symbols, ink: ink) // 2 重 复 → 2 . 重 复 (where a point is printed after the 2)
/// ```
enum ItemPoints {
    static func restored(_ symbols: [OCRItem], ink: InkMask) -> [OCRItem] {
        var added: [OCRItem] = []
        for digit in symbols where digit.text.count == 1 && digit.text.first.map({ $0.isASCII && $0.isNumber }) == true {
            let height = max(digit.y1 - digit.y0, 4)
            guard let next = symbols.filter({ s in
                s.x0 >= digit.x1 - height / 4 && s.x0 - digit.x1 <= height && min(s.y1, digit.y1) - max(s.y0, digit.y0) > height / 2
            }).min(by: { $0.x0 < $1.x0 }), next.text.unicodeScalars.contains(where: \.properties.isIdeographic),
                let point = point(between: digit, and: next, ink: ink) else { continue }
            added.append(OCRItem(text: ".", x0: point.x0, y0: point.y0, x1: point.x1, y1: point.y1,
                                 lineY0: digit.lineY0, lineY1: digit.lineY1, confidence: digit.confidence))
        }
        return symbols + added
    }

    /// The box of a point printed after the digit, before the next symbol (Tesseract's box of the digit may
    /// take the point in): the ink from the digit's left edge to the next symbol, split at blank columns,
    /// is two marks — the digit, then one at most a third of the digit's height either way, in the lower
    /// half of the digit's height.
    static func point(between digit: OCRItem, and next: OCRItem, ink: InkMask) -> GridCell? {
        let height = digit.y1 - digit.y0
        let x0 = max(0, digit.x0), x1 = min(ink.width, next.x0 - 1)
        let y0 = max(0, digit.y0), y1 = min(ink.height, digit.y1 + 1)
        guard x1 > x0, y1 > y0 else { return nil }
        var marks: [GridCell] = [], open: GridCell?
        for x in x0...x1 {
            let rows = x < x1 ? (y0..<y1).filter { ink[x, $0] } : []
            if let top = rows.first, let bottom = rows.last {
                open = open.map { GridCell(x0: $0.x0, y0: min($0.y0, top), x1: x + 1, y1: max($0.y1, bottom + 1)) }
                    ?? GridCell(x0: x, y0: top, x1: x + 1, y1: bottom + 1)
            } else if let mark = open {
                marks.append(mark)
                open = nil
            }
        }
        guard marks.count == 2, case let point = marks[1], point.width * 3 <= height, point.height * 3 <= height,
              point.y0 * 2 >= digit.y0 + digit.y1 else { return nil }
        return point
    }
}
