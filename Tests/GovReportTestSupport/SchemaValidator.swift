import Foundation
import GovReport

/// Validates a `JSONValue` against the subset of JSON Schema (2020-12) that Docs/schema uses:
/// type, enum, required, properties, additionalProperties, items, minItems, maxItems, minimum, maximum,
/// pattern, oneOf and local `$ref`s. Returns every violation as "path: problem".
public struct SchemaValidator {
    public let root: JSONValue

    public init(root: JSONValue) { self.root = root }

    public func errors(_ value: JSONValue) -> [String] { check(value, against: root, at: "$") }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        if let ref = schema["$ref"]?.string {
            let parts = ref.dropFirst(2).split(separator: "/").map(String.init)
            guard let target = parts.reduce(root as JSONValue?, { $0?[$1] }) else { return ["\(path): unresolved \(ref)"] }
            return check(value, against: target, at: path)
        }
        if let choices = schema["oneOf"]?.array {
            let matching = choices.filter { check(value, against: $0, at: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): matches \(matching) of the \(choices.count) oneOf schemas, not exactly one"]
        }
        var errors: [String] = []
        if let types = schema["type"].map({ $0.array?.compactMap(\.string) ?? [$0.string ?? ""] }),
           !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path): expected \(types.joined(separator: " or "))"]
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) { errors.append("\(path): not one of the allowed values") }
        if let pattern = schema["pattern"]?.string, let s = value.string, s.range(of: pattern, options: .regularExpression) == nil {
            errors.append("\(path): does not match \(pattern)")
        }
        if let n = value.number {
            if let min = schema["minimum"]?.number, n < min { errors.append("\(path): below \(min)") }
            if let max = schema["maximum"]?.number, n > max { errors.append("\(path): above \(max)") }
        }
        if let items = value.array {
            if let min = schema["minItems"]?.int, items.count < min { errors.append("\(path): fewer than \(min) items") }
            if let max = schema["maxItems"]?.int, items.count > max { errors.append("\(path): more than \(max) items") }
            if let itemSchema = schema["items"] {
                for (i, item) in items.enumerated() { errors += check(item, against: itemSchema, at: "\(path)[\(i)]") }
            }
        }
        if let pairs = value.pairs {
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where !pairs.contains(where: { $0.0 == key }) {
                errors.append("\(path): missing \(key)")
            }
            let properties = schema["properties"]
            for (key, member) in pairs {
                if let propertySchema = properties?[key] {
                    errors += check(member, against: propertySchema, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] {
                    if additional == .bool(false) { errors.append("\(path): unexpected member \(key)") }
                    else if additional != .bool(true) { errors += check(member, against: additional, at: "\(path).\(key)") }
                }
            }
        }
        return errors
    }

    private func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            return true
        case ("integer", .number(let n)):
            return n == n.rounded()
        default:
            return false
        }
    }

    /// The report schema committed in Docs/.
    public static func reportSchema() throws -> SchemaValidator {
        let data = try Data(contentsOf: RepositoryFiles.root.appendingPathComponent("Docs/schema/report.schema.json"))
        return SchemaValidator(root: try JSONValue.parse(data))
    }
}
