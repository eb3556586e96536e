import Foundation
import GovReport
import GovReportPDF
import GovReportStore

/// Runs a batch: hashes each file, skips content already stored, sends the rest to worker processes
/// (`govreport worker`), enforces the per-file timeout, replaces crashed or stuck workers, and writes every
/// result to the store from this (the parent) process only.
final class Supervisor: @unchecked Sendable {
    struct Settings {
        /// Worker processes (and supervisor threads) running at once.
        var jobs: Int
        /// Seconds a worker may spend on one file before it is killed.
        var timeout: TimeInterval
        /// Address-space cap of each worker, in MiB (RLIMIT_AS).
        var workerMemoryMB: Int
        var password: String?
        /// When workers read scanned pages by OCR (`--ocr`).
        var ocr: OCRMode = .auto
        /// Seconds added to `timeout` for each page of a PDF holding images, when OCR may read it.
        var secondsPerScannedPage: TimeInterval = 15
        /// Retry content that failed in an earlier run instead of copying its failure.
        var retryFailed: Bool
        /// The `govreport` executable to start as `govreport worker`.
        var executable: URL
    }

    private let store: ReportStore
    private let settings: Settings
    private let tally: BatchTally
    private let lock = NSLock()
    private var queue: [String] = []
    private var next = 0
    private var inFlight = Set<String>()
    private var deferred: [String] = []
    private var fatal: Error?

    init(store: ReportStore, settings: Settings, tally: BatchTally) {
        self.store = store; self.settings = settings; self.tally = tally
    }

    /// Processes every file; throws only when the batch cannot go on (the store cannot be written, no
    /// worker can be started). Failures of single files are recorded in the store and counted.
    func run(files: [String]) throws {
        queue = files
        let threads = (0..<max(1, min(settings.jobs, files.count))).map { _ in
            let done = DispatchSemaphore(value: 0)
            let thread = Thread { [self] in
                drain(take: takeNext)
                done.signal()
            }
            thread.stackSize = 1 << 22
            thread.start()
            return done
        }
        threads.forEach { $0.wait() }
        // Copies of content that was in flight elsewhere: now stored (path recorded) or failed (copied).
        let copies = lock.withLock { () -> [String] in defer { deferred = [] }; return deferred }
        var index = 0
        drain { () -> String? in
            defer { index += 1 }
            return index < copies.count && self.lock.withLock({ self.fatal == nil }) ? copies[index] : nil
        }
        if let fatal = lock.withLock({ fatal }) { throw fatal }
    }

    private func takeNext() -> String? {
        lock.withLock {
            guard fatal == nil, next < queue.count else { return nil }
            defer { next += 1 }
            return queue[next]
        }
    }

    /// One supervisor thread: owns at most one worker and feeds it files until `take` returns nil.
    private func drain(take: () -> String?) {
        var worker: WorkerProcess?
        defer { worker?.finish() }
        while let path = take() {
            do {
                try process(path, worker: &worker)
            } catch {
                lock.withLock { if fatal == nil { fatal = error } }
                return
            }
        }
    }

