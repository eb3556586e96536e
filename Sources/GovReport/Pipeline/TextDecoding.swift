import Foundation

/// Decodes a plain-text report whatever its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// or GB18030/GBK (common for Chinese text saved on Windows).
public enum TextDecoding {
    /// GB18030 as Foundation names it (a superset of GBK and GB2312).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text and the name of the encoding it was read as; nil when no encoding fits.
    public static func decode(_ data: Data) -> (text: String, encoding: String)? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]), let s = String(data: data.dropFirst(3), encoding: .utf8) {
            return (s, "utf-8")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
           let s = String(data: data, encoding: .utf16) {
            return (s, "utf-16")
        }
        if let s = String(data: data, encoding: .utf8) { return (s, "utf-8") }
        if let s = String(data: data, encoding: gb18030) { return (s, "gb18030") }
        return nil
    }
}
