/// OCR boxes a symbol's ink; a text layer boxes its advance. Full-width closing punctuation — ）、，。 — inks the
/// left of its em square. Boxed by its ink, （七）总计 shows a gap between ） and 总 of half a character, wider than
/// the line builder's token gap once a row's numbers (whose ink is lower than the label's line) set the line's
/// glyph height, and the item prefix （七） comes apart from its label (taken, alone, into the label below).
/// Each such mark is widened rightwards to its em (its text line's height), never over the next symbol on its
/// line. (Opening brackets are left as read: widened leftwards they join a label to a wrapped line's tail.)
///
/// ```swift
/// PunctuationAdvances.widened(symbols) // ）inked 128–132, 总 at 141 → ）128–141
/// ```
enum PunctuationAdvances {
    /// Marks inked on the left of their em (the advance lies to their right).
    static let closing: Set<String> = ["）", ")", "、", "，", "。", "：", "；", "〕", "》", "」", "』", "】"]

    static func widened(_ symbols: [OCRItem]) -> [OCRItem] {
        symbols.map { item in
            guard closing.contains(item.text) else { return item }
            let next = symbols.filter { s in
                s != item && s.x0 >= item.x1 && min(s.y1, item.lineY1) - max(s.y0, item.lineY0) > 0
            }.map(\.x0).min() ?? Int.max
            var wide = item
            wide.x1 = max(item.x1, min(item.x0 + max(item.lineY1 - item.lineY0, 1), next))
            return wide
        }
    }
}
