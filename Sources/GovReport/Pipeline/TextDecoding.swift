import Foundation

/// Tolerances of `TextDecoding`.
public struct TextDecodingSettings: Hashable, Sendable {
    /// Damaged UTF-8 is still read as UTF-8 (invalid bytes become U+FFFD) when it has at most this many
    /// invalid sequences per non-ASCII byte (a fraction, 0.01 = 1 per 100 bytes), and always when the only
    /// invalid sequence ends the file (a download cut inside a character). GBK/GB18030 text read as UTF-8
    /// has an invalid sequence every few bytes, so it stays far above this share.
    public var maximumInvalidUTF8Share = 0.01

    public init() {}
}

/// Decodes a plain-text report whatever its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// or GB18030/GBK (common for Chinese text saved on Windows).
public enum TextDecoding {
    /// GB18030 as Foundation names it (a superset of GBK and GB2312).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text and the name of the encoding it was read as; nil when no encoding fits.
    ///
    /// Slightly damaged UTF-8 (a truncated download, a flipped bit) is read as UTF-8 with the bad bytes
    /// replaced by U+FFFD and the encoding named `utf-8 (N invalid bytes replaced)`.
    public static func decode(_ data: Data, settings: TextDecodingSettings = .init()) -> (text: String, encoding: String)? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(data.dropFirst(3), settings: settings)
                ?? (String(decoding: data.dropFirst(3), as: UTF8.self), "utf-8")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
           let s = String(data: data, encoding: .utf16) {
            return (s, "utf-16")
        }
        if let s = String(data: data, encoding: .utf8) { return (s, "utf-8") }
        if let lossy = decodeUTF8(data, settings: settings) { return lossy }
        if let s = String(data: data, encoding: gb18030) { return (s, "gb18030") }
        return nil
    }

    /// UTF-8 that may hold a few invalid sequences (see `TextDecodingSettings.maximumInvalidUTF8Share`).
    private static func decodeUTF8(_ bytes: Data, settings: TextDecodingSettings) -> (text: String, encoding: String)? {
        var invalid = 0, nonASCIIBytes = 0, endsInvalid = false
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                nonASCIIBytes += scalar.value < 0x80 ? 0 : scalar.value < 0x800 ? 2 : scalar.value < 0x1_0000 ? 3 : 4
                scalars.append(scalar)
                endsInvalid = false
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
                endsInvalid = true
            case .emptyInput:
                break loop
            }
        }
        if invalid == 0 { return (String(scalars), "utf-8") }
        let truncated = invalid == 1 && endsInvalid
        guard truncated || Double(invalid) <= settings.maximumInvalidUTF8Share * Double(nonASCIIBytes) else { return nil }
        return (String(scalars), "utf-8 (\(invalid) invalid byte sequence\(invalid == 1 ? "" : "s") replaced)")
    }
}
