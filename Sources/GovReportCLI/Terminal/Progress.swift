import Foundation

/// The progress display of `govreport ingest`, on stderr.
///
/// On a terminal: one line redrawn in place a few times a second (files/s, ETA, ok / findings / failed).
/// In a pipe or a log: a plain line every `Settings.logInterval` seconds. `finish()` stops it; the summary
/// is printed by the command.
final class Progress: @unchecked Sendable {
    struct Settings {
        /// Seconds between redraws on a terminal.
        var terminalInterval: TimeInterval = 0.25
        /// Seconds between lines when stderr is not a terminal.
        var logInterval: TimeInterval = 5
    }

    private let tally: BatchTally
    private let settings: Settings
    private let isTerminal: Bool
    private let start = Date()
    private let stopped = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var isFinished = false

    init(tally: BatchTally, settings: Settings = Settings(), isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.tally = tally; self.settings = settings; self.isTerminal = isTerminal
    }

    /// Starts the display on its own thread.
    func begin() {
        let interval = isTerminal ? settings.terminalInterval : settings.logInterval
        Thread { [self] in
            while stopped.wait(timeout: .now() + interval) == .timedOut { draw() }
            if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            finished.signal()
        }.start()
    }

    /// Stops the display and clears the terminal line; later calls do nothing.
    func finish() {
        let first = lock.withLock { () -> Bool in defer { isFinished = true }; return !isFinished }
        guard first else { return }
        stopped.signal()
        finished.wait()
    }

    private func draw() {
        let line = Self.line(tally.snapshot, elapsed: Date().timeIntervalSince(start))
        let text = isTerminal ? "\r\u{1B}[2K" + line : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// E.g. `ingest 120/1000 (12%) 8.3 files/s ETA 1m46s | ok 100 findings 12 failed 3 already stored 5`.
    /// Once a scan has been read, the pages too, since an OCR page costs seconds where a text page costs
    /// milliseconds: `… 0.4 files/s, 1.9 pages/s (OCR 35 of 52 pages) ETA …`.
    static func line(_ counts: BatchCounts, elapsed: TimeInterval) -> String {
        let done = counts.done
        let percent = counts.total == 0 ? 100 : done * 100 / counts.total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? duration(Double(counts.total - done) / rate) : "?"
        var speed = String(format: "%.1f files/s", rate)
        if counts.ocrPages > 0 {
            let pageRate = elapsed > 0 ? Double(counts.pages) / elapsed : 0
            speed += String(format: ", %.1f pages/s", pageRate) + " (OCR \(counts.ocrPages) of \(counts.pages) pages)"
        }
        return "ingest \(done)/\(counts.total) (\(percent)%) \(speed) ETA \(eta) | ok \(counts.ok) findings \(counts.findings)"
            + " failed \(counts.failed) already stored \(counts.alreadyStored + counts.knownFailures)"
    }

    /// `45s`, `3m07s`, `2h05m`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return String(format: "%dm%02ds", total / 60, total % 60) }
        return String(format: "%dh%02dm", total / 3600, (total % 3600) / 60)
    }
}
