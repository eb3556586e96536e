/// Tells the template of a table from its own wording (not from the report year): some 2020 reports
/// already print the 2021 tables and some 2021 reports still print 2019 rows.
public enum TemplateDetection {
    /// Words only the 2021 section 二 table prints (folded).
    public static let proactive2021Words = ["制发", "废止", "现行有效", "收费金额"]
    /// Words only the 2019 section 二 table prints (folded).
    public static let proactive2019Words = ["新制作", "新公开", "对外公开总", "上一年", "增/减", "集中采购", "对外管理服务"]

    /// The template of a section 二 table from its folded text, or nil when neither's words occur
    /// (ties go to nil too).
    ///
    /// ```swift
    /// TemplateDetection.proactive(folded: Normalizer.fold("本年制发件数 本年废止件数")) // .v2021
    /// ```
    public static func proactive(folded text: String) -> TemplateVersion? {
        let new = proactive2021Words.filter { TextSearch.contains(text, $0) }.count
        let old = proactive2019Words.filter { TextSearch.contains(text, $0) }.count
        return new == old ? nil : (new > old ? .v2021 : .v2019)
    }
}
