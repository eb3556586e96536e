import Foundation
import GovReport
import GovReportTestSupport
import Testing

/// The geometric reader alone (no text stage) on real layouts: every cell of sections 二, 三, 四 equals the truth.
@Suite("Geometric table reader on the public corpus and the variation fixtures")
struct GeometryCorpusTests {
    static var publicNames: [String] { SharedCorpus.publicNames(withExtension: "pdf") }
    static var variationNames: [String] { RepositoryFiles.names(in: RepositoryFiles.fixtures, withSuffix: ".pdf") }

    /// Layouts this reader alone does not read yet (the pipeline reads them through the stream reader):
    /// fixture name (PDF) or name + ".layout.txt", and why.
    static let known: [String: String] = [
        "v20_stacked_review_blanks": "section 四 as two stacked tables: columns guessed (columns_guessed warning)",
        "v20_stacked_review_blanks.layout.txt": "rows with blank cells printed off the -layout grid",
        "v30_blank_zeros_fullwidth.layout.txt": "rows of one value placed by -layout alignment, which drifts from the header (flagged columns_guessed)",
        "v19_spaced_row_labels.layout.txt": "letter-spaced row labels in -layout text: section 三 not read",
        "v27_header_two_rows.layout.txt": "letter-spaced row labels in -layout text: section 三 not read",
        "v28_proactive_split_unruled.layout.txt": "letter-spaced row labels in -layout text: section 三 not read",
    ]

    @Test("public PDFs", .enabled(if: SharedCorpus.isPresent), arguments: publicNames)
    func publicPDF(name: String) throws {
        let truth = try TruthFile(url: #require(SharedCorpus.publicURL(name, "json")))
        let lines = try SampleReader.lines(ofPDF: #require(SharedCorpus.publicURL(name, "pdf")).path)
        let misses = truth.misses(in: Array(SampleReader.tables(of: lines).tables.values))
        #expect(misses.isEmpty, "\(name).pdf: \(misses.count) cells wrong: \(misses.prefix(8))")
    }

    @Test("variation fixture PDFs, with only the expected warnings", arguments: variationNames)
    func variationPDF(name: String) throws {
        let truth = try TruthFile(url: RepositoryFiles.fixtures.appendingPathComponent(name + ".json"))
        let lines = try SampleReader.lines(ofPDF: RepositoryFiles.fixtures.appendingPathComponent(name + ".pdf").path)
        let (tables, warnings) = SampleReader.tables(of: lines)
        let misses = truth.misses(in: Array(tables.values))
        let odd = warnings.filter { !["blank_cell", "single_other_row"].contains($0.code) }
        withKnownIssue(Comment(rawValue: Self.known[name] ?? ""), isIntermittent: true) {
            #expect(misses.isEmpty, "\(name).pdf: \(misses.count) cells wrong: \(misses.prefix(8))")
            #expect(odd.isEmpty, "\(name).pdf: \(odd.map(\.message))")
        } when: { Self.known[name] != nil }
        #expect(warnings.contains { $0.code == "single_other_row" } == name.hasPrefix("v10_"), "\(name).pdf")
    }

    @Test("variation fixtures as pdftotext -layout text", arguments: variationNames)
    func variationLayoutText(name: String) throws {
        let truth = try TruthFile(url: RepositoryFiles.fixtures.appendingPathComponent(name + ".json"))
        let lines = SampleReader.lines(ofText: RepositoryFiles.fixtures.appendingPathComponent(name + ".layout.txt").path)
        let misses = truth.misses(in: Array(SampleReader.tables(of: lines).tables.values))
        withKnownIssue(Comment(rawValue: Self.known[name + ".layout.txt"] ?? ""), isIntermittent: true) {
            #expect(misses.isEmpty, "\(name).layout.txt: \(misses.count) cells wrong: \(misses.prefix(8))")
        } when: { Self.known[name + ".layout.txt"] != nil }
    }
}
