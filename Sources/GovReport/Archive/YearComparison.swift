/// Two reports of one agency side by side (`govreport compare`): every cell of the three tables with the old
/// and new value, the change and the change in %, rows of tables not read `complete` marked; the headline
/// figures; X1 between the two when they are consecutive years; the counts each narrative states.
///
/// ```swift
/// let comparison = YearComparison(old: a2023, new: a2024)
/// comparison.rows.first { $0.row == "new_requests" && $0.column == "total" }?.change  // 12
/// ```
public struct YearComparison: Sendable {
    /// One cell of one table in both years.
    public struct Row: Hashable, Sendable, YearOverYear {
        public var table: TableKind
        public var row: String
        public var column: String
        public var rowLabel: String
        public var columnLabel: String
        public var old: Double?
        public var new: Double?
        /// True when either side's table is not `complete`: the change may come from the reading.
        public var uncertain: Bool
    }

    /// A headline figure in both years.
    public struct HeadlineRow: Hashable, Sendable, YearOverYear {
        public var figure: HeadlineFigure
        public var old: Double?
        public var new: Double?
        public var uncertain: Bool
    }

    /// A count a narrative states (共收到政府信息公开申请N件, 行政复议N件 …).
    public struct NarrativeCount: Hashable, Sendable {
        public var quote: String
        public var value: Double
    }

    public var old: ArchivedReport
    public var new: ArchivedReport
    public var rows: [Row]
    public var headline: [HeadlineRow]
    /// True when the years are consecutive, so X1 applies.
    public var carryOverChecked: Bool
    public var carryOver: [SeriesFinding]
    public var oldNarrative: [NarrativeCount]
    public var newNarrative: [NarrativeCount]

    public init(old: ArchivedReport, new: ArchivedReport, settings: CheckSettings = CheckSettings()) {
        self.old = old; self.new = new
        rows = TableKind.allCases.flatMap { Self.rows(kind: $0, old.report, new.report) }
        headline = Headline.figures.map { figure in
            HeadlineRow(figure: figure, old: Headline.value(figure, in: old.report),
                        new: Headline.value(figure, in: new.report),
                        uncertain: old.report.tableStatus[figure.table] != .complete
                            || new.report.tableStatus[figure.table] != .complete)
        }
        let key = new.agencyKey ?? old.agencyKey ?? ""
        carryOverChecked = old.year.map { $0 + 1 } == new.year && new.year != nil
        carryOver = carryOverChecked ? CrossYearRules(settings: settings).carryOver(from: old, to: new, agencyKey: key) : []
        oldNarrative = Self.narrative(old.report)
        newNarrative = Self.narrative(new.report)
    }

    /// The headline figures known in at least one year.
    public var knownHeadline: [HeadlineRow] { headline.filter { $0.old != nil || $0.new != nil } }

    /// The cells of one table worth showing (not 0 in both years), and how many are 0 in both.
    public func cells(_ kind: TableKind) -> (shown: [Row], zero: Int) {
        let all = rows.filter { $0.table == kind }
        let shown = all.filter { ($0.old ?? 0) != 0 || ($0.new ?? 0) != 0 }
        return (shown, all.count - shown.count)
    }

    /// The X1 verdict when there is no finding to list: not checked, or every column carried over.
    public var carryOverSummary: String? {
        if !carryOverChecked { return "两份报告不是相邻年度，不核对结转。" }
        guard carryOver.isEmpty else { return nil }
        return "\(Self.name(new))年“上年结转”各列均等于\(Self.name(old))年“结转下年度”。"
    }

    /// The label of a side: its year, else its file name.
    public static func name(_ archived: ArchivedReport) -> String {
        archived.year.map(String.init) ?? archived.report.source.fileName
    }

    static func rows(kind: TableKind, _ a: Report, _ b: Report) -> [Row] {
        let x = a.table(kind), y = b.table(kind)
        guard let template = (y ?? x)?.template else { return [] }
        let uncertain = a.tableStatus[kind] != .complete || b.tableStatus[kind] != .complete
        let keys = (x?.rows ?? []).map(\.key) + (y?.rows ?? []).map(\.key).filter { x?[$0] == nil }
        return keys.flatMap { key -> [Row] in
            let columns = (x?[key]?.cells.map(\.column) ?? []) + (y?[key]?.cells.map(\.column) ?? []).filter { x?[key, $0] == nil }
            return columns.map { column in
                Row(table: kind, row: key, column: column, rowLabel: FindingText.rowLabel(kind, template, key),
                    columnLabel: FindingText.columnLabel(kind, template, row: key, column),
                    old: x?[key, column]?.value, new: y?[key, column]?.value, uncertain: uncertain)
            }
        }
    }

    static func narrative(_ report: Report) -> [NarrativeCount] {
        NarrativeRule.narrative(of: report).flatMap { NarrativeClaims.claims(in: $0.text) }
            .map { NarrativeCount(quote: $0.quote, value: $0.value) }
    }
}

/// A value in two years, and its change.
public protocol YearOverYear {
    var old: Double? { get }
    var new: Double? { get }
}

extension YearOverYear {
    /// New minus old; nil when a side is missing.
    public var change: Double? { old.flatMap { o in new.map { $0 - o } } }
    /// The change in % of the old value; nil when the old value is 0 or a side is missing.
    public var changePercent: Double? {
        guard let old, let change, old != 0 else { return nil }
        return change / old * 100
    }
}
