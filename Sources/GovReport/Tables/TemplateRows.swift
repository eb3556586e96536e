/// A row of a template table: its stable key, the label the template prints, and the distinctive words
/// that identify it once text is folded (see `Normalizer.fold`). A row matches a label when every word of
/// one of its `match` alternatives occurs in it.
public struct RowDefinition: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Alternatives; each is a list of words (folded) that must all occur in the folded label.
    public var match: [[String]]
    /// The merged parent label (e.g. （三）不予公开), when the row sits under one.
    public var group: String?

    /// The label as a reader of the printed table sees it: a sub-row under its group,
    /// `（三）不予公开 › 1.属于国家秘密`; other rows as printed.
    public var groupedLabel: String {
        guard let group, group.hasPrefix("（") else { return label }
        return group + " › " + label
    }

    /// `match` words are stored folded, so matching folds only the printed label.
    public init(key: String, label: String, match: [[String]], group: String? = nil) {
        self.key = key; self.label = label; self.match = match.map { $0.map(Normalizer.fold) }; self.group = group
    }
}

/// A column of a template table: stable key and the header words that name it.
public struct ColumnDefinition: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Distinctive header words (folded) that name the column; the whole label when none are given.
    public var words: [String]
    public init(key: String, label: String, words: [String] = []) {
        self.key = key; self.label = label; self.words = words.isEmpty ? [label] : words
    }
}

/// The rows and columns of the three tables, for both template versions, as given in DOMAIN.md.
public enum TemplateRows {
    // MARK: Section 三

    public static let requestColumns: [ColumnDefinition] = [
        .init(key: "natural_person", label: "自然人"),
        .init(key: "commercial", label: "商业企业"),
        .init(key: "research", label: "科研机构"),
        .init(key: "social_welfare", label: "社会公益组织"),
        .init(key: "legal_service", label: "法律服务机构"),
        .init(key: "other_org", label: "其他"),
        .init(key: "total", label: "总计", words: ["总计", "合计"]),
    ]

    /// Rows of section 三 common to both templates, before the （六） rows.
    static let requestRowsHead: [RowDefinition] = [
        .init(key: "new_requests", label: "一、本年新收政府信息公开申请数量", match: [["新收"]]),
        .init(key: "carried_over", label: "二、上年结转政府信息公开申请数量", match: [["上年结转"]]),
        .init(key: "granted", label: "（一）予以公开", match: [["予以公开"]], group: "三、本年度办理结果"),
        .init(key: "partially_granted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
              match: [["部分公开"]], group: "三、本年度办理结果"),
        .init(key: "withheld.state_secret", label: "1.属于国家秘密", match: [["国家秘密"], ["属于国家秘"]], group: "（三）不予公开"),
        .init(key: "withheld.prohibited_by_law", label: "2.其他法律行政法规禁止公开",
              match: [["法律", "禁止公开"], ["法规禁止"], ["其他法律行政"]], group: "（三）不予公开"),
        .init(key: "withheld.security_stability", label: "3.危及“三安全一稳定”",
              match: [["三安全"], ["一稳定"]], group: "（三）不予公开"),
        .init(key: "withheld.third_party_rights", label: "4.保护第三方合法权益", match: [["第三方"]], group: "（三）不予公开"),
        .init(key: "withheld.internal_affairs", label: "5.属于三类内部事务信息", match: [["内部事务"], ["三类内部"]], group: "（三）不予公开"),
        .init(key: "withheld.process_information", label: "6.属于四类过程性信息", match: [["过程性"], ["四类过程"]], group: "（三）不予公开"),
        .init(key: "withheld.enforcement_files", label: "7.属于行政执法案卷", match: [["执法案卷"], ["属于行政执法"]], group: "（三）不予公开"),
        .init(key: "withheld.administrative_query", label: "8.属于行政查询事项", match: [["查询事项"], ["属于行政查询"]], group: "（三）不予公开"),
        .init(key: "unable.not_held", label: "1.本机关不掌握相关政府信息", match: [["不掌握"], ["本机关不掌"]], group: "（四）无法提供"),
        .init(key: "unable.needs_creation", label: "2.没有现成信息需要另行制作",
              match: [["另行制作"], ["没有现成"]], group: "（四）无法提供"),
        .init(key: "unable.unclear", label: "3.补正后申请内容仍不明确", match: [["不明确"], ["补正后"]], group: "（四）无法提供"),
        .init(key: "not_processed.complaint", label: "1.信访举报投诉类申请",
              match: [["信访"], ["举报投诉"]], group: "（五）不予处理"),
        .init(key: "not_processed.duplicate", label: "2.重复申请", match: [["重复申请"], ["2.重复"], ["2重复"]], group: "（五）不予处理"),
        .init(key: "not_processed.publication", label: "3.要求提供公开出版物", match: [["出版物"], ["提供公开出版"]], group: "（五）不予处理"),
        .init(key: "not_processed.excessive", label: "4.无正当理由大量反复申请",
              match: [["大量反复"], ["反复申请"], ["理由大量"]], group: "（五）不予处理"),
        .init(key: "not_processed.confirmation", label: "5.要求行政机关确认或重新出具已获取信息",
              match: [["确认"], ["重新出具"]], group: "（五）不予处理"),
    ]

    static let requestRowsOther2021: [RowDefinition] = [
        .init(key: "other.overdue_correction", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              match: [["不补正"], ["逾期不补"], ["申请人无正当"]], group: "（六）其他处理"),
        .init(key: "other.overdue_fee", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
              match: [["缴纳费用"], ["收费通知"], ["逾期未按"]], group: "（六）其他处理"),
        .init(key: "other.other", label: "3.其他", match: [["3.其他"], ["3其他"]], group: "（六）其他处理"),
    ]

