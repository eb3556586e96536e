/// Tesseract's text line now and then reaches far past its line's print (、 and 新 boxed 38 px high on a line of
/// characters 17 px high): each character, given its line's height, would stand as high as two lines, and the line
/// builder's token gap (a share of the glyph height) would join the row's numbers beside it (0 0 3 → 003). A text
/// line half again as high as the median box of its ideographs (three or more) is cut to that box.
///
/// ```swift
/// LineHeights.trimmed(symbols) // 本 415–432 on a line 404–442 → line 415–432
/// ```
enum LineHeights {
    static func trimmed(_ symbols: [OCRItem]) -> [OCRItem] {
        var boxes: [[Int]: (Int, Int)] = [:]
        for (key, line) in Dictionary(grouping: symbols, by: { [$0.lineY0, $0.lineY1] }) {
            let ideographs = line.filter { $0.text.unicodeScalars.contains { $0.properties.isIdeographic } }
            guard ideographs.count >= 3 else { continue }
            let top = median(ideographs.map(\.y0)), bottom = median(ideographs.map(\.y1))
            if bottom > top, (key[1] - key[0]) * 2 >= (bottom - top) * 3 { boxes[key] = (top, bottom) }
        }
        guard !boxes.isEmpty else { return symbols }
        return symbols.map { s in
            guard let (top, bottom) = boxes[[s.lineY0, s.lineY1]] else { return s }
            var cut = s
            (cut.lineY0, cut.lineY1) = (top, bottom)
            return cut
        }
    }

    private static func median(_ values: [Int]) -> Int { values.sorted()[values.count / 2] }
}
