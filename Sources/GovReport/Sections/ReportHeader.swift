import Foundation

/// Reads what a report says about itself: its title (one to three lines at the top, joined), the agency
/// (the title's words around the year, see `AgencyReader`), the report year and a first guess at the template.
///
/// The title is the first run of lines, among the first `TextSettings.titleSearchLines` non-empty lines
/// before section 一, whose joined text holds "政府信息公开…报告" (年度报告, 工作报告, 年报); lines
/// just above it that look like a title line (same large type in a PDF; in plain text, a short line with no
/// sentence punctuation) are taken in ("XX局" over "2021年政府信息公开工作年度报告").
/// The year comes from the title, else from the statistics period ("统计期限自2021年1月1日起至2021年
/// 12月31日止", "2021年1月1日至2021年12月31日"), else from the year most often written in the text.
///
/// ```swift
/// let header = ReportHeader.read(lines, searchEnd: firstHeading)
/// header.info.title  // "清河市人力资源和社会保障局2021年政府信息公开工作年度报告"
/// header.info.agency // "清河市人力资源和社会保障局"
/// header.info.year   // 2021, header.info.template // .v2021
/// ```
public enum ReportHeader {
    /// The info read and the lines the title occupies (nil when no title was found).
    public struct Result: Hashable, Sendable {
        public var info: ReportInfo
        public var titleLines: Range<Int>?
    }

    /// Given lines (page furniture removed) and the index of section 一's heading (the title is looked
    /// for before it), return the report's info. `bodyText` is searched for the year when the title has none.
    public static func read(_ lines: [TextLine], searchEnd: Int, bodyText: [String] = [],
                            settings: TextSettings = .init()) -> Result {
        let range = title(in: lines, before: searchEnd, settings: settings)
        let titleText = range.map { Normalizer.joinLines(lines[$0].map(\.text)) }
        var info = ReportInfo(title: titleText)
        if let titleText, titleText.firstMatch(of: titleCore) != nil {
            info.year = titleText.firstMatch(of: titleYear).flatMap { Int($0.output.1) }
            info.agency = AgencyReader.agency(inTitle: titleText)
        }
        if info.year == nil { info.year = year(inBody: bodyText) }
        info.template = info.year.map(template(forYear:))
        return Result(info: info, titleLines: range)
    }

    /// The template a report year implies: 2019 and 2020 → `.v2019`, 2021 on → `.v2021`, earlier → `.pre2019`.
    /// The table readers refine it per table.
    public static func template(forYear year: Int) -> TemplateVersion {
        year >= 2021 ? .v2021 : (year >= 2019 ? .v2019 : .pre2019)
    }

    /// True when a text is a report title: it holds 政府信息公开 and a report word (年度报告, 工作报告, 年报).
    public static func isTitle(_ text: String) -> Bool {
        Normalizer.fold(text).firstMatch(of: titleCore) != nil
    }

    /// The report year stated by a statistics period, or the year most often written, in the paragraphs.
    public static func year(inBody paragraphs: [String]) -> Int? {
        let folded = paragraphs.map(Normalizer.fold)
        for text in folded {
            if let m = text.firstMatch(of: statisticsPeriod) { return Int(m.output.1) }
        }
        var counts: [Int: Int] = [:]
        for text in folded {
            for m in text.matches(of: anyYear) { if let y = Int(m.output.1) { counts[y, default: 0] += 1 } }
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The title's line range: the smallest window matching the title words, extended upwards over title-like
    /// lines.
    static func title(in lines: [TextLine], before end: Int, settings: TextSettings) -> Range<Int>? {
        let candidates = Array(lines.indices.prefix(min(end, lines.count)).filter { !lines[$0].text.isEmpty }
            .prefix(settings.titleSearchLines))
        for (k, last) in candidates.enumerated() {
            for count in 1...settings.maxTitleLines where count <= k + 1 {
                let window = candidates[(k + 1 - count)...k]
                let text = Normalizer.joinLines(window.map { lines[$0].text })
                guard isTitle(text), text.count <= 80, !text.contains(where: { "，。；《〈".contains($0) })
                else { continue }
                var first = k + 1 - count
                while first > 0, window.count + (k + 1 - count - first) < settings.maxTitleLines,
                      looksLikeTitleLine(lines[candidates[first - 1]], below: lines[candidates[first]]) {
                    first -= 1
                }
                return candidates[first]..<(last + 1)
            }
        }
        return nil
    }

    /// A line above the title words that belongs to the title: no sentence punctuation, not a date, and in a
    /// PDF set in type as large as the title's.
    private static func looksLikeTitleLine(_ line: TextLine, below: TextLine) -> Bool {
        let text = Normalizer.display(line.text)
        guard !text.isEmpty, text.count <= 30, !text.contains(where: { "，。；：,;:".contains($0) }),
              text.firstMatch(of: yearMonth) == nil else { return false }
        return line.glyphHeight >= 0.9 * below.glyphHeight
    }

    nonisolated(unsafe) static let titleCore = #/政府信息公开(?:工作)?的?(?:年度报告|工作报告|报告|年报)/#
    nonisolated(unsafe) static let titleYear = #/((?:19|20)\d{2})年/#
    nonisolated(unsafe) static let statisticsPeriod = #/((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-)\1年12月31日/#
    nonisolated(unsafe) static let yearMonth = #/\d{4}年\d{1,2}月/#
    nonisolated(unsafe) static let anyYear = #/((?:19|20)\d{2})年/#
}
