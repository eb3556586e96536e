/// OCR boxes a symbol's ink; a text layer boxes its advance. Full-width closing punctuation — ）、，。 — inks the
/// left of its em square. Boxed by its ink, （七）总计 shows a gap between ） and 总 of half a character, wider than
/// the line builder's token gap once a row's numbers (whose ink is lower than the label's line) set the line's
/// glyph height, and the item prefix （七） comes apart from its label (taken, alone, into the label below).
/// Such a mark followed on its line (the next symbol whose middle lies in the mark's text line) by a Chinese character (the label going on) is widened rightwards to its em
/// (its text line's height), never over that character. Before a digit it stays as read: （三）1.属于国家秘密 is a
/// parent label in a column of its own beside its first child's. (Opening brackets are left as read too: widened
/// leftwards they join a label to a wrapped line's tail.)
///
/// ```swift
/// PunctuationAdvances.widened(symbols) // ）inked 128–132, 总 at 141 → ）128–141
/// ```
enum PunctuationAdvances {
    /// Marks inked on the left of their em (the advance lies to their right).
    static let closing: Set<String> = ["）", ")", "、", "，", "。", "：", "；", "〕", "》", "」", "』", "】"]

    static func widened(_ symbols: [OCRItem]) -> [OCRItem] {
        symbols.map { item in
            guard closing.contains(item.text), let next = symbols.filter({ s in
                s != item && s.x0 >= item.x1 && (item.lineY0..<item.lineY1).contains((s.y0 + s.y1) / 2)
            }).min(by: { $0.x0 < $1.x0 }), next.text.unicodeScalars.first?.properties.isIdeographic == true else { return item }
            var wide = item
            wide.x1 = max(item.x1, min(item.x0 + max(item.lineY1 - item.lineY0, 1), next.x0))
            return wide
        }
    }
}
