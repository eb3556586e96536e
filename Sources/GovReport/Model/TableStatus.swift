/// How far a reconstructed table can be trusted, one value per template table (`table_status` in the JSON).
///
/// - `complete`: every cell was placed from printed text, the grid is whole and the template arithmetic
///   holds (or its break is printed that way unambiguously: no other reading of the same tokens repairs it);
/// - `partial`: rows or cells are missing, values could not be placed, or another reading of the same
///   printed tokens disagrees; the cells named in the warnings are the doubtful ones;
/// - `failed`: the section is there but no table could be read from it;
/// - `absent`: the report has no such section or table (or, before 2019, no template tables at all).
public enum TableStatus: String, Codable, Sendable, CaseIterable {
    case complete, partial, failed, absent
}

/// The status of each of the three template tables of a report.
public struct TableStatuses: Hashable, Sendable {
    public var proactive: TableStatus
    public var requests: TableStatus
    public var reviewLitigation: TableStatus

    public init(proactive: TableStatus = .absent, requests: TableStatus = .absent, reviewLitigation: TableStatus = .absent) {
        self.proactive = proactive; self.requests = requests; self.reviewLitigation = reviewLitigation
    }

    public subscript(kind: TableKind) -> TableStatus {
        get {
            switch kind {
            case .proactive: return proactive
            case .requests: return requests
            case .reviewLitigation: return reviewLitigation
            }
        }
        set {
            switch kind {
            case .proactive: proactive = newValue
            case .requests: requests = newValue
            case .reviewLitigation: reviewLitigation = newValue
            }
        }
    }
}
