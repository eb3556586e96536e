import ArgumentParser
import Foundation
import GovReport
import GovReportPDF
import GovReportStore

extension GovReportCommand {
    /// `govreport compare OLD NEW` or `govreport compare --db DB --agency NAME --years 2023 2024`: two
    /// reports of one agency side by side.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two years of one agency: every table cell old, new, change and change in %, X1 between them, the narrative counts.",
            discussion: """
            Two files (PDF or .txt), or --db DB --agency NAME --years OLD NEW for an ingested archive (the \\
            agency is matched by its key, so any printed form of the name works). Cells of a table not read \\
            complete in either year are marked (? on a terminal, ⚠ in Markdown, "uncertain" in JSON and CSV). \\
            --format text (aligned, coloured on a terminal), markdown, json, csv (one line per cell) or html (a \\
            self-contained page with a bar chart); --chart FILE.svg also writes the bar chart of the headline \\
            figures. Exit status: 0 compared, 1 a finding of X1 between the two years, 2 a file or year could \\
            not be read. See Docs/cli.md.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, csv, html }

        @Argument(help: "The older and the newer report (PDF or .txt).")
        var files: [String] = []

        @Option(help: "An ingested archive to read both years from (with --agency and --years).")
        var db: String?

        @Option(help: "The agency (any printed form, or an alias of --agencies), with --db.")
        var agency: String?

        @Option(parsing: .upToNextOption, help: "The two years to compare, with --db: --years 2023 2024.")
        var years: [Int] = []

        @Option(help: "Output format: text, markdown, json, csv or html.")
        var format: Format = .text

        @Option(help: "Also write the bar chart of the headline figures to this SVG file.")
        var chart: String?

        @Option(help: "Password of encrypted PDFs.")
        var password: String?

        @OptionGroup var agencyOptions: AgencyOptions

        func validate() throws {
            if db == nil {
                guard files.count == 2 else {
                    throw ValidationError("Give two files (the older, then the newer report), or --db DB --agency NAME --years OLD NEW.")
                }
            } else {
                guard files.isEmpty else { throw ValidationError("Give two files or --db, not both.") }
                guard agency != nil, years.count == 2 else {
                    throw ValidationError("With --db, give --agency NAME and --years OLD NEW (two years).")
                }
            }
        }

        func run() throws {
            let aliases = try agencyOptions.aliases()
            let (old, new) = try db.map { try fromStore($0, aliases: aliases) } ?? fromFiles(aliases: aliases)
            if let a = old.agencyKey, let b = new.agencyKey, a != b {
                Console.error("note: the two reports are of different agencies (\(a), \(b)); pass --agencies FILE if they are one body.")
            }
            if let a = old.year, let b = new.year, a >= b {
                Console.error("note: the first report (\(a)) is not older than the second (\(b)); give the older one first.")
            }
            let comparison = YearComparison(old: old, new: new)
            switch format {
            case .text: Console.out(ComparePrinter(colors: Colors(enabled: Console.stdoutIsTerminal)).render(comparison))
            case .markdown: Console.out(ComparisonExport.markdown(comparison))
            case .json: Console.out(ComparisonExport.json(comparison).serialized(pretty: true) + "\n")
            case .csv: Console.out(ComparisonExport.csv(comparison))
            case .html: Console.out(ComparisonChart.html(comparison))
            }
            if let chart {
                do {
                    try Data(ComparisonChart.svg(comparison).utf8).write(to: URL(fileURLWithPath: chart), options: .atomic)
                } catch {
                    Console.error("\(chart): cannot write the chart (\(error.localizedDescription)). Check that the folder exists and is writable.")
                    throw ExitCode(Console.unreadableExitCode)
                }
            }
            if comparison.carryOver.contains(where: { $0.finding.severity != .info }) {
                throw ExitCode(Console.findingsExitCode)
            }
        }

        private func fromFiles(aliases: AgencyAliases) throws -> (ArchivedReport, ArchivedReport) {
            let reports = try files.map { path -> ArchivedReport in
                do {
                    var report = try ReportFile.load(path: path, password: password)
                    report.info.agencyKey = aliases.key(report.info.agency)
                    return ArchivedReport(report: report, paths: [path])
                } catch {
                    Console.error(Console.describe(error).message)
                    throw ExitCode(Console.unreadableExitCode)
                }
            }
            return (reports[0], reports[1])
        }

        private func fromStore(_ db: String, aliases: AgencyAliases) throws -> (ArchivedReport, ArchivedReport) {
            guard FileManager.default.fileExists(atPath: db) else {
                throw ValidationError("\(db): no such database. Run `govreport ingest PATH --db \(db)` first.")
            }
            let store = try ReportStore(path: db)
            guard let name = agency, let key = aliases.key(name) else { throw ValidationError("--agency is empty.") }
            var found: AgencySeries?
            try store.forEachSeries(agencyKeys: [key], aliases: aliases) { found = $0 }
            guard let series = found else {
                Console.error("\(db): no report of agency \(name) (key \(key)). `govreport export --db \(db) --table series` lists the agencies and years stored.")
                throw ExitCode(Console.unreadableExitCode)
            }
            let pick = { (year: Int) throws -> ArchivedReport in
                guard let entry = series.years[year] else {
                    let stored = series.sortedYears.map(String.init).joined(separator: ", ")
                    Console.error("\(db): no \(year) report of \(key); stored years: \(stored).")
                    throw ExitCode(Console.unreadableExitCode)
                }
                return entry.report
            }
            return (try pick(years[0]), try pick(years[1]))
        }
    }
}
