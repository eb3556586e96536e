import GovReport

/// The readable verdict of `govreport check` for one file: a header line (file, title, year, template,
/// verdict), the section 三 matrix with failing cells marked, then every finding with rule, page, cell and
/// its sentence.
///
/// Marked cells end in `!` (an error) or `?` (a warning), and are red or yellow on a terminal.
struct CheckPrinter {
    enum Language: String, CaseIterable { case zh, en }

    var language: Language
    var colors: Colors
    /// Width of the row-label column and of each number column, in terminal cells.
    var labelWidth = 34
    var numberWidth = 11
    /// Column headings short enough for `numberWidth` (the template's labels and the keys run longer).
    static let shortColumnLabels = ["social_welfare": "公益组织", "legal_service": "法律服务"]
    static let shortColumnKeys = ["natural_person": "natural", "social_welfare": "welfare", "legal_service": "legal"]

    func render(path: String, report: Report, findings: [Finding]) -> String {
        var lines = [header(path: path, report: report, findings: findings)]
        if let requests = report.requests { lines += matrix(requests, findings: findings) }
        lines += findings.map { line($0) }
        return lines.joined(separator: "\n") + "\n\n"
    }

    func header(path: String, report: Report, findings: [Finding]) -> String {
        let zh = language == .zh
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let verdict: String
        if findings.isEmpty {
            verdict = colors.green(zh ? "通过" : "OK")
        } else {
            let text = zh ? "\(errors)个错误，\(warnings)个警告" : "\(errors) error(s), \(warnings) warning(s)"
            verdict = errors > 0 ? colors.red(text) : colors.yellow(text)
        }
        let unknown = zh ? "（未识别）" : "(unknown)"
        let fields = [
            colors.bold(path),
            report.info.title ?? unknown,
            report.info.year.map { zh ? "\($0)年" : "\($0)" } ?? unknown,
            (zh ? "模板 " : "template ") + (report.info.template?.rawValue ?? report.requests?.template.rawValue ?? unknown),
            verdict,
        ]
        return fields.joined(separator: " · ")
    }

    func matrix(_ table: Table, findings: [Finding]) -> [String] {
        var marks: [String: Finding.Severity] = [:]
        for f in findings where f.table == table.kind.rawValue {
            guard let row = f.row, let column = f.column else { continue }
            let key = row + "/" + column
            if marks[key] != .error { marks[key] = f.severity }
        }
        let columns = TemplateRows.requestColumns
        let head = DisplayWidth.fit("", labelWidth)
            + columns.map { column in
                let heading = language == .zh ? Self.shortColumnLabels[column.key] ?? column.label
                    : Self.shortColumnKeys[column.key] ?? column.key
                return DisplayWidth.fit(heading, numberWidth, alignRight: true)
            }.joined()
        var out = ["", colors.dim(head)]
        for row in table.rows {
            let label = language == .zh ? FindingText.shortRowLabel(row.key, template: table.template) : row.key
            var line = DisplayWidth.fit(label, labelWidth)
            for column in columns {
                let cell = row[column.key]
                var text = cell.map { $0.printed.isEmpty ? "·" : $0.printed } ?? " "
                switch marks[row.key + "/" + column.key] {
                case .error?: text += "!"
                case .warning?: text += "?"
                case .info?, nil: text += " "
                }
                let fitted = DisplayWidth.fit(text, numberWidth, alignRight: true)
                switch marks[row.key + "/" + column.key] {
                case .error?: line += colors.red(fitted)
                case .warning?: line += colors.yellow(fitted)
                case .info?, nil: line += fitted
                }
            }
            out.append(line)
        }
        out.append("")
        return out
    }

    /// One finding on one line; `rule` replaces the rule id at its head (e.g. `X1:total 2024`).
    func line(_ f: Finding, rule: String? = nil) -> String {
        let zh = language == .zh
        let severity: String
        switch f.severity {
        case .error: severity = colors.red(zh ? "错误" : "error")
        case .warning: severity = colors.yellow(zh ? "警告" : "warning")
        case .info: severity = colors.dim(zh ? "提示" : "info")
        }
        var place: [String] = []
        if let page = f.page { place.append(zh ? "第\(page)页" : "p.\(page)") }
        if let row = f.row {
            place.append(zh ? [f.rowLabel ?? row, f.columnLabel].compactMap { $0 }.joined(separator: "/")
                            : [row, f.column].compactMap { $0 }.joined(separator: "/"))
        }
        let where_ = place.isEmpty ? "" : " [" + place.joined(separator: " ") + "]"
        return "\(colors.bold(rule ?? f.rule)) \(severity)\(where_) \(zh ? f.message : f.messageEnglish)"
    }
}
