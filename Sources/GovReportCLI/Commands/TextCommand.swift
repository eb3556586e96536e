import ArgumentParser
import GovReport
import GovReportOCR
import GovReportPDF

extension GovReportCommand {
    /// `govreport text FILE...`: title, then each section's heading and its de-wrapped paragraphs.
    struct Text: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the title and each section's heading and paragraphs (de-wrapped, page furniture removed).",
            discussion: "Exit status: 0 every file read, 2 a file could not be read (the message names the file and the cause).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

        @OptionGroup var input: InputOptions

        func validate() throws { try input.requireFiles() }

        @Option(help: "Output format: text, json or markdown.")
        var format: Format = .text

        func run() throws {
            let recognizer = TesseractRecognizer()
            var failed = false
            for path in try input.paths() {
                do {
                    let report = try ReportFile.load(path: path, password: input.password,
                                                        ocr: input.ocr.options(recognizer: recognizer, file: path))
                    Console.out(render(report))
                } catch {
                    failed = true
                    Console.error(Console.describe(error).message)
                }
            }
            if failed { throw ExitCode(Console.unreadableExitCode) }
        }

        func render(_ report: Report) -> String {
            switch format {
            case .markdown: return MarkdownExport.text(report)
            case .json: return TextExport.json(report).serialized(pretty: true) + "\n"
            case .text: return TextExport.plain(report)
            }
        }
    }
}
