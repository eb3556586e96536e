import Foundation
import GovReport

/// Writing to stdout and stderr, and the exit codes every command shares.
enum Console {
    /// 0 all files read, 1 findings (check), 2 a file could not be read.
    static let unreadableExitCode: Int32 = 2

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("govreport: " + text + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// A read failure as one message: the error's own description when it has one.
    static func describe(_ error: Error) -> (kind: String, message: String) {
        if let e = error as? GovReportError { return (e.kind, e.description) }
        return ("error", String(describing: error))
    }

    /// A read failure as a JSON line, for `--format jsonl` pipelines.
    static func errorJSON(path: String, _ error: Error) -> String {
        let (kind, message) = describe(error)
        return JSONValue.object([("file", .string(path)),
                                 ("error", .object([("kind", .string(kind)), ("message", .string(message))]))]).serialized()
    }
}
