import ArgumentParser
import Foundation
import GovReport
import GovReportOCR
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

        @Option(help: OCRMode.help)
        var ocr: OCRMode = .auto

        func run() throws {
            do {
                let content = try ReportFile.content(of: ReportFile.contents(of: file), path: file, password: password,
                                                  ocr: ocr.options(recognizer: TesseractRecognizer(), file: file))
                for line in content.lines() {
                    let b = line.box
                    Console.out(String(format: "p%d y%6.1f-%6.1f x%6.1f-%6.1f | ", line.page, b.y0, b.y1, b.x0, b.x1)
                                + line.tokens.map { "[\($0.text) @\(String(format: "%.1f", $0.box.x0))]" }.joined(separator: " ") + "\n")
                }
            } catch {
                Console.error(Console.describe(error).message)
                throw ExitCode(Console.unreadableExitCode)
            }
        }
    }
}
