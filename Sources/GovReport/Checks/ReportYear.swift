/// The years a report states about itself: in its title and in its statistics period
/// (本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止).
enum ReportYear {
    /// The report (data) year: `info.year`, else the year in the title.
    static func year(of report: Report) -> Int? { report.info.year ?? titleYear(report) }

    /// The first year (19xx/20xx) followed by 年 in the title.
    static func titleYear(_ report: Report) -> Int? {
        guard let title = report.info.title,
              let m = Normalizer.fold(title).firstMatch(of: titleYearPattern) else { return nil }
        return Int(m.y)
    }

    /// 2021年: a year followed by 年 (built once; a regex literal in a function is parsed on every call).
    nonisolated(unsafe) static let titleYearPattern = #/(?<y>(?:19|20)\d\d)年/#
    /// 统计期限自2021年1月1日起至2021年12月31日止.
    nonisolated(unsafe) static let statisticsPeriodPattern = #/统计[^。]{0,16}?(?<a>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日(?:起)?(?:至|到|-|~)(?<b>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日/#

    /// The first statistics period stated in the preamble or a section: start and end years, and its page.
    static func statedPeriod(_ report: Report) -> (start: Int, end: Int, page: Int?)? {
        for (text, page) in NarrativeRule.narrative(of: report) {
            let folded = Normalizer.fold(text)
            if let m = folded.firstMatch(of: statisticsPeriodPattern),
               let a = Int(m.a), let b = Int(m.b) {
                return (a, b, page)
            }
        }
        return nil
    }
}

extension TemplateVersion {
    /// The template a report for `year` must use: 2021 from 2021, 2019 for 2019–2020, none before.
    public static func implied(byYear year: Int) -> TemplateVersion {
        year >= 2021 ? .v2021 : year >= 2019 ? .v2019 : .pre2019
    }
}
