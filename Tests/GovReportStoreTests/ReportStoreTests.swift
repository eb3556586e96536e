import Foundation
import GovReport
@testable import GovReportStore
import GRDB
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

@Suite("Store migration v3_input_kinds")
struct InputKindsMigrationTests {
    @Test("a database made before html and docx keeps every row and then accepts the new kinds")
    func rebuildKeepsData() throws {
        // Given a database at v2 (kind may only be pdf or text) holding a report and rows that refer to it
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v2_table_status")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO report VALUES ('a', 'a.pdf', 'pdf', 5, '某局2021年政府信息公开工作年度报告', '某局', 2021, '2021', 'ok', 0, 1, '1.1', 't');
                INSERT INTO report_path VALUES ('/data/a.pdf', 'a');
                INSERT INTO section VALUES ('a', 0, 1, '一、总体情况', 1);
                INSERT INTO cell VALUES ('a', 'requests', '2021', 'granted', 'total', 2, 6, '（一）予以公开', 3, '3', NULL, 3, 1, 2, 3, 4);
                INSERT INTO table_status VALUES ('a', 'requests', 'complete');
                """)
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO report VALUES ('b', 'b.html', 'html', 1, NULL, NULL, NULL, NULL, 'ok', 0, 0, '1.1', 't')")
            }
        }
        try old.close()
        // When the store opens it (and runs v3_input_kinds)
        let store = try ReportStore(path: path)
        // Then every row is still there, with its references, and a web page's report can be stored
        #expect(try store.counts() == StoreCounts(reports: 1, paths: 1, sections: 1, paragraphs: 0, cells: 1,
                                                 findings: 0, warnings: 0, failures: 0))
        #expect(try store.report(sha256: "a")?.title == "某局2021年政府信息公开工作年度报告")
        var (report, findings) = Fixtures.report(sha256: String(repeating: "c", count: 64))
        report.source.kind = .docx
        try store.save(ReportRecords(report: report, findings: findings), path: "/data/c.docx")
        #expect(try store.report(sha256: String(repeating: "c", count: 64))?.kind == "docx")
        let reopened = try DatabaseQueue(path: path)
        let (schema, brokenKeys) = try reopened.read { db in
            (try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'report'") ?? "",
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(schema.contains("'docx'"))
        // v4_ocr and v5_agency_key run after the rebuild, so their columns are on the rebuilt table
        #expect(schema.contains("ocr TEXT") && schema.contains("agency_key TEXT") && schema.contains("same_as TEXT"))
        #expect(brokenKeys == 0)
    }
}
