import ArgumentParser
import Foundation
import GovReport
import GovReportOCR
import GovReportPDF
import GovReportStore

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
            With --db DB instead of files: the cross-year rules X1–X4 over every agency of an ingested archive \
            (stored in its series_finding table; --agencies FILE re-keys the agencies first). \
            Exit status: 0 no finding, 1 some finding (error or warning), 2 a file could not be read.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Option(help: "Language of the text output: zh or en.")
        var lang: CheckPrinter.Language = .zh

        @Option(help: "Check an ingested archive across years (X1–X4) instead of files.")
        var db: String?

        @OptionGroup var agencyOptions: AgencyOptions

        func validate() throws {
            guard let db else { return try input.requireFiles() }
            guard input.isEmpty else { throw ValidationError("Give files, or --db DB to check an archive across years, not both.") }
            guard FileManager.default.fileExists(atPath: db) else {
                throw ValidationError("\(db): no such database. Run `govreport ingest PATH --db \(db)` first.")
            }
        }

        func run() throws {
            if let db { return try checkArchive(db) }
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

        /// `check --db`: keys filled (or re-keyed with --agencies), X1–X4 run and stored, findings printed.
        func checkArchive(_ db: String) throws {
            let store = try ReportStore(path: db)
            let aliases = try agencyOptions.aliases()
            try store.rekey(aliases: aliases, keepStored: aliases.isEmpty)
            let findings = try store.checkSeries()
            switch format {
            case .text:
                Console.out(SeriesPrinter(language: lang, colors: Colors(enabled: Console.stdoutIsTerminal)).render(findings))
            case .json:
                Console.out(JSONValue.array(findings.map(SeriesFindingJSON.value)).serialized(pretty: true) + "\n")
            }
            if findings.contains(where: { $0.finding.severity != .info }) { throw ExitCode(Console.findingsExitCode) }
        }
    }
}

extension CheckPrinter.Language: ExpressibleByArgument {}
