import Foundation
import GovReport
import Testing

/// Every public sample PDF: every cell of sections 二, 三, 四 equals the truth.
@Suite("Geometric table reader on the public corpus")
struct GeometryCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus/public").standardized.path
    static var samples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("public PDFs: every table cell equals the truth",
          .enabled(if: FileManager.default.fileExists(atPath: corpus)))
    func publicPDFs() throws {
        var right = 0, total = 0
        for name in Self.samples {
            guard let truth = TableTruth(path: "\(Self.corpus)/\(name).json") else { continue }
            let lines = try SampleReader.lines(ofPDF: "\(Self.corpus)/\(name).pdf")
            let score = truth.score(SampleReader.tables(of: lines).tables)
            right += score.right; total += score.total
            print("geometry \(name).pdf: \(score.right)/\(score.total)")
            for miss in score.misses.prefix(8) { print("  \(miss)") }
            #expect(score.misses.isEmpty, "\(name).pdf: \(score.misses.count) cells wrong")
        }
        print("geometry public PDFs overall: \(right)/\(total)")
        #expect(total > 0)
    }

    static let variations = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/variations").standardized.path
    static var variationNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: variations)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("variation fixtures (PDF): every table cell equals the truth",
          .enabled(if: FileManager.default.fileExists(atPath: variations)))
    func variationPDFs() throws {
        var right = 0, total = 0
        for name in Self.variationNames {
            guard let truth = TableTruth(path: "\(Self.variations)/\(name).json") else { continue }
            let lines = try SampleReader.lines(ofPDF: "\(Self.variations)/\(name).pdf")
            let (tables, warnings) = SampleReader.tables(of: lines)
            let score = truth.score(tables)
            let odd = warnings.filter { !["blank_cell", "single_other_row"].contains($0.code) }
            #expect(odd.isEmpty, "\(name).pdf: \(odd.map(\.message))")
            #expect(warnings.contains { $0.code == "single_other_row" } == name.hasPrefix("v10_"), "\(name).pdf")
            right += score.right; total += score.total
            print("geometry \(name).pdf: \(score.right)/\(score.total)")
            for miss in score.misses.prefix(8) { print("  \(miss)") }
            #expect(score.misses.isEmpty, "\(name).pdf: \(score.misses.count) cells wrong")
        }
        print("geometry variation PDFs overall: \(right)/\(total)")
        #expect(total > 0)
    }

    @Test("variation fixtures (pdftotext -layout): every table cell equals the truth",
          .enabled(if: FileManager.default.fileExists(atPath: variations)))
    func variationLayoutTexts() throws {
        var right = 0, total = 0
        for name in Self.variationNames {
            guard let truth = TableTruth(path: "\(Self.variations)/\(name).json") else { continue }
            let lines = SampleReader.lines(ofText: "\(Self.variations)/\(name).layout.txt")
            let score = truth.score(SampleReader.tables(of: lines).tables)
            right += score.right; total += score.total
            print("geometry \(name).layout.txt: \(score.right)/\(score.total)")
            for miss in score.misses.prefix(8) { print("  \(miss)") }
            #expect(score.misses.isEmpty, "\(name).layout.txt: \(score.misses.count) cells wrong")
        }
        print("geometry variation layout texts overall: \(right)/\(total)")
        #expect(total > 0)
    }
}
