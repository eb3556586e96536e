import Foundation
import Testing
@testable import GovReport

@Test func dumpDocuments() throws {
    let names = ProcessInfo.processInfo.environment["DUMP"]?.split(separator: ",").map(String.init) ?? []
    for name in names {
        let text = try String(contentsOfFile: name, encoding: .utf8)
        let doc = DocumentReader().read(TextLines.lines(fromPlainText: text))
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
