import Foundation
import GovReport
import Testing

/// The stream reader on real flattened text: the seed report and the public samples' `pdftotext -raw` output.
@Suite(.enabled(if: CorpusTruth.isPresent, "needs ../shared/corpus beside the repository"))
struct StreamTableReaderCorpusTests {
    @Test("every cell of sections 二, 三, 四 equals the truth", arguments: CorpusTruth.textSamples())
    func matchesTruth(sample: String) throws {
        let url = CorpusTruth.corpus.appendingPathComponent(sample)
        let text = try String(contentsOf: url, encoding: .utf8)
        let tables = StreamTableReader.read(TextLines.lines(fromPlainText: text))
        let truth = try CorpusTruth.cells(ofTruth: url.deletingPathExtension().appendingPathExtension("json"))
        let byKind: [TableKind: Table] = Dictionary(uniqueKeysWithValues: [tables.proactive, tables.requests, tables.reviewLitigation]
            .compactMap(\.table).map { ($0.kind, $0) })
        let wrong = truth.cells.filter { byKind[$0.table]?[$0.row, $0.column]?.value != $0.value }
        #expect(wrong.isEmpty, "\(sample): \(wrong.count) of \(truth.cells.count) cells differ, e.g. \(wrong.prefix(5).map { "\($0) read \(byKind[$0.table]?[$0.row, $0.column].map { String($0.value) } ?? "nothing")" })")
        #expect(byKind[.requests]?.template == truth.template)
        #expect(byKind[.proactive]?.template == truth.template)
        // No cell is read that the truth does not have.
        for table in byKind.values {
            #expect(table.rows.reduce(0) { $0 + $1.cells.count } == truth.cells.filter { $0.table == table.kind }.count)
        }
    }
}
