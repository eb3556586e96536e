import GovReport

/// `chi_sim` reads the full-width opening bracket of an item prefix — （三）, （七） — as 《, 〈 or 〔 now and then;
/// the closing ）it reads right. One of those followed on its line by one Chinese numeral and a closing bracket
/// is that （: the prefix then marks the label as a numbered item, as printed.
///
/// ```swift
/// OpeningBrackets.repaired(symbols) // 《 七 ) 总 计 → （ 七 ) 总 计
/// OpeningBrackets.closed(symbols)   // （ 七 总 计 → （ 七） 总 计
/// ```
enum OpeningBrackets {
    static let misreads: Set<String> = ["《", "〈", "<", "〔"]
    static let numerals: Set<String> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let closing: Set<String> = [")", "）"]

    static func repaired(_ symbols: [OCRItem]) -> [OCRItem] {
        var result = symbols
        for i in result.indices where misreads.contains(result[i].text) {
            let next = following(result[i], in: symbols, count: 2)
            guard next.count == 2, numerals.contains(next[0].text), closing.contains(next[1].text) else { continue }
            result[i].text = "（"
        }
        return result
    }

    /// The characters the template's numbered row labels open with after their prefix: 予 of （一）予以公开,
    /// 总 of （七）总计 ….
    static let labelOpenings: Set<String> = Set(LabelChoice.rows.compactMap { row -> String? in
        let label = Normalizer.fold(row.label)
        guard let close = label.firstIndex(of: ")"), label.first == "(", label.index(after: close) < label.endIndex else { return nil }
        return String(label[label.index(after: close)])
    })

    /// The closing bracket of an item prefix `chi_sim` dropped now and then — （七总计 — restored on the numeral
    /// (七 → 七）) where （ and one Chinese numeral are followed on the line by the character a numbered template
    /// row label opens with: without it the prefix marks no item, and the label reads as the line above's tail.
    static func closed(_ symbols: [OCRItem]) -> [OCRItem] {
        var result = symbols
        for item in symbols where ["（", "("].contains(item.text) {
            let next = following(item, in: symbols, count: 2)
            guard next.count == 2, numerals.contains(next[0].text), labelOpenings.contains(next[1].text),
                  let i = result.firstIndex(of: next[0]) else { continue }
            result[i].text += "）"
        }
        return result
    }

    /// The `count` symbols right of `item` on its line, nearest first, each within two line heights of the one before.
    private static func following(_ item: OCRItem, in symbols: [OCRItem], count: Int) -> [OCRItem] {
        let height = max(item.lineY1 - item.lineY0, 1)
        let onLine = symbols.filter { s in
            s.x0 >= item.x1 - height / 4 && min(s.y1, item.lineY1) - max(s.y0, item.lineY0) > 0 && s != item
        }.sorted { $0.x0 < $1.x0 }
        var found: [OCRItem] = [], right = item.x1
        for s in onLine where found.count < count {
            guard s.x0 - right <= 2 * height else { break }
            found.append(s)
            right = s.x1
        }
        return found
    }
}
