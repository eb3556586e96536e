import ArgumentParser
import Foundation
import GovReportPDF

/// Files to read: arguments, or a list of paths from a file or stdin (`--files-from -`).
struct InputOptions: ParsableArguments {
    @Argument(help: "PDF or .txt files.")
    var files: [String] = []

    @Option(name: .customLong("files-from"), help: "Read paths to process, one per line, from this file ('-' for stdin).")
    var filesFrom: String?

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    @Option(help: OCRMode.help)
    var ocr: OCRMode = .auto

    /// True when no file and no list was given.
    var isEmpty: Bool { files.isEmpty && filesFrom == nil }

    /// Called from the `validate()` of each command that needs files (`check --db` does not).
    func requireFiles() throws {
        if isEmpty { throw ValidationError("Give at least one file, or --files-from LIST ('-' for stdin).") }
    }

    /// Every path to process: the arguments, then the list's lines (blank lines skipped), lazily for stdin.
    func paths() throws -> AnySequence<String> {
        guard let filesFrom else { return AnySequence(files) }
        if filesFrom == "-" {
            return AnySequence(files + AnySequence { AnyIterator { readLine(strippingNewline: true) } }
                .lazy.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        }
        guard let data = FileManager.default.contents(atPath: filesFrom) else {
            throw ValidationError("\(filesFrom): cannot read the list of files (--files-from).")
        }
        let listed = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return AnySequence(files + listed)
    }
}
