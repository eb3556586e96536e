import Foundation

/// A small recursive-descent JSON parser that keeps object key order (for `JSONValue.parse`).
struct JSONParser {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var expected: String
        var description: String { "invalid JSON at byte \(offset): expected \(expected)" }
    }

    let bytes: [UInt8]
    var index = 0
    var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    mutating func value() throws -> JSONValue {
        skipSpace()
        guard index < bytes.count else { throw Failure(offset: index, expected: "a value") }
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { throw Failure(offset: index, expected: "less nesting") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
            throw Failure(offset: index, expected: word)
        }
        index += w.count
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard index < bytes.count, bytes[index] == c.asciiValue else { throw Failure(offset: index, expected: "'\(c)'") }
        index += 1
    }

    private mutating func object() throws -> JSONValue {
        try expect("{")
        var pairs: [(String, JSONValue)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
        while true {
            skipSpace()
            let key = try string()
            try expect(":")
            pairs.append((key, try value()))
            skipSpace()
            guard index < bytes.count else { throw Failure(offset: index, expected: "'}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect("}")
            return .object(pairs)
        }
    }

    private mutating func array() throws -> JSONValue {
        try expect("[")
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard index < bytes.count else { throw Failure(offset: index, expected: "']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect("]")
            return .array(items)
        }
    }

    private mutating func string() throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Failure(offset: index, expected: "a string") }
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            index += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), index + 6 <= bytes.count,
                   bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    let low = try hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
            default: out.append(e)
            }
        }
        throw Failure(offset: index, expected: "closing quote")
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw Failure(offset: index, expected: "four hex digits")
        }
        index += 4
        return v
    }

    private mutating func number() throws -> Double {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard let n = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            throw Failure(offset: start, expected: "a number")
        }
        return n
    }
}
