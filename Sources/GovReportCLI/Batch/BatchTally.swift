import Foundation

/// What happened to the files of a batch so far.
struct BatchCounts: Equatable, Sendable {
    /// Report files (.pdf/.txt) found.
    var total = 0
    /// Other files found and not read.
    var skippedOther = 0
    /// Newly stored, checker found nothing.
    var ok = 0
    /// Newly stored, with findings.
    var findings = 0
    /// Failed in this run (recorded in `failure`).
    var failed = 0
    /// Content already stored (this path recorded, nothing parsed).
    var alreadyStored = 0
    /// Content that failed in an earlier run (not retried without `--retry-failed`).
    var knownFailures = 0
    /// Pages of the reports stored in this run.
    var pages = 0
    /// Of `pages`, those read by OCR (scans): each costs seconds, where a text page costs milliseconds.
    var ocrPages = 0

    /// Files dealt with so far.
    var done: Int { ok + findings + failed + alreadyStored + knownFailures }
}

/// Thread-safe counters shared by the supervisor threads and the progress display.
final class BatchTally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: BatchCounts

    init(total: Int, skippedOther: Int) {
        counts = BatchCounts(total: total, skippedOther: skippedOther)
    }

    var snapshot: BatchCounts { lock.withLock { counts } }

    func update(_ change: (inout BatchCounts) -> Void) { lock.withLock { change(&counts) } }
}
