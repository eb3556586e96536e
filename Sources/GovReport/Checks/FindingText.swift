import Foundation

/// Labels and numbers as a clerk reads them: the template's Chinese labels for row and column keys,
/// table names, and numbers printed without a needless ".0".
///
/// ```swift
/// FindingText.rowLabel(.requests, .v2021, "withheld.state_secret") // "（三）不予公开 1.属于国家秘密"
/// FindingText.number(29)     // "29"
/// FindingText.number(190.06) // "190.06"
/// ```
public enum FindingText {
    /// A number as printed: integers without decimals, others with up to four.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// The table's name in Chinese and English, e.g. 表三（收到和处理政府信息公开申请情况）.
    public static func tableName(_ kind: TableKind) -> (zh: String, en: String) {
        switch kind {
        case .proactive: return ("第二部分“主动公开政府信息情况”表", "the section 2 table (proactive disclosure)")
        case .requests: return ("第三部分“收到和处理政府信息公开申请情况”表", "the section 3 table (requests)")
        case .reviewLitigation: return ("第四部分“行政复议、行政诉讼情况”表", "the section 4 table (review and litigation)")
        }
    }

    /// The template label of a row, with its merged parent group when it has one
    /// (e.g. （三）不予公开 1.属于国家秘密); the key itself when the template has no such row.
    public static func rowLabel(_ kind: TableKind, _ template: TemplateVersion, _ row: String) -> String {
        switch kind {
        case .requests:
            return requestRowLabels[row]?.full ?? row
        case .reviewLitigation:
            return TemplateRows.reviewGroups.first { $0.key == row }?.label ?? row
        case .proactive:
            return TemplateRows.proactiveRows(template).first { $0.row.key == row }?.row.label ?? row
        }
    }

    /// The template label of a column of a row.
    public static func columnLabel(_ kind: TableKind, _ template: TemplateVersion, row: String, _ column: String) -> String {
        switch kind {
        case .requests:
            return TemplateRows.requestColumns.first { $0.key == column }?.label ?? column
        case .reviewLitigation:
            return TemplateRows.reviewColumns.first { $0.key == column }?.label ?? column
        case .proactive:
            let columns = TemplateRows.proactiveRows(template).first { $0.row.key == row }?.columns ?? []
            return columns.first { $0.key == column }?.label ?? column
        }
    }

    /// The template label of a section 三 row without its merged parent group (e.g. 1.属于国家秘密),
    /// for a narrow row-label column; the key when the template has no such row.
    public static func shortRowLabel(_ row: String, template: TemplateVersion) -> String {
        requestRowLabels[row]?.short ?? row
    }

    /// Each section 三 row key of either template (2021 wording first) with its label in full (with a merged
    /// parent group such as （三）不予公开) and short (`groupedLabel`).
    private static let requestRowLabels: [String: (full: String, short: String)] = {
        var labels: [String: (full: String, short: String)] = [:]
        for def in TemplateRows.requestRows(.v2021) + TemplateRows.requestRows(.v2019) where labels[def.key] == nil {
            let full = def.group.map { $0.hasPrefix("（") ? $0 + " " + def.label : def.label } ?? def.label
            labels[def.key] = (full, def.groupedLabel)
        }
        return labels
    }()

    /// "“予以公开”行“自然人”列" / "row granted, column natural_person".
    static func cellName(_ kind: TableKind, _ template: TemplateVersion, row: String, column: String)
        -> (zh: String, en: String) {
        let zh = "“\(rowLabel(kind, template, row))”行“\(columnLabel(kind, template, row: row, column))”列"
        return (zh, "row \(row), column \(column)")
    }

    /// Page suffix: "（第4页）" / " (page 4)", or empty when unknown.
    static func page(_ page: Int?) -> (zh: String, en: String) {
        guard let page else { return ("", "") }
        return ("（第\(page)页）", " (page \(page))")
    }
}

extension Finding {
    /// A finding about one cell of a table, with the template's labels filled in.
    init(rule: String, severity: Severity, table: Table, row: String, column: String,
         printed: Double?, expected: Double?, page: Int?, message: String, messageEnglish: String) {
        self.init(rule: rule, severity: severity, table: table.kind.rawValue, row: row, column: column,
                  rowLabel: FindingText.rowLabel(table.kind, table.template, row),
                  columnLabel: FindingText.columnLabel(table.kind, table.template, row: row, column),
                  printed: printed, expected: expected, page: page, message: message, messageEnglish: messageEnglish)
    }
}
