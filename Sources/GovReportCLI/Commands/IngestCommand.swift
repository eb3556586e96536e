import ArgumentParser
import Foundation
import GovReport
import GovReportPDF
import GovReportStore

extension GovReportCommand {
    /// `govreport ingest PATH... --db reports.sqlite`: extract folders of reports into SQLite, in parallel,
    /// resumably, with the parsing isolated in worker processes.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract and check every PDF and .txt under the given paths into a SQLite database.",
            discussion: """
            Folders are walked recursively; files other than .pdf and .txt are counted and skipped. A file \
            whose content (SHA-256) is already stored is not parsed again; only its path is recorded, so a \
            rerun (also after a crash or kill) finishes the batch without duplicates. Parsing runs in worker \
            processes with a per-file timeout and a memory cap; a file that fails is recorded in the failure \
            table and the batch goes on. Exit status: 0 when every file was dealt with (failures recorded), \
            1 when the batch could not run (no such path, database not writable). See Docs/ingest.md.
            """)

        @Argument(help: "Files or folders to ingest.")
        var paths: [String]

        @Option(help: "The SQLite database to create or add to.")
        var db: String

        @Option(help: "Worker processes running at once (default: every core).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Seconds allowed per file before its worker is stopped (plus 15 s a page for PDFs with images, which OCR may read).")
        var timeout: Double = 60

        @Option(name: .customLong("worker-memory-mb"), help: "Address-space cap of each worker, in MiB.")
        var workerMemoryMB: Int = 2048

        @Option(help: "Password of encrypted PDFs.")
        var password: String?

        @Option(help: OCRMode.help)
        var ocr: OCRMode = .auto

        @Flag(help: "Parse again content that failed in an earlier run (default: record the earlier failure).")
        var retryFailed = false

        @OptionGroup var agencyOptions: AgencyOptions

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
            guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds.") }
            guard workerMemoryMB >= 256 else { throw ValidationError("--worker-memory-mb must be at least 256.") }
        }

        func run() throws {
            let aliases = try agencyOptions.aliases()
            let found = try FileWalker().walk(paths)
            let store = try ReportStore(path: db)
            signal(SIGPIPE, SIG_IGN)  // a dead worker's pipe must give an error, not kill the batch
            let tally = BatchTally(total: found.reports.count, skippedOther: found.skipped.count)
            let settings = Supervisor.Settings(jobs: jobs, timeout: timeout, workerMemoryMB: workerMemoryMB,
                                               password: password, ocr: ocr, retryFailed: retryFailed,
                                               executable: Self.executable())
            let progress = Progress(tally: tally)
            progress.begin()
            defer { progress.finish() }
            try Supervisor(store: store, settings: settings, tally: tally).run(files: found.reports)
            progress.finish()
            // Cross-year rules for the agencies this run touched (keys filled or re-keyed first).
            try store.rekey(aliases: aliases, keepStored: aliases.isEmpty)
            let agencies = try store.agencyKeys(forPaths: found.reports)
            let series = try store.checkSeries(agencyKeys: agencies)
            Console.out(Self.summary(tally.snapshot, store: try store.counts(), db: db)
                + Self.seriesSummary(series, agencies: agencies.count))
        }

        /// `cross-year: 3 agencies checked, 2 findings (X1 2); govreport check --db DB lists them`.
        static func seriesSummary(_ findings: [SeriesFinding], agencies: Int) -> String {
            let rules = Dictionary(grouping: findings, by: \.finding.rule).sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value.count)" }.joined(separator: ", ")
            return "cross-year: \(agencies) agencies checked, \(findings.count) findings" + (rules.isEmpty ? "" : " (\(rules))") + "\n"
        }

        /// This executable, to start as `govreport worker`.
        static func executable() -> URL {
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: path)
            }
            return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        }

        /// `; 12 pages read, 9 by OCR` when this run read scans; nothing otherwise.
        static func pages(_ counts: BatchCounts) -> String {
            counts.ocrPages == 0 ? "" : "; \(counts.pages) pages read, \(counts.ocrPages) by OCR"
        }

        static func summary(_ counts: BatchCounts, store: StoreCounts, db: String) -> String {
            """
            files: \(counts.total) report files, \(counts.skippedOther) other files skipped
            this run: \(counts.ok) ok, \(counts.findings) with findings, \(counts.failed) failed, \
            \(counts.alreadyStored) already stored, \(counts.knownFailures) failed before\(pages(counts))
            \(db): \(store)

            """
        }
    }
}
