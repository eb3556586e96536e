/// Builds a `String` scalar by scalar in a UTF-8 byte buffer, then makes the string once. Cheaper in hot
/// loops than appending to a `String` or its `unicodeScalars` view, which re-checks the string's storage
/// on every append.
///
/// ```swift
/// var out = StringBuilder(capacity: 8)
/// out.append("总"); out.append("7")
/// out.string // "总7"
/// ```
struct StringBuilder {
    private(set) var bytes: [UInt8] = []
    /// The last scalar appended, if any.
    private(set) var last: Unicode.Scalar?

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v))
        } else if v < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | v >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else if v < 0x10000 {
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | v >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else {
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | v >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        }
        last = scalar
    }

    /// Empties the buffer, keeping its capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        last = nil
    }

    /// The text built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