    static let requestRowOther2019 = RowDefinition(
        key: "other", label: "（六）其他处理", match: [["其他处理"]], group: "三、本年度办理结果")

    static let requestRowsTail: [RowDefinition] = [
        .init(key: "total", label: "（七）总计", match: [["总计"], ["合计"]], group: "三、本年度办理结果"),
        .init(key: "carried_forward", label: "四、结转下年度继续办理", match: [["结转下年"], ["继续办理"]]),
    ]

    /// The rows of section 三 for a template, in printed order.
    public static func requestRows(_ template: TemplateVersion) -> [RowDefinition] {
        switch template {
        case .v2019: return requestRows2019
        case .v2021, .pre2019: return requestRows2021
        }
    }

    private static let requestRows2019 = requestRowsHead + [requestRowOther2019] + requestRowsTail
    private static let requestRows2021 = requestRowsHead + requestRowsOther2021 + requestRowsTail

    /// Outcome leaf rows summed by R2, for the rows actually present.
    public static let outcomeRowPrefixes = ["granted", "partially_granted", "withheld.", "unable.", "not_processed.", "other"]

    // MARK: Section 四

    public static let reviewGroups: [ColumnDefinition] = [
        .init(key: "review", label: "行政复议"),
        .init(key: "litigation_direct", label: "未经复议直接起诉"),
        .init(key: "litigation_after_review", label: "复议后起诉"),
    ]

    public static let reviewColumns: [ColumnDefinition] = [
        .init(key: "upheld", label: "结果维持"),
        .init(key: "corrected", label: "结果纠正"),
        .init(key: "other", label: "其他结果"),
        .init(key: "pending", label: "尚未审结"),
        .init(key: "total", label: "总计", words: ["总计", "合计"]),
    ]

    // MARK: Section 二

    /// A row of section 二 with its columns.
    public struct ProactiveRow: Hashable, Sendable {
        public var row: RowDefinition
        public var columns: [ColumnDefinition]
    }

    public static func proactiveRows(_ template: TemplateVersion) -> [ProactiveRow] {
        switch template {
        case .v2021, .pre2019: return proactiveRows2021
        case .v2019: return proactiveRows2019
        }
    }

    private static let proactiveRows2021 = makeProactiveRows(.v2021)
    private static let proactiveRows2019 = makeProactiveRows(.v2019)

    private static func makeProactiveRows(_ template: TemplateVersion) -> [ProactiveRow] {
        switch template {
        case .v2021, .pre2019:
            let docs: [ColumnDefinition] = [.init(key: "issued", label: "本年制发件数", words: ["制发"]),
                                            .init(key: "repealed", label: "本年废止件数", words: ["废止"]),
                                            .init(key: "in_force", label: "现行有效件数", words: ["现行有效", "有效件数"])]
            let decisions: [ColumnDefinition] = [.init(key: "decisions", label: "本年处理决定数量", words: ["处理决定"])]
            return [
                .init(row: .init(key: "regulations", label: "规章", match: [["规章"]]), columns: docs),
                .init(row: .init(key: "normative_documents", label: "行政规范性文件", match: [["规范性文件"]]), columns: docs),
                .init(row: .init(key: "licensing", label: "行政许可", match: [["行政许可"]]), columns: decisions),
                .init(row: .init(key: "penalty", label: "行政处罚", match: [["行政处罚"]]), columns: decisions),
                .init(row: .init(key: "coercion", label: "行政强制", match: [["行政强制"]]), columns: decisions),
                .init(row: .init(key: "fees", label: "行政事业性收费", match: [["事业性收费"]]),
                      columns: [.init(key: "amount_10k_yuan", label: "本年收费金额（单位：万元）", words: ["收费金额", "金额"])]),
            ]
        case .v2019:
            let docs: [ColumnDefinition] = [.init(key: "made", label: "本年新制作数量", words: ["新制作", "制作"]),
                                            .init(key: "published", label: "本年新公开数量", words: ["新公开"]),
                                            .init(key: "total_public", label: "对外公开总数量", words: ["公开总数", "对外公开"])]
            let items: [ColumnDefinition] = [.init(key: "items_last_year", label: "上一年项目数量", words: ["上一年", "上年项目"]),
                                             .init(key: "change", label: "本年增/减", words: ["增/减", "增减", "增(减)", "增、减"]),
                                             .init(key: "decisions", label: "处理决定数量", words: ["处理决定"])]
            return [
                .init(row: .init(key: "regulations", label: "规章", match: [["规章"]]), columns: docs),
                .init(row: .init(key: "normative_documents", label: "规范性文件", match: [["规范性文件"]]), columns: docs),
                .init(row: .init(key: "licensing", label: "行政许可", match: [["行政许可"]]), columns: items),
                .init(row: .init(key: "other_services", label: "其他对外管理服务事项", match: [["对外管理服务"]]), columns: items),
                .init(row: .init(key: "penalty", label: "行政处罚", match: [["行政处罚"]]), columns: items),
                .init(row: .init(key: "coercion", label: "行政强制", match: [["行政强制"]]), columns: items),
                .init(row: .init(key: "fees", label: "行政事业性收费", match: [["事业性收费"]]),
                      columns: Array(items.prefix(2))),
                .init(row: .init(key: "procurement", label: "政府集中采购", match: [["集中采购"]]),
                      columns: [.init(key: "items", label: "采购项目数量", words: ["项目数量", "采购项目"]), .init(key: "amount", label: "采购总金额", words: ["总金额", "金额"])]),
            ]
        }
    }
}
