/// One report of an archive as the cross-year rules see it: the extracted report (info, tables, table
/// status, source) and every path its content was found under.
///
/// ```swift
/// let archived = ArchivedReport(report: report, paths: ["/data/2023.pdf"])
/// archived.path  // "/data/2023.pdf"
/// ```
public struct ArchivedReport: Sendable {
    public var report: Report
    /// Paths of this content, sorted; the first names it in findings.
    public var paths: [String]

    public init(report: Report, paths: [String]) {
        self.report = report; self.paths = paths.sorted()
    }

    public var sha256: String { report.source.sha256 }
    public var path: String { paths.first ?? report.source.fileName }
    public var year: Int? { report.info.year }
    public var agencyKey: String? { report.info.agencyKey }
}

/// A report a cross-year finding points into: which content, where it was found, its year and the page of
/// the cell concerned.
public struct ReportReference: Hashable, Sendable {
    public var sha256: String
    public var path: String
    public var year: Int?
    public var page: Int?

    public init(sha256: String, path: String, year: Int?, page: Int?) {
        self.sha256 = sha256; self.path = path; self.year = year; self.page = page
    }

    init(_ archived: ArchivedReport, page: Int?) {
        self.init(sha256: archived.sha256, path: archived.path, year: archived.year, page: page)
    }
}

/// A finding of a cross-year rule (X1–X4): the same `Finding` as a report's own rules (rule, severity, table,
/// row, column, printed, expected, page and the two sentences), with the agency, the year it is about and
/// both reports.
///
/// `subject` is the later report (X1, X2), the version that differs (X3), nil for a missing year (X4);
/// `other` is the earlier report (X1, X2) or the version it differs from (X3).
public struct SeriesFinding: Hashable, Sendable {
    public var agencyKey: String
    /// The year the finding is about: the later year (X1, X2), the year stored twice (X3), the gap (X4).
    public var year: Int
    public var finding: Finding
    public var subject: ReportReference?
    public var other: ReportReference?

    public init(agencyKey: String, year: Int, finding: Finding, subject: ReportReference?, other: ReportReference?) {
        self.agencyKey = agencyKey; self.year = year; self.finding = finding; self.subject = subject; self.other = other
    }

    /// `X1:<column>`, `X2:<row>`, `X3:<table>`, `X4:<year>`.
    public var instance: String {
        finding.rule == "X4" ? "X4:\(year)" : finding.instance
    }
}
