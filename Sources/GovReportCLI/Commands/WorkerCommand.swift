import ArgumentParser
import Foundation
import GovReport
import GovReportOCR
import GovReportPDF
import GovReportStore

extension GovReportCommand {
    /// `govreport worker` (hidden): the child process `ingest` runs the extraction in.
    ///
    /// Reads one `WorkerRequest` JSON line per file on stdin, writes one `WorkerResponse` JSON line on stdout,
    /// and exits when stdin closes. Poppler runs here, never in the process that writes the database, under
    /// an address-space cap (RLIMIT_AS) so that a hostile file cannot exhaust the machine.
    struct Worker: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Internal: extraction worker of `govreport ingest` (JSON lines on stdin/stdout).",
            shouldDisplay: false)

        @Option(help: "Password of encrypted PDFs.")
        var password: String?

        @Option(help: OCRMode.help)
        var ocr: OCRMode = .auto

        @Option(name: .customLong("memory-mb"), help: "Address-space cap in MiB (RLIMIT_AS); 0 for none.")
        var memoryMB: Int = 0

        func run() throws {
            if memoryMB > 0 {
                var limit = rlimit(rlim_cur: rlim_t(memoryMB) << 20, rlim_max: rlim_t(memoryMB) << 20)
                guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else {
                    throw ValidationError("cannot set the memory cap of \(memoryMB) MiB: \(String(cString: strerror(errno)))")
                }
            }
            Self.exitWhenOrphaned()
            let options = ocr.options(recognizer: TesseractRecognizer())
            while let line = readLine(strippingNewline: true) {
                guard !line.isEmpty else { continue }
                let request = try WorkerProtocol.decode(WorkerRequest.self, from: Data(line.utf8))
                WorkerFault.fault(for: request.path)?.trigger()
                let response = Self.respond(to: request, password: password, ocr: options)
                FileHandle.standardOutput.write(try WorkerProtocol.line(response))
            }
        }

        /// Ends this worker when its parent dies (it is re-parented), even in the middle of a file: a batch
        /// killed with SIGKILL must not leave workers running.
        static func exitWhenOrphaned() {
            let parent = getppid()
            Thread {
                while getppid() == parent { sleep(1) }
                Glibc.exit(1)
            }.start()
        }

        /// Extracts and checks one file into the rows the parent stores, or the error that stopped it.
        static func respond(to request: WorkerRequest, password: String?, ocr: OCROptions) -> WorkerResponse {
            do {
                let report = try ReportFile.load(path: request.path, password: password, ocr: ocr)
                let findings = Checker().check(report)
                return WorkerResponse(path: request.path, records: ReportRecords(report: report, findings: findings))
            } catch {
                let (kind, message) = Console.describe(error)
                return WorkerResponse(path: request.path, failure: .init(kind: kind, message: message))
            }
        }
    }
}
