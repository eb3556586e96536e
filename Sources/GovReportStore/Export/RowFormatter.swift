import Foundation
import GRDB
import GovReport

/// Turns result rows into CSV or JSON Lines text.
struct RowFormatter {
    var format: ExportFormat
    var columns: [String]

    /// The header line (CSV) or nothing (JSON Lines), with its line end.
    func header() -> String {
        switch format {
        case .csv: return CSVExport.line(columns)
        case .jsonl: return ""
        }
    }

    /// One output line for a row whose values are in `columns` order.
    func line(_ values: [DatabaseValue]) -> String {
        switch format {
        case .csv:
            return CSVExport.line(values.map(Self.text))
        case .jsonl:
            return JSONValue.object(zip(columns, values).map { ($0, Self.json($1)) }).serialized() + "\n"
        }
    }

    /// A value as CSV field text: integers without a fraction, NULL as an empty field, blobs in base64.
    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let number): return String(number)
        case .double(let number): return JSONValue.format(number)
        case .string(let text): return text
        case .blob(let data): return data.base64EncodedString()
        }
    }

    static func json(_ value: DatabaseValue) -> JSONValue {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .number(Double(number))
        case .double(let number): return number.isFinite ? .number(number) : .null
        case .string(let text): return .string(text)
        case .blob(let data): return .string(data.base64EncodedString())
        }
    }
}
