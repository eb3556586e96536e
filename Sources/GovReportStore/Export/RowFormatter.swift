import Foundation
import GRDB

/// Turns result rows into CSV or JSON Lines text.
struct RowFormatter {
    var format: ExportFormat
    var columns: [String]

    /// The header line (CSV) or nothing (JSON Lines), with its line end.
    func header() -> String {
        switch format {
        case .csv: return columns.map(Self.csvField).joined(separator: ",") + "\n"
        case .jsonl: return ""
        }
    }

    /// One output line for a row whose values are in `columns` order.
    func line(_ values: [DatabaseValue]) -> String {
        switch format {
        case .csv:
            return values.map { value -> String in
                switch value.storage {
                case .null: return ""
                case .int64(let number): return String(number)
                case .double(let number): return Self.number(number)
                case .string(let text): return Self.csvField(text)
                case .blob(let data): return Self.csvField(data.base64EncodedString())
                }
            }.joined(separator: ",") + "\n"
        case .jsonl:
            let fields = zip(columns, values).map { name, value -> String in
                let json: String
                switch value.storage {
                case .null: json = "null"
                case .int64(let number): json = String(number)
                case .double(let number): json = number.isFinite ? Self.number(number) : "null"
                case .string(let text): json = Self.jsonString(text)
                case .blob(let data): json = Self.jsonString(data.base64EncodedString())
                }
                return Self.jsonString(name) + ":" + json
            }
            return "{" + fields.joined(separator: ",") + "}\n"
        }
    }

    /// Integral values print without a fraction (`12`, not `12.0`); others in the shortest exact form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
