import Foundation
import GovReport
import GovReportStore
import Testing

@Suite("ReportStore")
struct ReportStoreTests {
    @Test("saving a report writes every row once, in its tables")
    func saveWritesEveryRow() throws {
        // Given an empty store
        let store = try ReportStore.inMemory()
        // When a report with 2 findings is saved
        let outcome = try store.save(Fixtures.records(findings: 2), path: "/data/a.pdf")
        // Then every table holds the report's rows
        #expect(outcome == .stored)
        #expect(try store.counts() == StoreCounts(reports: 1, paths: 1, sections: 2, paragraphs: 4, cells: 7,
                                                 findings: 2, warnings: 1, failures: 0))
        let stored = try #require(try store.report(sha256: String(repeating: "a", count: 64)))
        #expect(stored.status == .findings)
        #expect(stored.agency == "清河市人力资源和社会保障局")
        #expect(stored.year == 2021)
        #expect(stored.template == "2021")
        #expect(stored.pageCount == 5)
    }

    @Test("a report without findings has status ok")
    func statusOK() throws {
        let store = try ReportStore.inMemory()
        try store.save(Fixtures.records(findings: 0), path: "/data/a.pdf")
        #expect(try store.report(sha256: String(repeating: "a", count: 64))?.status == .ok)
    }

    @Test("the same content under two paths is stored once with both paths")
    func sameContentTwoPaths() throws {
        let store = try ReportStore.inMemory()
        try store.save(Fixtures.records(), path: "/data/a.pdf")
        let before = try store.counts()
        // When the same content is saved under a second path, and again under the first
        #expect(try store.save(Fixtures.records(), path: "/copies/b.pdf") == .alreadyStored)
        #expect(try store.save(Fixtures.records(), path: "/data/a.pdf") == .alreadyStored)
        // Then only one path row was added
        var expected = before
        expected.paths += 1
        #expect(try store.counts() == expected)
        #expect(try store.paths(sha256: String(repeating: "a", count: 64)) == ["/copies/b.pdf", "/data/a.pdf"])
    }

    @Test("addPath records a path only for stored content")
    func addPath() throws {
        let store = try ReportStore.inMemory()
        #expect(try store.addPath("/x.pdf", sha256: String(repeating: "a", count: 64)) == false)
        try store.save(Fixtures.records(), path: "/data/a.pdf")
        #expect(try store.addPath("/x.pdf", sha256: String(repeating: "a", count: 64)) == true)
        #expect(try store.counts().paths == 2)
    }

    @Test("a failure is replaced by a later failure and removed by a later success")
    func failureLifecycle() throws {
        let store = try ReportStore.inMemory()
        let sha = String(repeating: "a", count: 64)
        try store.recordFailure(FailureRecord(path: "/data/a.pdf", sha256: sha, stage: .worker, kind: "timeout", message: "slow"))
        try store.recordFailure(FailureRecord(path: "/data/a.pdf", sha256: sha, stage: .worker, kind: "crash", message: "boom"))
        #expect(try store.failures().map(\.kind) == ["crash"])
        #expect(try store.failure(sha256: sha)?.message == "boom")
        try store.save(Fixtures.records(), path: "/data/a.pdf")
        #expect(try store.failures().isEmpty)
    }

    @Test("a database file is migrated once and reopened with its data")
    func reopenFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.sqlite").path
        try ReportStore(path: path).save(Fixtures.records(), path: "/data/a.pdf")
        let reopened = try ReportStore(path: path)
        #expect(try reopened.counts().reports == 1)
    }

    @Test("a database in a missing folder gives an error naming the file")
    func unwritable() throws {
        let path = "/nonexistent-folder-\(UUID().uuidString)/r.sqlite"
        #expect {
            try ReportStore(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path) && "\(error)".contains("writable")
        }
    }

    @Test("two stores with the same data dump alike, whenever written")
    func canonicalDump() throws {
        let first = try ReportStore.inMemory(), second = try ReportStore.inMemory()
        try first.save(Fixtures.records(ingestedAt: "2025-01-01T00:00:00Z"), path: "/a.pdf")
        try second.save(Fixtures.records(ingestedAt: "2025-06-01T00:00:00Z"), path: "/a.pdf")
        #expect(try first.canonicalDump() == second.canonicalDump())
        try second.addPath("/b.pdf", sha256: String(repeating: "a", count: 64))
        #expect(try first.canonicalDump() != second.canonicalDump())
    }

    @Test("records travel as JSON unchanged (the worker-to-parent transfer)")
    func recordsRoundTrip() throws {
        let records = Fixtures.records(findings: 1)
        let decoded = try JSONDecoder().decode(ReportRecords.self, from: JSONEncoder().encode(records))
        #expect(decoded == records)
    }
}
