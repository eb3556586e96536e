import Foundation
import GovReport
import GovReportStore
import Testing

/// `govreport ingest` and `export` run as a user runs them, on a folder built from the committed fixtures.
@Suite("ingest end to end", .enabled(if: CLI.corpusAvailable), .serialized)
struct IngestEndToEndTests {
    @Test("a folder is ingested with exact counts, and a second run adds nothing")
    func ingestTwice() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = try CLI.batchFolder(in: base)
        let db = base.appendingPathComponent("reports.sqlite").path

        let first = try CLI.run(["ingest", folder.path, "--db", db, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("7 report files, 1 other files skipped"))
        #expect(first.stdout.contains("1 already stored"))
        let store = try ReportStore(path: db)
        let counts = try store.counts()
        #expect(counts.reports == 4)
        #expect(counts.paths == 5)
        #expect(counts.failures == 2)
        #expect(Set(try store.failures().map(\.kind)) == ["damaged_pdf", "no_text_layer"])
        #expect(try store.failures().allSatisfy { $0.stage == .extract && $0.sha256?.count == 64 })
        let a101 = try store.paths(sha256: try sha256(of: folder.appendingPathComponent("2021/a1_01.pdf")))
        #expect(a101 == [folder.appendingPathComponent("2021/a1_01.pdf").path,
                         folder.appendingPathComponent("copies/same-as-a1_01.pdf").path])
        let dump = try store.canonicalDump()

        let second = try CLI.run(["ingest", folder.path, "--db", db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("0 ok, 0 with findings, 0 failed, 5 already stored, 2 failed before"))
        #expect(try store.canonicalDump() == dump)
    }

    @Test("a worker that hangs, crashes or runs out of memory is recorded as failed and the batch completes")
    func workerFaults() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (source, name) in [("v01_unruled.pdf", "fine.pdf"), ("v02_wrapped_labels.pdf", "stuck.pdf"), ("v03_split_repeat.pdf", "boom.pdf"), ("v05_landscape.pdf", "hog.pdf")] {
            try FileManager.default.copyItem(at: CLI.corpus.appendingPathComponent(source), to: folder.appendingPathComponent(name))
        }
        let db = base.appendingPathComponent("reports.sqlite").path
        // The timeout must outlast the out-of-memory worker (filling 512 MiB takes 2-5 s on a loaded machine
        // running the other suites in parallel); the hanging worker costs this many seconds.
        let result = try CLI.run(["ingest", folder.path, "--db", db, "--jobs", "2", "--timeout", "8", "--worker-memory-mb", "512"],
                                 environment: ["GOVREPORT_TEST_WORKER_FAULT": "hang:stuck,crash:boom,oom:hog"])
        #expect(result.status == 0, "\(result.stderr)")
        let store = try ReportStore(path: db)
        #expect(try store.counts().reports == 1)
        let failures = try store.failures()
        #expect(failures.map { ($0.path as NSString).lastPathComponent } == ["boom.pdf", "hog.pdf", "stuck.pdf"])
        #expect(failures.map(\.kind) == ["crash", "out_of_memory", "timeout"])
        #expect(failures.allSatisfy { $0.stage == .worker && $0.message.hasPrefix($0.path) })
    }

    @Test("an ingest killed with SIGKILL mid-batch, then rerun, ends exactly like an uninterrupted run")
    func killAndResume() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = try CLI.batchFolder(in: base)
        let reference = base.appendingPathComponent("reference.sqlite").path
        #expect(try CLI.run(["ingest", folder.path, "--db", reference]).status == 0)

        // Given a batch whose worker sticks on the third file (sorted order) …
        let db = base.appendingPathComponent("killed.sqlite").path
        let (process, _, _) = try CLI.start(["ingest", folder.path, "--db", db, "--jobs", "1", "--timeout", "600"],
                                            environment: ["GOVREPORT_TEST_WORKER_FAULT": "hang:a3_01"])
        // … when the first two files are stored, the parent is killed with SIGKILL
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: db), let counts = try? ReportStore(path: db).counts() {
                stored = counts.reports
                if stored >= 2 { break }
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(stored == 2)
        #expect(try ReportStore(path: db).counts().reports == 2)

        // Then a rerun finishes the batch with exactly the reference content
        let rerun = try CLI.run(["ingest", folder.path, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try ReportStore(path: db).canonicalDump() == ReportStore(path: reference).canonicalDump())
    }

    @Test("exports of an ingested folder load back with the right row counts; --output is never clobbered")
    func exports() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = try CLI.batchFolder(in: base)
        let db = base.appendingPathComponent("reports.sqlite").path
        #expect(try CLI.run(["ingest", folder.path, "--db", db]).status == 0)
        let store = try ReportStore(path: db)
        let cells = try store.counts().cells

        let csvPath = base.appendingPathComponent("reports.csv").path
        let csv = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "reports", "--output", csvPath])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = String(decoding: FileManager.default.contents(atPath: csvPath) ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "sha256,path,path_count,file_name,kind,title,agency,agency_key,year,template,page_count,status,finding_count,warning_count,schema_version,ingested_at,proactive_status,requests_status,review_litigation_status,same_as,ocr")
        #expect(lines.count == 5)

        let again = try CLI.run(["export", "--db", db, "--format", "jsonl", "--table", "failures", "--output", csvPath])
        #expect(again.status != 0)
        #expect(again.stderr.contains("--force"))
        #expect(String(decoding: FileManager.default.contents(atPath: csvPath) ?? Data(), as: UTF8.self).split(separator: "\n").count == 5)

        let forced = try CLI.run(["export", "--db", db, "--format", "jsonl", "--table", "failures", "--output", csvPath, "--force"])
        #expect(forced.status == 0)
        let failures = try jsonLines(FileManager.default.contents(atPath: csvPath) ?? Data())
        #expect(failures.count == 2)
        #expect(Set(failures.compactMap { $0["kind"] as? String }) == ["damaged_pdf", "no_text_layer"])

        var exported = 0
        for table in ["requests", "proactive", "review_litigation"] {
            let result = try CLI.run(["export", "--db", db, "--format", "jsonl", "--table", table])
            #expect(result.status == 0)
            exported += try jsonLines(Data(result.stdout.utf8)).count
        }
        #expect(exported == cells)
    }

    @Test("a batch that cannot run exits non-zero and says why")
    func unrunnable() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        let noPath = try CLI.run(["ingest", missing, "--db", "/tmp/unused-\(UUID().uuidString).sqlite"])
        #expect(noPath.status != 0)
        #expect(noPath.stderr.contains(missing))
        let noDB = try CLI.run(["ingest", CLI.corpus.path, "--db", "\(missing)/reports.sqlite"])
        #expect(noDB.status != 0)
        #expect(noDB.stderr.contains("writable"))
    }

    private func sha256(of url: URL) throws -> String {
        FileHash.sha256Hex(of: try Data(contentsOf: url))
    }

    private func jsonLines(_ data: Data) throws -> [[String: Any]] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }
}
