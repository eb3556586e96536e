import GRDB

/// A row of `failure`: a file that could not be stored, and why. One row per path (the latest attempt).
///
/// ```swift
/// FailureRecord(path: "/data/a.pdf", sha256: nil, stage: .read, kind: "unreadable", message: "…")
/// ```
public struct FailureRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "failure"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// Where the batch failed on the file.
    public enum Stage: String, Codable, Sendable {
        /// The parent could not read (hash) the file.
        case read
        /// The extraction threw (damaged, encrypted, no text layer, …).
        case extract
        /// The worker process timed out, crashed or ran out of memory.
        case worker
    }

    public var path: String
    /// The file's SHA-256, when the file could be read.
    public var sha256: String?
    public var stage: Stage
    /// Machine-readable error kind, e.g. `damaged_pdf`, `no_text_layer`, `timeout`, `crash`, `out_of_memory`.
    public var kind: String
    /// The error message, naming the file and what to do.
    public var message: String
    /// ISO 8601 UTC time of the failure.
    public var failedAt: String

    public init(path: String, sha256: String?, stage: Stage, kind: String, message: String, failedAt: String = Timestamp.now()) {
        self.path = path; self.sha256 = sha256; self.stage = stage; self.kind = kind; self.message = message
        self.failedAt = failedAt
    }
}