    private func process(_ path: String, worker: inout WorkerProcess?) throws {
        let sha: String, data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            sha = FileHash.sha256Hex(of: data)
        } catch {
            try fail(path, sha: nil, .read, "unreadable", "\(path): cannot read the file (\(error)). Check its permissions.")
            return
        }
        if try store.addPath(path, sha256: sha) {
            tally.update { $0.alreadyStored += 1 }
            return
        }
        // A failure is copied only to a path read the same way: the same bytes named .pdf and .txt (an HTML
        // error page saved under both) fail differently (not_a_pdf, not_a_report).
        if !settings.retryFailed, let earlier = try store.failure(sha256: sha),
           ReportFile.kind(of: data, path: earlier.path) == ReportFile.kind(of: data, path: path) {
            if earlier.path != path {
                let message = "same content as \(earlier.path), which failed: \(earlier.message)"
                try store.recordFailure(FailureRecord(path: path, sha256: sha, stage: earlier.stage, kind: earlier.kind, message: message))
            }
            tally.update { $0.knownFailures += 1 }
            return
        }
        let claimed = lock.withLock { () -> Bool in
            if inFlight.contains(sha) { deferred.append(path); return false }
            inFlight.insert(sha)
            return true
        }
        guard claimed else { return }
        defer { lock.withLock { _ = inFlight.remove(sha) } }
        try extract(path, sha: sha, timeout: timeout(for: data), worker: &worker)
    }

    /// The time a worker gets for a file: `timeout`, plus `secondsPerScannedPage` a page when the file is a
    /// PDF with images that OCR may have to read (pages counted in the bytes: Poppler stays in the workers).
    func timeout(for data: Data) -> TimeInterval {
        guard settings.ocr != .never, ReportFile.kind(of: data, path: "") == .pdf,
              data.range(of: Data("/Image".utf8)) != nil else { return settings.timeout }
        return settings.timeout + Double(ScanResolution.pageCount(in: data)) * settings.secondsPerScannedPage
    }

    /// Sends one file to the worker (starting one if needed) and records what comes back.
    private func extract(_ path: String, sha: String, timeout: TimeInterval, worker: inout WorkerProcess?) throws {
        let current = try worker ?? startWorker()
        worker = current
        let reply = current.send(try WorkerProtocol.line(WorkerRequest(path: path)))
            ? current.readLine(timeout: timeout) : .ended
        switch reply {
        case .line(let line):
            let response: WorkerResponse
            do {
                response = try WorkerProtocol.decode(WorkerResponse.self, from: line)
            } catch {
                current.kill()
                worker = nil
                try fail(path, sha: sha, .worker, "protocol", "\(path): the worker sent an unreadable reply (\(error)); it was restarted.")
                return
            }
            if let records = response.records {
                let outcome = try store.save(records, path: path)
                let ocrPages = records.report.ocrPageCount
                tally.update {
                    if outcome == .alreadyStored { $0.alreadyStored += 1; return }
                    if records.report.status == .ok { $0.ok += 1 } else { $0.findings += 1 }
                    $0.pages += records.report.pageCount
                    $0.ocrPages += ocrPages
                }
            } else {
                let failure = response.failure ?? .init(kind: "unknown", message: "\(path): the worker returned neither a report nor an error.")
                try fail(path, sha: sha, .extract, failure.kind, failure.message)
            }
        case .timedOut:
            current.kill()
            worker = nil
            try fail(path, sha: sha, .worker, "timeout",
                     "\(path): extraction did not finish within \(Int(timeout)) s; the worker was stopped. Raise --timeout if the file is just large, or inspect the file.")
        case .ended:
            let ending = current.ending()
            worker = nil
            let (kind, message) = Self.explain(ending, path: path, memoryMB: settings.workerMemoryMB)
            try fail(path, sha: sha, .worker, kind, message)
        }
    }

    private func startWorker() throws -> WorkerProcess {
        var arguments = ["worker", "--memory-mb", String(settings.workerMemoryMB)]
        if let password = settings.password { arguments += ["--password", password] }
        arguments += ["--ocr", settings.ocr.rawValue]
        do {
            // No Swift backtracer in workers: on a crash or a failed allocation it would symbolicate for
            // seconds (under the worker's memory cap, on a busy machine) before the parent can name the fault.
            var environment = ProcessInfo.processInfo.environment
            environment["SWIFT_BACKTRACE"] = "enable=no"
            return try WorkerProcess(executable: settings.executable, arguments: arguments, environment: environment)
        } catch {
            throw BatchError.cannotStartWorker(executable: settings.executable.path, reason: "\(error)")
        }
    }

    private func fail(_ path: String, sha: String?, _ stage: FailureRecord.Stage, _ kind: String, _ message: String) throws {
        try store.recordFailure(FailureRecord(path: path, sha256: sha, stage: stage, kind: kind, message: message))
        tally.update { $0.failed += 1 }
    }

    /// Names a worker's death: `out_of_memory` when it says an allocation failed (or the kernel's OOM killer
    /// sent SIGKILL), `crash` otherwise.
    static func explain(_ ending: WorkerProcess.Ending, path: String, memoryMB: Int) -> (kind: String, message: String) {
        let markers = ["allocate", "bad_alloc", "out of memory", "Out of memory"]
        let detail = ending.signaled ? "signal \(ending.status)" : "exit status \(ending.status)"
        if markers.contains(where: ending.stderrTail.contains) || (ending.signaled && ending.status == SIGKILL) {
            return ("out_of_memory", "\(path): the worker ran out of memory (\(detail), cap \(memoryMB) MiB). Raise --worker-memory-mb if the file is legitimately large.")
        }
        let lines = ending.stderrTail.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let telling = lines.first { $0.contains("crashed:") || $0.hasPrefix("Fatal error") } ?? lines.last
        let last = telling.map { ": \($0)" } ?? ""
        return ("crash", "\(path): the worker crashed on this file (\(detail)\(last)). The file is probably malformed; the batch went on.")
    }
}

/// Why a batch could not run.
enum BatchError: Error, CustomStringConvertible {
    case cannotStartWorker(executable: String, reason: String)

    var description: String {
        switch self {
        case .cannotStartWorker(let executable, let reason):
            return "cannot start a worker process (\(executable) worker): \(reason)."
        }
    }
}
