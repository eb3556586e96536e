/// The picture of a comparison: an SVG of the headline figures, two bars per figure (old grey, new blue),
/// each pair scaled to its larger value so that figures of any size read side by side; and a self-contained
/// HTML page with that chart and the comparison's tables (no script, no external file).
///
/// ```swift
/// let svg = ComparisonChart.svg(comparison)   // "<svg xmlns=…>…</svg>"
/// let page = ComparisonChart.html(comparison)
/// ```
public enum ComparisonChart {
    /// Geometry of the chart, in SVG user units (px).
    public struct Layout: Sendable {
        public var width = 760.0
        public var labelWidth = 190.0
        public var valueWidth = 90.0
        public var barHeight = 14.0
        public var rowGap = 12.0
        public var top = 56.0
        public init() {}
    }

    public static let oldColour = "#9aa5b1"
    public static let newColour = "#1f6fb2"

    /// The bars of the headline figures known in at least one year.
    public static func svg(_ c: YearComparison, layout: Layout = Layout()) -> String {
        let figures = c.knownHeadline
        let rowHeight = 2 * layout.barHeight + layout.rowGap
        let height = layout.top + Double(figures.count) * rowHeight + 16
        let a = YearComparison.name(c.old), b = YearComparison.name(c.new)
        let barSpace = layout.width - layout.labelWidth - layout.valueWidth - 20
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(layout.width))" height="\(n(height))" viewBox="0 0 \(n(layout.width)) \(n(height))" font-family="WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif" font-size="13">
            <title>\(escape(title(c)))</title>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="10" y="22" font-size="15" font-weight="bold">\(escape(title(c)))</text>
            <rect x="10" y="32" width="12" height="12" fill="\(oldColour)"/><text x="28" y="43">\(escape(a))</text>
            <rect x="110" y="32" width="12" height="12" fill="\(newColour)"/><text x="128" y="43">\(escape(b))</text>

            """
        for (index, figure) in figures.enumerated() {
            let y = layout.top + Double(index) * rowHeight
            let scale = max(figure.old ?? 0, figure.new ?? 0)
            let label = figure.figure.label + (figure.uncertain ? " ⚠" : "")
            out += "<g class=\"figure\" data-key=\"\(figure.figure.key)\" data-old=\"\(ComparisonExport.text(figure.old))\" data-new=\"\(ComparisonExport.text(figure.new))\">"
            out += "<text x=\"10\" y=\"\(n(y + layout.barHeight + 4))\">\(escape(label))</text>"
            for (offset, value, colour) in [(0.0, figure.old, oldColour), (layout.barHeight, figure.new, newColour)] {
                let width = scale > 0 ? barSpace * (value ?? 0) / scale : 0
                out += "<rect x=\"\(n(layout.labelWidth))\" y=\"\(n(y + offset))\" width=\"\(n(width))\" height=\"\(n(layout.barHeight - 2))\" fill=\"\(colour)\"/>"
                out += "<text x=\"\(n(layout.labelWidth + width + 6))\" y=\"\(n(y + offset + layout.barHeight - 3))\" font-size=\"11\">\(value.map(FindingText.number) ?? "—")</text>"
            }
            out += "</g>\n"
        }
        return out + "</svg>\n"
    }

    /// A self-contained page: title, the chart, the headline table and the Markdown sections as HTML tables.
    public static func html(_ c: YearComparison) -> String {
        let a = YearComparison.name(c.old), b = YearComparison.name(c.new)
        var body = "<h1>\(escape(title(c)))</h1>\n" + svg(c)
        body += "<h2>主要指标</h2>\n<table><tr><th>指标</th><th>\(escape(a))</th><th>\(escape(b))</th><th>变化</th></tr>\n"
        for h in c.knownHeadline {
            body += "<tr\(h.uncertain ? " class=\"uncertain\"" : "")><td>\(escape(h.figure.label))</td><td class=\"n\">\(ComparisonExport.text(h.old))</td><td class=\"n\">\(ComparisonExport.text(h.new))</td><td class=\"n\">\(ComparisonExport.signed(h.change))</td></tr>\n"
        }
        body += "</table>\n"
        for kind in TableKind.allCases {
            let rows = c.cells(kind).shown
            guard !rows.isEmpty else { continue }
            body += "<h2>\(escape(FindingText.tableName(kind).zh))</h2>\n<table data-table=\"\(kind.rawValue)\"><tr><th>行</th><th>列</th><th>\(escape(a))</th><th>\(escape(b))</th><th>变化</th><th>变化%</th></tr>\n"
            for r in rows {
                body += "<tr\(r.uncertain ? " class=\"uncertain\"" : "")><td>\(escape(r.rowLabel))</td><td>\(escape(r.columnLabel))</td><td class=\"n\">\(ComparisonExport.text(r.old))</td><td class=\"n\">\(ComparisonExport.text(r.new))</td><td class=\"n\">\(ComparisonExport.signed(r.change))</td><td class=\"n\">\(ComparisonExport.percent(r.changePercent))</td></tr>\n"
            }
            body += "</table>\n"
        }
        body += "<h2>结转核对（X1）</h2>\n"
        if let summary = c.carryOverSummary {
            body += "<p>\(escape(summary))</p>\n"
        } else {
            body += "<ul>" + c.carryOver.map { "<li class=\"\($0.finding.severity.rawValue)\">\(escape($0.finding.message))</li>" }.joined() + "</ul>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>\(escape(title(c)))</title>
            <style>body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin:24px;color:#1b1f23}
            table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #c8ced6;padding:3px 8px}
            td.n{text-align:right}tr.uncertain td{background:#fff6d6}li.error{color:#b3261e}</style>
            </head><body>
            \(body)</body></html>

            """
    }

    /// "澄江市交通运输局 2023 → 2024".
    public static func title(_ c: YearComparison) -> String {
        let agency = c.new.report.info.agency ?? c.old.report.info.agency ?? ""
        return "\(agency) \(YearComparison.name(c.old)) → \(YearComparison.name(c.new))"
    }

    static func n(_ value: Double) -> String { FindingText.number((value * 10).rounded() / 10) }

    /// Text for XML: & < > " escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
