import Foundation
import GovReport

/// Decodes a web page's bytes: a byte-order mark first, then valid UTF-8 (a page that is valid UTF-8 is
/// UTF-8 whatever its `<meta>` says: pages declaring GBK are often re-saved as UTF-8), then the charset the
/// page declares (`<meta charset>` or `http-equiv` Content-Type; GBK and GB2312 read as GB18030, their
/// superset), then sniffing as for plain text (slightly damaged UTF-8, GB18030).
///
/// ```swift
/// HTMLDecoding.decode(gbkBytes)?.encoding // "gb18030 (declared gbk)"
/// ```
enum HTMLDecoding {
    static func decode(_ data: Data) -> (text: String, encoding: String)? {
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if hasBOM { return TextDecoding.decode(data) }
        if let text = String(data: data, encoding: .utf8) { return (text, "utf-8") }
        if let declared = declaredCharset(data), let encoding = encoding(named: declared),
           let text = String(data: data, encoding: encoding) {
            return (text, "\(encoding == TextDecodingNames.gb18030 ? "gb18030" : declared) (declared \(declared))")
        }
        return TextDecoding.decode(data)
    }

    /// The charset a page declares in its first 4 KB, lowercased (`<meta charset="gbk">`,
    /// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`).
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return nil }
        var rest = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        rest = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return rest.isEmpty ? nil : String(rest)
    }

    /// Foundation's encoding for a declared charset name; nil for names not worth trusting over sniffing.
    static func encoding(named name: String) -> String.Encoding? {
        switch name {
        case "gbk", "gb2312", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312": return TextDecodingNames.gb18030
        case "big5", "big5-hkscs": return String.Encoding(rawValue: 0x8000_0A03)
        case "utf-16", "utf-16le", "utf-16be": return .utf16
        default: return nil
        }
    }
}

/// Encodings Foundation knows only by number.
enum TextDecodingNames {
    /// GB18030 (a superset of GBK and GB2312).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
