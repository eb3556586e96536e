import Foundation
import GovReport
import GovReportPDF

/// Reads a sample's lines and tables with the geometric reader alone (no text stage), for its unit tests.
enum SampleReader {
    /// Page-number lines ("- 3 -", "—3—", "第3页", "3"): dropped in tests until the text stage removes them.
    static func isPageNumber(_ line: TextLine) -> Bool {
        guard line.tokens.count == 1 else { return false }
        let t = line.text.filter { !$0.isWhitespace }
        let core = t.trimmingCharacters(in: CharacterSet(charactersIn: "-—–－第页"))
        return !core.isEmpty && core.allSatisfy(\.isNumber) && t.count <= 8
    }

    static func lines(ofPDF path: String) throws -> [TextLine] {
        try PDFReader().readPages(atPath: path).flatMap { TextLines.lines(of: $0) }.filter { !isPageNumber($0) }
    }

    static func lines(ofText path: String) -> [TextLine] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return TextLines.lines(fromPlainText: text).filter { !isPageNumber($0) && !$0.tokens.isEmpty }
    }

    /// The lines of section `number`, heading first; empty when the section is not found.
    static func section(_ number: Int, of lines: [TextLine]) -> [TextLine] {
        guard let span = SectionHeadings.spans(in: lines).first(where: { $0.number == number }) else { return [] }
        return Array(lines[span.range])
    }

    /// Reads the three tables with the geometric reader.
    static func tables(of lines: [TextLine]) -> (tables: [TableKind: Table], warnings: [ExtractionWarning]) {
        var tables: [TableKind: Table] = [:]
        var warnings: [ExtractionWarning] = []
        let proactive = GeometryTableReader.proactive(section(2, of: lines))
        let requests = GeometryTableReader.requests(section(3, of: lines), reportTemplate: proactive.table?.template)
        let review = GeometryTableReader.reviewLitigation(section(4, of: lines))
        for reading in [proactive, requests, review] {
            if let t = reading.table { tables[t.kind] = t }
            warnings += reading.warnings
        }
        return (tables, warnings)
    }
}
