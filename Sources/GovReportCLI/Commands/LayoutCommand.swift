import ArgumentParser
import Foundation
import GovReport
import GovReportPDF

extension GovReportCommand {
    /// `govreport layout FILE`: the visual lines and tokens the pipeline sees, with their boxes.
    struct Layout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the visual lines and tokens (with page and box) that the parser works on; for debugging a layout.")

        @Argument(help: "A PDF or a .txt file.")
        var file: String

        @Option(help: "Password of an encrypted PDF.")
        var password: String?

        func run() throws {
            let lines: [TextLine]
            if ReportFile.kind(of: FileManager.default.contents(atPath: file) ?? Data(), path: file) == .text {
                guard let data = FileManager.default.contents(atPath: file), let (text, _) = TextDecoding.decode(data) else {
                    throw ExtractionError.undecodableText(path: file)
                }
                lines = TextLines.lines(fromPlainText: text)
            } else {
                lines = try PDFReader(password: password).readPages(atPath: file).flatMap { TextLines.lines(of: $0) }
            }
            for line in lines {
                let b = line.box
                print(String(format: "p%d y%6.1f-%6.1f x%6.1f-%6.1f | ", line.page, b.y0, b.y1, b.x0, b.x1)
                      + line.tokens.map { String(format: "[%@ @%.1f]", $0.text, $0.box.x0) }.joined(separator: " "))
            }
        }
    }
}
