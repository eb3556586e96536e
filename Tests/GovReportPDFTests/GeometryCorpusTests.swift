import Foundation
import GovReport
import GovReportTestSupport
import Testing

/// The geometric reader alone (no text stage) on real layouts: every cell of sections 二, 三, 四 equals the truth.
@Suite("Geometric table reader on the public corpus and the variation fixtures")
struct GeometryCorpusTests {
    static var publicNames: [String] { SharedCorpus.publicNames(withExtension: "pdf") }
    static var variationNames: [String] { RepositoryFiles.names(in: RepositoryFiles.fixtures, withSuffix: ".pdf") }

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
        #expect(misses.isEmpty, "\(name).pdf: \(misses.count) cells wrong: \(misses.prefix(8))")
        let odd = warnings.filter { !["blank_cell", "single_other_row"].contains($0.code) }
        #expect(odd.isEmpty, "\(name).pdf: \(odd.map(\.message))")
        #expect(warnings.contains { $0.code == "single_other_row" } == name.hasPrefix("v10_"), "\(name).pdf")
    }

    @Test("variation fixtures as pdftotext -layout text", arguments: variationNames)
    func variationLayoutText(name: String) throws {
        let truth = try TruthFile(url: RepositoryFiles.fixtures.appendingPathComponent(name + ".json"))
        let lines = SampleReader.lines(ofText: RepositoryFiles.fixtures.appendingPathComponent(name + ".layout.txt").path)
        let misses = truth.misses(in: Array(SampleReader.tables(of: lines).tables.values))
        #expect(misses.isEmpty, "\(name).layout.txt: \(misses.count) cells wrong: \(misses.prefix(8))")
    }
}
