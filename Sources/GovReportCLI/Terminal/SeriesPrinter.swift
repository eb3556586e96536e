import Foundation
import GovReport

/// The text of `govreport check --db`: per agency a header line, then one line per cross-year finding with
/// its rule, severity, year, cell and both reports (path and page), then its sentence.
struct SeriesPrinter {
    var language: CheckPrinter.Language
    var colors: Colors

    func render(_ findings: [SeriesFinding]) -> String {
        let zh = language == .zh
        guard !findings.isEmpty else { return (zh ? "跨年核对：" : "cross-year checks: ") + colors.green(zh ? "通过" : "OK") + "\n" }
        var out = ""
        var agency: String?
        for f in findings {
            if f.agencyKey != agency {
                agency = f.agencyKey
                let count = findings.filter { $0.agencyKey == f.agencyKey }.count
                out += "\n" + colors.bold(f.agencyKey) + " · " + (zh ? "\(count)条跨年发现" : "\(count) cross-year finding(s)") + "\n"
            }
            out += line(f) + "\n"
        }
        return out
    }

    func line(_ f: SeriesFinding) -> String {
        let zh = language == .zh
        let label = f.finding.rule == "X4" ? f.instance : "\(f.instance) \(f.year)"
        let head = CheckPrinter(language: language, colors: colors).line(f.finding, rule: label)
        let refs = [f.subject, f.other].compactMap { $0 }.map { r in
            "\(r.year.map(String.init) ?? "?"): \(r.path)" + (r.page.map { zh ? " 第\($0)页" : " p.\($0)" } ?? "")
        }
        return refs.isEmpty ? head : head + "\n    " + colors.dim(refs.joined(separator: "  |  "))
    }
}
