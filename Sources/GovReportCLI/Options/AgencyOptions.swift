import ArgumentParser
import Foundation
import GovReport

/// `--agencies FILE`: a CSV of `alias,canonical name` lines that group agencies the key rules leave apart
/// (Docs/rules.md, "Agency keys").
struct AgencyOptions: ParsableArguments {
    @Option(help: "CSV file of `alias,canonical name` lines that group agencies printed differently.")
    var agencies: String?

    /// The aliases of the file, or none; a missing or malformed file is a validation error naming it.
    func aliases() throws -> AgencyAliases {
        guard let agencies else { return AgencyAliases() }
        guard let data = FileManager.default.contents(atPath: agencies) else {
            throw ValidationError("\(agencies): cannot read the agency alias file (--agencies). Check the path.")
        }
        do {
            return try AgencyAliases(csv: String(decoding: data, as: UTF8.self), name: agencies)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
