import Foundation

/// Reads which body a report is from, as printed, and says where it was read.
///
/// In order: the title, whatever its order (`XX局2023年…报告`, `2023年XX局…报告`, `2023年度XX局…报告`,
/// `XX局关于2023年…的报告`); the signature at the end (a name on its own line above or before the date,
/// `XX局办公室` / `2024年1月23日`); the source's metadata (an HTML page's `ContentSource` meta, filled by
/// the reader of that kind through `SourceInfo.metadata`); the preamble (`由XX编制`, `现公布2023年度XX政府
/// 信息公开工作年度报告`).
///
/// ```swift
/// AgencyReader.agency(inTitle: "2024年度澄江市交通运输局政府信息公开工作年度报告") // "澄江市交通运输局"
/// AgencyReader.signature(in: ["无。", "澄江市交通运输局办公室", "2023年1月22日"])     // "澄江市交通运输局办公室"
/// ```
public enum AgencyReader {
    /// Where `ReportInfo.agency` was read.
    public enum Origin: String, Codable, Sendable { case title, signature, metadata, preamble }

    /// The metadata key an HTML reader sets from `<meta name="ContentSource">`.
    public static let contentSourceKey = "ContentSource"

    /// The agency of a report, from the first place that names one (see the type's summary).
    public static func agency(title: String?, lastParagraphs: [String], metadata: [String: String],
                              preamble: [String]) -> (name: String, origin: Origin)? {
        if let title, let name = agency(inTitle: title) { return (name, .title) }
        if let name = signature(in: lastParagraphs) { return (name, .signature) }
        if let name = metadata[contentSourceKey].map(Normalizer.display), looksLikeAgency(name) {
            return (name, .metadata)
        }
        if let name = agency(inPreamble: preamble) { return (name, .preamble) }
        return nil
    }

    /// The agency in a title: the text before the year, or, when the title starts with its year, the text
    /// between the year (年 or 年度) and 政府信息公开.
    public static func agency(inTitle title: String) -> String? {
        guard let core = title.firstMatch(of: ReportHeader.titleCore) else { return nil }
        let year = title.firstMatch(of: ReportHeader.titleYear)
        var name = Substring("")
        if let year, year.range.lowerBound < core.range.lowerBound {
            name = title[..<year.range.lowerBound]
            if name.trimmingSpaces().isEmpty {
                name = title[year.range.upperBound..<core.range.lowerBound]
                if name.hasPrefix("度") { name = name.dropFirst() }
            }
        } else {
            name = title[..<core.range.lowerBound]
        }
        return cleaned(name)
    }

    /// The signature: the last line that looks like an agency name, directly before a date line
    /// (or before the date on the same line), among the last paragraphs.
    public static func signature(in paragraphs: [String]) -> String? {
        let texts = paragraphs.suffix(4).map { Normalizer.display($0).trimmingSpaces() }
        for (index, text) in texts.enumerated().reversed() {
            guard let date = text.firstMatch(of: signatureDate) else { continue }
            let before = cleaned(text[..<date.range.lowerBound])
            if let before, looksLikeAgency(before) { return before }
            if index > 0, let above = cleaned(Substring(texts[index - 1])), looksLikeAgency(above) { return above }
        }
        return nil
    }

    /// `由XX编制` or `现公布2023年度XX政府信息公开工作年度报告` in the preamble.
    public static func agency(inPreamble paragraphs: [String]) -> String? {
        for text in paragraphs.map(Normalizer.display) {
            for pattern in [compiledBy, published] {
                if let m = text.firstMatch(of: pattern), let name = cleaned(m.output.1), looksLikeAgency(name) {
                    return name
                }
            }
        }
        return nil
    }

    /// A short run of ideographs (brackets allowed) ending in a word bodies end in.
    static func looksLikeAgency(_ text: String) -> Bool {
        let name = Normalizer.fold(text)
        guard (2...40).contains(name.count),
              name.unicodeScalars.allSatisfy({ CharacterClass.isIdeograph($0) || "()".unicodeScalars.contains($0) })
        else { return false }
        return agencyEndings.contains(where: name.hasSuffix)
    }

    static let agencyEndings = ["局", "厅", "委员会", "委", "办公室", "政府", "办事处", "院", "中心", "署", "部",
                                "办", "馆", "所", "站", "队", "会", "处", "公司", "管委会"]

    private static func cleaned(_ text: Substring) -> String? {
        var name = Normalizer.display(String(text)).trimmingSpaces()
        for suffix in ["关于", "的"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        name = name.trimmingSpaces()
        return name.isEmpty ? nil : name
    }

    nonisolated(unsafe) static let signatureDate = #/(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/#
    nonisolated(unsafe) static let compiledBy = #/由([^，。；、\s]{2,40}?)(?:负责)?编制/#
    nonisolated(unsafe) static let published = #/公布(?:19|20)\d{2}年度?([^，。；、\s]{2,40}?)政府信息公开/#
}
