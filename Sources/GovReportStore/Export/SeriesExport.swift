import GRDB
import GovReport

/// `export --table series`: one row per agency × year with the headline figures, from the report that
/// stands for the year (`SeriesYear.report`: identical copies counted once, and when a year has versions with
/// different figures, the one read most completely; `versions` says how many there are).
///
/// ```sh
/// govreport export --db reports.sqlite --table series --format csv | python -c \
///   'import sys, pandas as pd; print(pd.read_csv(sys.stdin).pivot(index="year", columns="agency_key", values="new_requests"))'
/// ```
enum SeriesExport {
    static let columns = ["agency_key", "agency", "year", "sha256", "path", "file_name", "template", "requests_status",
                          "versions", "reports"] + Headline.figures.map(\.key)

    static func rows(_ db: Database, aliases: AgencyAliases) throws -> [[DatabaseValue]] {
        var rows: [[DatabaseValue]] = []
        for (key, records) in try ReportStore.reportsByAgency(db, aliases: aliases).sorted(by: { $0.key < $1.key }) {
            for series in AgencySeries.group(try ReportStore.archived(records, key: key, db)) {
                for year in series.sortedYears {
                    guard let entry = series.years[year] else { continue }
                    rows.append(row(key: series.agencyKey, year: year, entry: entry))
                }
            }
        }
        return rows
    }

    static func row(key: String, year: Int, entry: SeriesYear) -> [DatabaseValue] {
        let archived = entry.report, report = archived.report
        let head: [DatabaseValue] = [
            key.databaseValue, report.info.agency.databaseValue, year.databaseValue, archived.sha256.databaseValue,
            archived.path.databaseValue, report.source.fileName.databaseValue,
            report.info.template?.rawValue.databaseValue ?? .null, report.tableStatus.requests.rawValue.databaseValue,
            entry.versions.count.databaseValue, entry.versions.joined().count.databaseValue,
        ]
        return head + Headline.figures.map { Headline.value($0, in: report)?.databaseValue ?? .null }
    }
}
