/// Several words looked for at once: one pass over the text's UTF-8 bytes, where only the positions whose
/// first two bytes start some word are compared further (`TextSearch.contains` makes one pass per word).
///
/// ```swift
/// let words = WordSet(["行政复议", "行政诉讼"])
/// words.anyOccurs(in: "五、因政府信息公开工作被申请行政复议") // true
/// ```
public struct WordSet: Sendable {
    /// The words' UTF-8 bytes.
    private let words: [[UInt8]]
    /// Bit `b0 << 8 | b1` is set when some word starts with the bytes b0, b1.
    private let starts: [UInt64]
    /// Some word is a single byte long (then every position is compared).
    private let hasShortWord: Bool

    public init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var starts = [UInt64](repeating: 0, count: 1024)
        for word in self.words where word.count >= 2 {
            let key = Int(word[0]) << 8 | Int(word[1])
            starts[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.starts = starts
        hasShortWord = self.words.contains { $0.count < 2 }
    }

    /// True when some word occurs in `text` (an empty word always does).
    public func anyOccurs(in text: String) -> Bool {
        guard !hasShortWord else { return words.contains { TextSearch.contains(text, String(decoding: $0, as: UTF8.self)) } }
        var text = text
        return text.withUTF8 { t in
            guard t.count >= 2 else { return false }
            for i in 0..<(t.count - 1) {
                let key = Int(t[i]) << 8 | Int(t[i + 1])
                guard starts[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                for word in words where word.count <= t.count - i && word.indices.allSatisfy({ t[i + $0] == word[$0] }) {
                    return true
                }
            }
            return false
        }
    }
}
