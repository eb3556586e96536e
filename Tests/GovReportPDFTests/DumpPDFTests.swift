import Foundation
import Testing
import GovReport
import GovReportPDF

@Test func dumpPDFs() throws {
    let names = ProcessInfo.processInfo.environment["DUMP"]?.split(separator: ",").map(String.init) ?? []
    for name in names {
        let pages = try PDFReader().readPages(atPath: name)
        let doc = DocumentReader().read(pages.flatMap { TextLines.lines(of: $0) })
        var out = "== \(name) \(doc.info) cjk=\(doc.cjkShare) title=\(String(describing: doc.titleLines))\n"
        out += "metrics \(BodyMetrics(lines: doc.lines))\n"
        for p in doc.preamble { out += "P[\(p.page) \(p.lineRange)] \(p.text)\n" }
        for s in doc.sections {
            out += "## \(s.number) \(s.heading) p\(s.page) \(s.lineRange)\n"
            for p in s.paragraphs { out += "  [\(p.page)-\(p.lastPage) \(p.lineRange)] \(p.text)\n" }
        }
        FileManager.default.createFile(atPath: "/tmp/textlayout/" + (name as NSString).lastPathComponent + ".dump", contents: Data(out.utf8))
    }
}
