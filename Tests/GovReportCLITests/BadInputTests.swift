import Foundation
import GovReportStore
import Testing

/// The committed hostile inputs of Tests/Fixtures/bad/ (made by Scripts/robustness/make_bad_inputs.py):
/// `text`, `extract` and `check` give the exact error kind and the documented exit status (Docs/errors.md),
/// never crash or hang; `ingest` stores or records every one of them.
@Suite("bad inputs", .serialized)
struct BadInputTests {
    static let folder = CLI.root.appendingPathComponent("Tests/Fixtures/bad")

    /// Every fixture with the outcome it must give: "ok" or the error kind.
    static let cases: [(file: String, password: String?, outcome: String)] = [
        ("empty.pdf", nil, "empty_file"),
        ("whitespace.txt", nil, "no_text"),
        ("bom_only.txt", nil, "no_text"),
        ("random_4_0.pdf", nil, "not_a_pdf"),
        ("random_512_0.pdf", nil, "not_a_pdf"),
        ("random_4096_0.txt", nil, "undecodable_text"),
        ("pdf_header_1024_0.pdf", nil, "damaged_pdf"),
        ("error_page_0.pdf", nil, "not_a_pdf"),          // <!DOCTYPE html> 404 page saved as .pdf
        ("error_page_2.pdf", nil, "not_a_pdf"),          // GBK HTML page
        ("error_page.txt", nil, "not_a_report"),
        ("sample_2021_cut000004.pdf", nil, "not_a_pdf"), // "%PDF" without the dash
        ("sample_2021_cut042023.pdf", nil, "damaged_pdf"),
        ("wrong_startxref.pdf", nil, "ok"),              // Poppler rebuilds the cross-reference table
        ("no_trailer.pdf", nil, "ok"),
        ("no_tounicode.pdf", nil, "mojibake"),
        ("image_only.pdf", nil, "ocr_no_text"),         // --ocr auto reads its 64 × 90 px images: nothing
        ("zero_pages.pdf", nil, "no_pages"),
        ("aes128.pdf", nil, "encrypted_pdf"),
        ("aes128.pdf", "wrong", "encrypted_pdf"),
        ("aes128.pdf", "user-pw", "ok"),
        ("rc4_owner_only.pdf", nil, "ok"),               // empty user password: opens without one
        ("gb18030.txt", nil, "ok"),
        ("gbk.txt", nil, "ok"),
        ("utf16le_bom.txt", nil, "ok"),
        ("utf16be_bom.txt", nil, "ok"),
        ("crlf.txt", nil, "ok"),
        ("utf8_cut01.txt", nil, "ok"),                   // download cut inside a UTF-8 character
        ("utf8_flip02.txt", nil, "ok"),                  // one flipped bit: invalid UTF-8 continuation
        ("nul_bytes.txt", nil, "ok"),
        ("not_a_report.txt", nil, "not_a_report"),
        ("english.txt", nil, "not_a_report"),
        ("zip_not_docx.docx", nil, "not_a_docx"),        // a ZIP holding readme.txt
        ("docx_no_document.docx", nil, "not_a_docx"),    // a ZIP with Word's styles but no word/document.xml
        ("docx_bad_xml.docx", nil, "damaged_docx"),      // word/document.xml cut inside a tag
        ("sample_2021_cut020210.docx", nil, "damaged_docx"), // the sample .docx cut in half
        ("html_no_report.html", nil, "not_a_report"),    // a portal news page
        ("html_gbk_declared_utf8.html", nil, "ok"),      // GBK bytes, <meta charset> says UTF-8
        ("html_as_doc.doc", nil, "ok"),                  // a saved web page named .doc
        ("legacy.doc", nil, "unsupported_file_type"),    // OLE2 (Word 97-2003): convert with soffice
        ("legacy.wps", nil, "unsupported_file_type"),
    ]

