import Foundation
import Testing
@testable import GovReport
import GovReportTestSupport

/// The public samples' `pdftotext -raw` text: sections, header against the truth, clean paragraphs.
@Suite("Public sample texts", .enabled(if: SharedCorpus.isPresent))
struct PublicTextTests {
    @Test("six sections and the header of the truth", arguments: SharedCorpus.publicNames(withExtension: "txt"))
    func document(name: String) throws {
        let url = try #require(SharedCorpus.publicURL(name, "txt"))
        let document = DocumentReader().read(TextLines.lines(fromPlainText: try String(contentsOf: url, encoding: .utf8), settings: .prose))
        let truth = try SharedCorpus.truth(name)
        #expect(document.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.info.title == truth.title)
        #expect(document.info.agency == truth.agency)
        #expect(document.info.year == truth.year)
        #expect(document.info.template?.rawValue == truth.template)
        let paragraphs = document.preamble + document.sections.flatMap(\.paragraphs)
        #expect(!paragraphs.contains { $0.text.isEmpty || PageFurniture.isDecoratedPageNumber($0.text) })
        #expect(!paragraphs.contains { $0.text.contains(#/-\d+-/#) })
        // Every narrative paragraph ends a sentence, or is a sub-heading or the signature (agency, date).
        for section in document.sections where !section.hasTable {
            for p in section.paragraphs where !CharacterClass.endsSentence(p.text) {
                #expect(p.text.count <= 20, "\(name) §\(section.number): \(p.text)")
            }
        }
    }
}
