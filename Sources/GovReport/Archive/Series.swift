/// An agency's reports by year, copies linked and versions told apart: the shape the cross-year rules,
/// `compare --db` and `export --table series` read an archive in.
///
/// Reports of one agency key and year whose figures are identical (every cell value of the three tables)
/// are one report in several files: the first (see `preferred`) stands for them, the others are `copies`.
/// Different figures are different `versions` (a revised report, a page and its attachment that disagree).
///
/// ```swift
/// let series = AgencySeries.group(archived)          // one per agency key, sorted
/// series[0].years[2023]?.report.path                 // the report that stands for 2023
/// ```
public struct AgencySeries: Sendable {
    public var agencyKey: String
    public var years: [Int: SeriesYear]

    /// The years stored, ascending.
    public var sortedYears: [Int] { years.keys.sorted() }

    /// Groups reports by agency key and year; reports without a key or a year are left out.
    public static func group(_ reports: [ArchivedReport]) -> [AgencySeries] {
        var byAgency: [String: [Int: [ArchivedReport]]] = [:]
        for archived in reports {
            guard let key = archived.agencyKey, let year = archived.year else { continue }
            byAgency[key, default: [:]][year, default: []].append(archived)
        }
        return byAgency.keys.sorted().map { key in
            AgencySeries(agencyKey: key, years: byAgency[key]!.mapValues(SeriesYear.init))
        }
    }
}

/// The reports of one agency and year.
public struct SeriesYear: Sendable {
    /// Each distinct set of figures, the preferred first; each version's reports, its preferred first.
    public var versions: [[ArchivedReport]]

    /// Splits `reports` into versions by their figures.
    public init(_ reports: [ArchivedReport]) {
        var groups: [Set<FigureCell>: [ArchivedReport]] = [:]
        for archived in reports { groups[Self.figures(of: archived.report), default: []].append(archived) }
        versions = groups.values.map { $0.sorted(by: Self.preferred) }.sorted { Self.preferred($0[0], $1[0]) }
    }

    /// The report that stands for the year.
    public var report: ArchivedReport { versions[0][0] }
    /// Reports with the same figures as another, mapped to the one that stands for them (`same_as`).
    public var copies: [(copy: ArchivedReport, of: ArchivedReport)] {
        versions.flatMap { version in version.dropFirst().map { ($0, version[0]) } }
    }

    /// The preferred of two reports: more tables read completely, then a PDF over a text copy, then the
    /// lower hash (so the choice never depends on the order of ingestion).
    public static func preferred(_ a: ArchivedReport, _ b: ArchivedReport) -> Bool {
        func complete(_ r: ArchivedReport) -> Int { TableKind.allCases.filter { r.report.tableStatus[$0] == .complete }.count }
        if complete(a) != complete(b) { return complete(a) > complete(b) }
        if a.report.source.kind != b.report.source.kind { return a.report.source.kind == .pdf }
        return a.sha256 < b.sha256
    }

    /// Every cell value of the three tables: equal for two files of one report.
    static func figures(of report: Report) -> Set<FigureCell> {
        Set(report.tables.flatMap { table in
            table.rows.flatMap { row in
                row.cells.map { FigureCell(table: table.kind, row: row.key, column: $0.column, value: $0.cell.value) }
            }
        })
    }

    struct FigureCell: Hashable {
        var table: TableKind
        var row: String
        var column: String
        var value: Double
    }
}
