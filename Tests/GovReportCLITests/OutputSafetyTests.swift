import Foundation
import Testing

/// `ingest` and `export` never replace a file they were not asked to, and an export that dies mid-way
/// leaves no half file: the export is cut by a file-size limit (RLIMIT_FSIZE: the kernel kills the process
/// with SIGXFSZ on the write that crosses it), which interrupts it at a known point, every run.
@Suite("output safety", .serialized)
struct OutputSafetyTests {
    /// A database ingested from the committed bad inputs (its `requests` export is about 450 KB).
    private func ingestedDatabase(in base: URL) throws -> String {
        let db = base.appendingPathComponent("reports.sqlite").path
        let result = try CLI.run(["ingest", BadInputTests.folder.path, "--db", db, "--jobs", "1"])
        try #require(result.status == 0, "\(result.stderr)")
        return db
    }

    /// Runs govreport under `ulimit -f KIB` (1 KiB blocks) through /bin/sh. With `killed`, SIGXFSZ has its
    /// default action (the process dies on the write that crosses the limit); otherwise it is blocked, so
    /// that write fails with EFBIG and govreport handles the error.
    private func runLimited(fileSizeKiB: Int, killed: Bool, _ arguments: [String]) throws -> (exited: Bool, code: Int32) {
        let argv = ["/bin/sh", "-c", "ulimit -f \(fileSizeKiB) && exec \"$0\" \"$@\"", CLI.executable.path] + arguments
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        if killed { sigaddset(&defaults, SIGXFSZ) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var blocked = sigset_t()
        sigemptyset(&blocked)
        if !killed { sigaddset(&blocked, SIGXFSZ) }
        posix_spawnattr_setsigmask(&attributes, &blocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        try #require(posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArguments, environ) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let signal = status & 0x7F
        return signal == 0 ? (true, (status >> 8) & 0xFF) : (false, signal)
    }

    @Test("an export killed while writing leaves no file, and an existing file untouched even with --force")
    func interruptedExport() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let db = try ingestedDatabase(in: base)
        let whole = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "requests"])
        try #require(whole.stdout.utf8.count > 256 * 1024, "the export must be larger than the limit")

        let output = base.appendingPathComponent("requests.csv")
        let cut = try runLimited(fileSizeKiB: 128, killed: true, ["export", "--db", db, "--format", "csv", "--table", "requests",
                                                    "--output", output.path])
        #expect(!cut.exited && cut.code == SIGXFSZ, "\(cut)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "a half-written export is visible")

        try Data("previous export\n".utf8).write(to: output)
        let forced = try runLimited(fileSizeKiB: 128, killed: true, ["export", "--db", db, "--format", "csv", "--table", "requests",
                                                       "--output", output.path, "--force"])
        #expect(!forced.exited && forced.code == SIGXFSZ, "\(forced)")
        #expect(try Data(contentsOf: output) == Data("previous export\n".utf8))

        // A write that fails (EFBIG, SIGXFSZ ignored) is an error: exit 1, no file, no temporary left.
        try FileManager.default.removeItem(at: output)
        let failed = try runLimited(fileSizeKiB: 128, killed: false, ["export", "--db", db, "--format", "csv",
                                                                      "--table", "requests", "--output", output.path])
        #expect(failed.exited && failed.code == 1, "\(failed)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let hidden = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0.hasPrefix(".requests.csv.") }
        #expect(hidden.count == 2, "the two killed exports leave their hidden temporary files, the failed one none: \(hidden)")

        // Without the limit the same export completes and equals stdout.
        let done = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "requests", "--output", output.path, "--force"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(String(decoding: try Data(contentsOf: output), as: UTF8.self) == whole.stdout)
    }

    @Test("ingest refuses a --db that is not a database and leaves that file byte for byte")
    func ingestDoesNotClobber() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let report = base.appendingPathComponent("report.pdf")
        let bytes = try Data(contentsOf: BadInputTests.folder.appendingPathComponent("wrong_startxref.pdf"))
        try bytes.write(to: report)
        let result = try CLI.run(["ingest", BadInputTests.folder.path, "--db", report.path, "--jobs", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(report.path))
        #expect(try Data(contentsOf: report) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["report.pdf"])
    }

    @Test("ingest writes nothing into the folders it reads")
    func ingestLeavesInputsAlone() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let inputs = base.appendingPathComponent("in")
        try FileManager.default.copyItem(at: BadInputTests.folder, to: inputs)
        let before = try snapshot(inputs)
        let result = try CLI.run(["ingest", inputs.path, "--db", base.appendingPathComponent("db.sqlite").path, "--jobs", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try snapshot(inputs) == before)
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
