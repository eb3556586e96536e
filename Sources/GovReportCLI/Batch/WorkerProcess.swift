import Foundation

/// One running `govreport worker` child: its pipes, a line reader with a deadline, and how it ended.
///
/// Not thread-safe: one supervisor thread owns each worker.
final class WorkerProcess {
    /// What waiting for a response line produced.
    enum Reply {
        case line(Data)
        /// The worker closed its stdout: it exited or was killed.
        case ended
        /// No complete line within the deadline.
        case timedOut
    }

    /// How the worker process ended.
    struct Ending {
        /// Exit status, or the signal number when `signaled`.
        var status: Int32
        var signaled: Bool
        /// The last part of what the worker wrote on stderr.
        var stderrTail: String
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// The worker's stderr: a temporary file already unlinked, so nothing is left behind however the
    /// batch ends; this handle reads it.
    private let log: FileHandle
    private var buffer = Data()

    /// Starts `executable arguments…` with piped stdin/stdout and stderr in an unlinked temporary file.
    init(executable: URL, arguments: [String], environment: [String: String]? = nil) throws {
        let logURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("govreport-worker-\(getpid())-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let writer = try FileHandle(forWritingTo: logURL)
        log = try FileHandle(forReadingFrom: logURL)
        try? FileManager.default.removeItem(at: logURL)
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = writer
        try process.run()
        try? writer.close()
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Writes one request line; false when the worker is gone (broken pipe).
    func send(_ line: Data) -> Bool {
        do {
            try input.fileHandleForWriting.write(contentsOf: line)
            return true
        } catch {
            return false
        }
    }

    /// Waits up to `timeout` seconds for the next complete line on the worker's stdout.
    func readLine(timeout: TimeInterval) -> Reply {
        let deadline = Date().addingTimeInterval(timeout)
        let fd = output.fileHandleForReading.fileDescriptor
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return .line(Data(line))
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining * 1000, Double(Int32.max)).rounded(.up)))
            if ready < 0 {
                if errno == EINTR { continue }
                return .ended
            }
            if ready == 0 { continue }
            let count = read(fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .ended
            }
            if count == 0 { return .ended }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Kills the worker with SIGKILL and waits for it.
    func kill() {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Closes the worker's stdin (it exits when done) and waits for it.
    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Waits for the worker to end and says how it did.
    func ending() -> Ending {
        process.waitUntilExit()
        let size = (try? log.seekToEnd()) ?? 0
        try? log.seek(toOffset: size > 2048 ? size - 2048 : 0)
        let tail = String(decoding: (try? log.readToEnd()) ?? Data(), as: UTF8.self)
        return Ending(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                      stderrTail: tail)
    }
}