    @Test("extract, text and check give the exact outcome and exit status", arguments: cases.indices)
    func outcome(_ index: Int) throws {
        let (file, password, outcome) = Self.cases[index]
        let path = Self.folder.appendingPathComponent(file).path
        let options = password.map { ["--password", $0] } ?? []

        let extract = try run(["extract", "--format", "jsonl"] + options + [path])
        let line = try #require(extract.stdout.split(separator: "\n").first.map(String.init), "no output for \(file)")
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let error = object?["error"] as? [String: Any]
        #expect((error?["kind"] as? String ?? "ok") == outcome, "\(file): \(line.prefix(300))")
        #expect(extract.status == (outcome == "ok" ? 0 : 2), "\(file): \(extract.stderr)")

        let text = try run(["text"] + options + [path])
        let check = try run(["check"] + options + [path])
        if outcome == "ok" {
            #expect(object?["sections"] != nil, "\(file)")
            #expect(text.status == 0, "\(file): \(text.stderr)")
            #expect(check.status == 0 || check.status == 1, "\(file): \(check.stderr)")
        } else {
            let message = try #require(error?["message"] as? String)
            #expect(message.hasPrefix(path + ": "), "the message names the file: \(message)")
            for result in [text, check] {
                #expect(result.status == 2, "\(file): status \(result.status)")
                #expect(result.stderr == "govreport: \(message)\n", "\(file): \(result.stderr)")
            }
        }
    }

    @Test("a missing path is file_not_found and a folder is unsupported_file_type")
    func missingAndFolder() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("report.pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let missing = base.appendingPathComponent("missing.pdf").path
        let result = try run(["extract", "--format", "jsonl", missing, folder.path])
        #expect(result.status == 2)
        let kinds = result.stdout.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])
                .flatMap { ($0["error"] as? [String: Any])?["kind"] as? String }
        }
        #expect(kinds == ["file_not_found", "unsupported_file_type"])
    }

    @Test("one batch over every fixture writes one line per file, in order, and goes on after failures")
    func batch() throws {
        let files = Self.cases.filter { $0.password == nil }
        let result = try run(["extract", "--format", "jsonl"] + files.map { Self.folder.appendingPathComponent($0.file).path })
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == files.count)
        for (line, expected) in zip(lines, files) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let kind = (object?["error"] as? [String: Any])?["kind"] as? String ?? "ok"
            #expect(kind == expected.outcome, "\(expected.file)")
        }
    }

    @Test("ingest of the whole folder stores or records every file with its kind")
    func ingest() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let db = base.appendingPathComponent("bad.sqlite").path
        let result = try run(["ingest", Self.folder.path, "--db", db, "--jobs", "1", "--timeout", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        let store = try ReportStore(path: db)
        let failures = Dictionary(uniqueKeysWithValues: try store.failures().map {
            (($0.path as NSString).lastPathComponent, $0.kind)
        })
        for (file, password, outcome) in Self.cases where password == nil {
            if outcome == "ok" {
                #expect(failures[file] == nil, "\(file) failed: \(failures[file] ?? "")")
            } else {
                #expect(failures[file] == outcome, "\(file)")
            }
        }
        let okFiles = Set(Self.cases.filter { $0.password == nil && $0.outcome == "ok" }.map(\.file))
        #expect(try store.counts().paths == okFiles.count)
    }

    @Test("ingest: the same bytes named .pdf and .txt fail each their own way, not as copies of each other")
    func sameBytesTwoNames() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let inputs = base.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let page = try Data(contentsOf: Self.folder.appendingPathComponent("error_page.txt"))
        for name in ["a.pdf", "b.txt", "c.pdf", "d.txt"] { try page.write(to: inputs.appendingPathComponent(name)) }
        let db = base.appendingPathComponent("db.sqlite").path
        let result = try run(["ingest", inputs.path, "--db", db, "--jobs", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let kinds = try ReportStore(path: db).failures().map { (($0.path as NSString).lastPathComponent, $0.kind) }
        #expect(kinds.map(\.0) == ["a.pdf", "b.txt", "c.pdf", "d.txt"])
        #expect(kinds.map(\.1) == ["not_a_pdf", "not_a_report", "not_a_pdf", "not_a_report"])
    }

    /// Runs `govreport arguments…` with a time limit: a hang fails the test instead of stalling the suite.
    /// Output goes to temporary files, so a large output cannot block the process on a full pipe.
    private func run(_ arguments: [String], seconds: Double = 120) throws -> CLI.Result {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let outURL = base.appendingPathComponent("stdout"), errURL = base.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            process.terminate()
            Issue.record("govreport \(arguments.joined(separator: " ")) did not finish in \(Int(seconds)) s")
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit,
                "govreport \(arguments.joined(separator: " ")) crashed (signal \(process.terminationStatus))")
        return CLI.Result(status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
