import Foundation

/// Substring search on UTF-8 bytes (exact for valid UTF-8): the standard library's bytes and `memcmp`, not
/// Foundation's locale-aware search, which is slow on Linux and traps on a NUL in the needle.
///
/// ```swift
/// TextSearch.contains("1.属于国家秘密", "国家秘密") // true
/// ```
public enum TextSearch {
    public static func contains(_ text: String, _ word: String) -> Bool {
        var text = text, word = word
        return text.withUTF8 { t in word.withUTF8 { w in occurs(w, in: t) } }
    }

    private static func occurs(_ w: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let wBase = w.baseAddress, !w.isEmpty else { return true }
        guard let tBase = t.baseAddress, w.count <= t.count else { return false }
        let first = w[0]
        for i in 0...(t.count - w.count) where t[i] == first {
            if memcmp(tBase + i, wBase, w.count) == 0 { return true }
        }
        return false
    }
}
