import ArgumentParser
import GovReport
import GovReportOCR
import GovReportPDF

extension GovReportCommand {
    /// `govreport check FILE...`: rules R1–R4, N1 and completeness, with a readable verdict per file.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check reports against the template's rules (R1–R4, N1, completeness) and print a verdict per file.",
            discussion: """
            text: per file a header line (file, title, year, template, verdict), the section 三 matrix with \
            failing cells marked (! error, ? warning; coloured on a terminal), then every finding. \
            json: the extract JSON with a "findings" array (an array of objects for several files). \
            Rules and messages: Docs/rules.md. \
            Exit status: 0 no finding, 1 some finding (error or warning), 2 a file could not be read.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Option(help: "Language of the text output: zh or en.")
        var lang: CheckPrinter.Language = .zh

        func run() throws {
            let recognizer = TesseractRecognizer()
            let checker = Checker()
            let printer = CheckPrinter(language: lang, colors: Colors(enabled: Console.stdoutIsTerminal))
            var unreadable = false, anyFinding = false
            var reports: [JSONValue] = []
            for path in try input.paths() {
                do {
                    let report = try ReportFile.load(path: path, password: input.password,
                                                        ocr: input.ocr.options(recognizer: recognizer, file: path))
                    let findings = checker.check(report)
                    anyFinding = anyFinding || !findings.isEmpty
                    switch format {
                    case .text: Console.out(printer.render(path: path, report: report, findings: findings))
                    case .json: reports.append(ReportJSON.value(report, findings: findings))
                    }
                } catch {
                    unreadable = true
                    Console.error(Console.describe(error).message)
                }
            }
            if format == .json, !reports.isEmpty {
                let single = reports.count == 1 && input.filesFrom == nil && input.files.count == 1
                Console.out((single ? reports[0] : .array(reports)).serialized(pretty: true) + "\n")
            }
            if unreadable { throw ExitCode(Console.unreadableExitCode) }
            if anyFinding { throw ExitCode(Console.findingsExitCode) }
        }
    }
}

extension CheckPrinter.Language: ExpressibleByArgument {}
