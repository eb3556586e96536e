import ArgumentParser
import GovReport
import GovReportOCR
import GovReportPDF

extension GovReportCommand {
    /// `govreport extract FILE...`: the three tables (and sections) as JSON, JSON Lines, CSV or Markdown.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract sections and the three template tables as JSON, JSON Lines, tidy CSV or Markdown.",
            discussion: """
            json: one object per file (an array for several files). jsonl: one line per file; a file that \
            cannot be read gives a line {"file":…,"error":{"kind":…,"message":…}}. csv: one row per cell. \
            Exit status: 0 every file read, 2 a file could not be read.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv, markdown }

        @OptionGroup var input: InputOptions

        func validate() throws { try input.requireFiles() }

        @Option(help: "Output format: json, jsonl, csv or markdown.")
        var format: Format = .json

        func run() throws {
            let recognizer = TesseractRecognizer()
            var failed = false
            var reports: [JSONValue] = []
            if format == .csv { Console.out(CSVExport.headerLine) }
            for path in try input.paths() {
                do {
                    let report = try ReportFile.load(path: path, password: input.password,
                                                        ocr: input.ocr.options(recognizer: recognizer, file: path))
                    switch format {
                    case .json: reports.append(ReportJSON.value(report))
                    case .jsonl: Console.out(ReportJSON.value(report).serialized() + "\n")
                    case .csv: Console.out(CSVExport.rows(report))
                    case .markdown: Console.out(MarkdownExport.tables(report))
                    }
                } catch {
                    failed = true
                    if format == .jsonl { Console.out(Console.errorJSON(path: path, error) + "\n") }
                    Console.error(Console.describe(error).message)
                }
            }
            if format == .json, !reports.isEmpty {
                let value = reports.count == 1 && input.filesFrom == nil && input.files.count == 1 ? reports[0] : .array(reports)
                Console.out(value.serialized(pretty: true) + "\n")
            }
            if failed { throw ExitCode(Console.unreadableExitCode) }
        }
    }
}
