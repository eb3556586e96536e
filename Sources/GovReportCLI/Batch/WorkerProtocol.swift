import Foundation
import GovReportStore

/// The line protocol between `govreport ingest` (the parent) and `govreport worker` (a child process).
///
/// The parent writes one `WorkerRequest` as a JSON line on the worker's stdin and waits for one
/// `WorkerResponse` JSON line on its stdout; one file at a time per worker. The worker exits when its stdin
/// closes. The response carries the rows to store (`ReportRecords`), so the parent does nothing but write
/// them in one transaction. Anything the worker prints on stderr (Poppler's complaints) goes to a log the
/// parent reads only to explain a crash.
enum WorkerProtocol {
    /// Encodes a message as one line (JSON has no raw newline), newline included.
    static func line<T: Encodable>(_ message: T) throws -> Data {
        var data = try JSONEncoder().encode(message)
        data.append(0x0A)
        return data
    }

    /// Decodes one line (without its newline).
    static func decode<T: Decodable>(_ type: T.Type, from line: Data) throws -> T {
        try JSONDecoder().decode(type, from: line)
    }
}

/// Parent → worker: extract the file at `path`.
struct WorkerRequest: Codable, Equatable {
    var path: String
}

/// Worker → parent: the rows of the report, or why the extraction failed.
struct WorkerResponse: Codable {
    var path: String
    var records: ReportRecords?
    var failure: Failure?

    /// An extraction error: a machine-readable kind (e.g. `damaged_pdf`) and the message naming the file.
    struct Failure: Codable, Equatable {
        var kind: String
        var message: String
    }
}
