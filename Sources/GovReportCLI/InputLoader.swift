import Foundation
import GovReport
import GovReportPDF

/// Reads a file given on the command line into visual lines, PDF or plain text.
struct InputLoader {
    var password: String?

    func lines(of path: String) throws -> [TextLine] {
        if path.lowercased().hasSuffix(".txt") {
            guard let data = FileManager.default.contents(atPath: path) else { throw PDFReadError.fileNotFound(path: path) }
            return TextLines.lines(fromPlainText: String(decoding: data, as: UTF8.self))
        }
        let pages = try PDFReader(password: password).readPages(atPath: path)
        return pages.flatMap { TextLines.lines(of: $0) }
    }
}
