import Foundation

/// The grouping key of an agency name: the same body printed in different ways gets the same key, different
/// bodies never share one. `agency` stays as printed; `agency_key` is for grouping a series.
///
/// Rules, in order (Docs/rules.md, "Agency keys"):
/// 1. the matching fold (`Normalizer.fold`): no whitespace, full-width letters and digits as ASCII,
///    one form of each bracket and quote, Kangxi radicals as ideographs;
/// 2. a trailing 办公室 signature of a department is the department: `XX局办公室` → `XX局` (also after
///    厅, 委员会, 委); a government's 办公室 (`XX市人民政府办公室`) is a body of its own and is kept;
/// 3. common suffix variants written out (also before a trailing 办公室): `…委` → `…委员会`,
///    `XX市政府` → `XX市人民政府` (also 县, 区, 镇, 乡, 旗, 省), `…街道办` → `…街道办事处`.
/// Nothing else is guessed: two names that differ in any other way are two bodies until an alias file
/// (`AgencyAliases`) says otherwise.
///
/// ```swift
/// AgencyKey.key("澄江市 交通运输局办公室")  // "澄江市交通运输局"
/// AgencyKey.key("澄江市卫生健康委")         // "澄江市卫生健康委员会"
/// AgencyKey.key("澄江市人民政府办公室")     // "澄江市人民政府办公室"
/// ```
public enum AgencyKey {
    /// Department endings after which a trailing 办公室 is the department's own office signing for it.
    static let departmentEndings = ["局", "厅", "委员会", "委"]
    /// Place endings before 政府 that mean 人民政府.
    static let governmentPlaces: Set<Character> = ["省", "市", "县", "区", "镇", "乡", "旗"]

    /// The key of `agency`, or nil when it is nil or empty once folded.
    public static func key(_ agency: String?) -> String? {
        guard let agency else { return nil }
        var name = Normalizer.fold(agency)
        while let last = name.last, "。.,，:：;；、".contains(last) { name.removeLast() }
        guard !name.isEmpty else { return nil }
        let office = name.hasSuffix("办公室") && name.count > 3
        let body = expanded(office ? String(name.dropLast(3)) : name)
        guard office else { return body }
        // A department's office signs for the department; a government's office is a body of its own.
        let department = departmentEndings.contains(where: body.hasSuffix) && !body.hasSuffix("人民政府")
        return department ? body : body + "办公室"
    }

    /// Suffix variants written out: …委 → …委员会, XX市政府 → XX市人民政府, …街道办 → …街道办事处.
    static func expanded(_ name: String) -> String {
        if name.hasSuffix("委") { return name + "员会" }
        if name.hasSuffix("街道办") { return name + "事处" }
        if name.hasSuffix("政府"), !name.hasSuffix("人民政府"), let place = name.dropLast(2).last,
           governmentPlaces.contains(place) {
            return name.dropLast(2) + "人民政府"
        }
        return name
    }
}

/// A user's alias file (`--agencies FILE`): CSV lines `alias,canonical name` that fix what the key rules
/// leave apart (a renamed body, an abbreviation). Both sides go through `AgencyKey.key`, so an alias matches
/// however it is spaced or printed; a header line `alias,canonical` is skipped; `#` starts a comment line.
///
/// ```swift
/// let aliases = try AgencyAliases(csv: "alias,canonical\n澄江交通局,澄江市交通运输局\n")
/// aliases.key("澄江交通局")  // "澄江市交通运输局"
/// ```
public struct AgencyAliases: Hashable, Sendable {
    /// Key of an alias → key of its canonical name.
    public private(set) var canonical: [String: String] = [:]

    /// No aliases: keys follow the rules of `AgencyKey` alone.
    public init() {}

    /// Reads the CSV text; throws `AgencyAliases.Error` naming the line that is not `alias,canonical`.
    public init(csv: String, name: String = "agencies") throws {
        for (index, raw) in csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"")) }
            if index == 0, fields.first?.lowercased() == "alias" { continue }
            guard fields.count == 2, let alias = AgencyKey.key(fields[0]), let target = AgencyKey.key(fields[1]) else {
                throw Error(message: "\(name):\(index + 1): expected two names, `alias,canonical name`, but read \"\(line)\". Fix the line or remove it.")
            }
            canonical[alias] = target
        }
    }

    /// The key of `agency` with the aliases applied.
    public func key(_ agency: String?) -> String? {
        AgencyKey.key(agency).map(rekey)
    }

    /// A key computed without aliases, mapped through them (keys stored earlier can be re-keyed).
    public func rekey(_ key: String) -> String { canonical[key] ?? key }

    public var isEmpty: Bool { canonical.isEmpty }

    /// A line of the alias file that is not `alias,canonical`.
    public struct Error: Swift.Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
