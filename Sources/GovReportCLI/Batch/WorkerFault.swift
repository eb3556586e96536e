import Foundation

/// Testing hook: makes `govreport worker` misbehave on chosen files, so tests can show that the
/// supervisor survives a stuck, crashing or memory-hungry worker.
///
/// Set `GOVREPORT_TEST_WORKER_FAULT` to comma-separated `ACTION:SUBSTRING` items; the worker applies the
/// first item whose substring occurs in the file's name. Actions: `hang` (sleep forever: hits `--timeout`),
/// `crash` (SIGSEGV), `oom` (allocate until the `--worker-memory-mb` cap stops it). Example:
/// `GOVREPORT_TEST_WORKER_FAULT=hang:stuck,crash:boom govreport ingest …`. Never set it in production.
enum WorkerFault: String {
    case hang, crash, oom

    static let environmentVariable = "GOVREPORT_TEST_WORKER_FAULT"

    /// The fault configured for the file at `path`, if any.
    static func fault(for path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> WorkerFault? {
        guard let spec = environment[environmentVariable] else { return nil }
        let name = (path as NSString).lastPathComponent
        for item in spec.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let fault = WorkerFault(rawValue: parts[0]), name.contains(parts[1]) { return fault }
        }
        return nil
    }

    /// Does the damage (never returns).
    func trigger() -> Never {
        switch self {
        case .hang:
            while true { sleep(3600) }
        case .crash:
            raise(SIGSEGV)
            exit(139)
        case .oom:
            var blocks: [UnsafeMutableRawPointer] = []
            while true {
                let block = UnsafeMutableRawPointer.allocate(byteCount: 64 << 20, alignment: 16)
                block.initializeMemory(as: UInt8.self, repeating: 1, count: 64 << 20)
                blocks.append(block)
            }
        }
    }
}
