/// A count the narrative states, and the table cells (or sums of cells) it may stand for.
///
/// Narrative numbers are loose: 收到 N 件 may mean 新收 or 新收 + 上年结转, so a claim carries every
/// reasonable reading; it agrees with the tables when any reading does.
struct NarrativeClaim: Hashable, Sendable {
    /// One reading: the sum of these cells.
    struct Reading: Hashable, Sendable {
        var table: TableKind
        var cells: [Cell]
        struct Cell: Hashable, Sendable { var row: String; var column: String }

        init(_ table: TableKind, _ cells: [(String, String)]) {
            self.table = table; self.cells = cells.map { Cell(row: $0.0, column: $0.1) }
        }
    }

    /// The words that state the count, as folded (no spaces), e.g. 共收到政府信息公开申请199件.
    var quote: String
    var value: Double
    var readings: [Reading]
}

/// Finds stated counts in narrative text.
///
/// Works on folded text (`Normalizer.fold`: no spaces, so "申请 12 件" reads 申请12件; ASCII digits and
/// punctuation), one sentence at a time.
///
/// ```swift
/// NarrativeClaims.claims(in: "全年共收到政府信息公开申请 199 件。").first?.value // 199
/// ```
enum NarrativeClaims {
    typealias Reading = NarrativeClaim.Reading

    static let organisationColumns = ["commercial", "research", "social_welfare", "legal_service", "other_org"]
    /// Words after which a statement about review or litigation is about their outcome, not their number.
    static let outcomeWords = ["纠错", "纠正", "败诉", "撤销", "违法", "被"]

    /// Every claim in `text` (a paragraph or more), in order.
    static func claims(in text: String) -> [NarrativeClaim] {
        let folded = Normalizer.fold(text)
        return folded.unicodeScalars.split(whereSeparator: { "。;!?".unicodeScalars.contains($0) })
            .flatMap { claims(inSentence: String($0)) }
    }

    /// Every pattern below holds one of these words: a sentence without any is skipped before matching.
    static let cueWords = ["申请", "结转", "复议", "诉讼", "自然人", "法人"]

    static func claims(inSentence s: String) -> [NarrativeClaim] {
        guard cueWords.contains(where: { TextSearch.contains(s, $0) }) else { return [] }
        // Regular expressions are slow to run: each is tried only on a sentence holding its fixed words.
        // Every pattern with a count needs a digit and 件.
        let counts = s.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && TextSearch.contains(s, "件")
        var out: [NarrativeClaim] = []
        let newTotal = Reading(.requests, [("new_requests", "total")])
        let newAndCarried = Reading(.requests, [("new_requests", "total"), ("carried_over", "total")])
        func add(_ match: Substring, _ digits: Substring, _ readings: [Reading]) {
            guard let value = number(digits) else { return }
            out.append(NarrativeClaim(quote: clause(of: match, in: s), value: value, readings: readings))
        }

        // 共收到政府信息公开申请 N 件 / 新收…申请 N 件 / 共收到 N 件…申请
        var receivedEnd: String.Index?
        let requestCounts = counts && TextSearch.contains(s, "申请")
        // A sentence that states 上年结转 M 件 beside 收到 N 件 counts the carried-over requests apart: N is new.
        let statesCarried = requestCounts && TextSearch.contains(s, "结转") && s.contains(Pattern.carriedOver)
        let receivedReadings = statesCarried ? [newTotal] : [newTotal, newAndCarried]
        for m in requestCounts ? s.matches(of: Pattern.received) : []
        where !TextSearch.contains(String(m.mid), "结转") {
            add(m.output.0, m.n, m.verb == "新收" ? [newTotal] : receivedReadings)
            receivedEnd = receivedEnd ?? m.range.upperBound
        }
        for m in requestCounts ? s.matches(of: Pattern.receivedCountFirst) : [] {
            add(m.output.0, m.n, m.verb == "新收" ? [newTotal] : receivedReadings)
            receivedEnd = receivedEnd ?? m.range.upperBound
        }
        // 未收到政府信息公开申请
        if TextSearch.contains(s, "申请"), let m = s.firstMatch(of: Pattern.noneReceived),
           !s.contains(Pattern.requestsThenDigit) {
            out.append(NarrativeClaim(quote: String(m.output), value: 0, readings: [newTotal]))
        }
        // 上年结转 N 件, then 共计 N 件 for 新收 + 结转
        let carried = counts && TextSearch.contains(s, "结转")
        if carried, let m = s.firstMatch(of: Pattern.carriedOver) {
            add(m.output.0, m.n, [Reading(.requests, [("carried_over", "total")])])
            if receivedEnd != nil, let sum = s[m.range.upperBound...].firstMatch(of: Pattern.grandTotal) {
                add(sum.output.0, sum.n, [newAndCarried])
            }
        }
        // 结转下年度继续办理 N 件
        if carried, let m = s.firstMatch(of: Pattern.carriedForward) {
            add(m.output.0, m.n, [Reading(.requests, [("carried_forward", "total")])])
        }
        // 其中，自然人申请 N 件，法人或其他组织申请 M 件
        if counts, TextSearch.contains(s, "自然人"), let m = s.firstMatch(of: Pattern.naturalPerson) {
            add(m.output.0, m.n, [Reading(.requests, [("new_requests", "natural_person")]),
                                  Reading(.requests, [("new_requests", "natural_person"), ("carried_over", "natural_person")])])
        }
        if counts, TextSearch.contains(s, "其他组织"), let m = s.firstMatch(of: Pattern.organisations) {
            let new = organisationColumns.map { ("new_requests", $0) }
            add(m.output.0, m.n, [Reading(.requests, new),
                                  Reading(.requests, new + organisationColumns.map { ("carried_over", $0) })])
        }
        out += reviewClaims(s, counts: counts)
        return out
    }

    /// 行政复议 N 件, 行政诉讼 N 件（其中未经复议直接起诉 a 件，复议后起诉 b 件）, and 未发生行政复议、行政诉讼.
    /// `counts`: the sentence holds a digit and 件 (else no pattern with a count can match).
    static func reviewClaims(_ s: String, counts: Bool) -> [NarrativeClaim] {
        var out: [NarrativeClaim] = []
        let review = Reading(.reviewLitigation, [("review", "total")])
        let litigation = Reading(.reviewLitigation, [("litigation_direct", "total"), ("litigation_after_review", "total")])
        func add(_ match: Substring, _ digits: Substring, _ reading: Reading) {
            guard let value = number(digits) else { return }
            out.append(NarrativeClaim(quote: clause(of: match, in: s), value: value, readings: [reading]))
        }
        let reviewCount = counts && TextSearch.contains(s, "行政复议") ? s.firstMatch(of: Pattern.reviewCount) : nil
        let litigationCount = counts && TextSearch.contains(s, "行政诉讼") ? s.firstMatch(of: Pattern.litigationCount) : nil
        if let m = reviewCount { add(m.output.0, m.n, review) }
        if let m = litigationCount { add(m.output.0, m.n, litigation) }
        if counts, TextSearch.contains(s, "起诉"), let m = s.firstMatch(of: Pattern.litigationDirect) {
            add(m.output.0, m.n, Reading(.reviewLitigation, [("litigation_direct", "total")]))
        }
        if counts, TextSearch.contains(s, "复议后"), let m = s.firstMatch(of: Pattern.litigationAfterReview) {
            add(m.output.0, m.n, Reading(.reviewLitigation, [("litigation_after_review", "total")]))
        }
        guard TextSearch.contains(s, "行政"), !outcomeWords.contains(where: { TextSearch.contains(s, $0) }),
              let negation = s.firstMatch(of: Pattern.noReviewOrLitigation)
        else { return out }
        let tail = s[negation.range.lowerBound...]
        if reviewCount == nil, TextSearch.contains(String(tail), "行政复议") {
            out.append(NarrativeClaim(quote: String(negation.output), value: 0, readings: [review]))
        }
        if litigationCount == nil, TextSearch.contains(String(tail), "行政诉讼") {
            out.append(NarrativeClaim(quote: String(tail.prefix { $0 != "," }), value: 0, readings: [litigation]))
        }
        return out
    }

    /// The match widened to the start of its clause (after the last comma or colon before it), so a quote
    /// reads 全年共收到政府信息公开申请16件 rather than 收到政府信息公开申请16件.
    static func clause(of match: Substring, in sentence: String) -> String {
        let head = sentence[..<match.startIndex]
        let start = head.lastIndex(where: { ",:(（".contains($0) }).map { head.index(after: $0) } ?? head.startIndex
        return String(sentence[start..<match.endIndex])
    }

    /// The patterns, built once: a regex literal in a function body is parsed again on every call.
    enum Pattern {
        /// verb … 申请 N 件: 共收到政府信息公开申请 N 件
        nonisolated(unsafe) static let received = #/(?<verb>新收|收到|受理|接收|接到)(?<mid>[^,;:\d]{0,16}?)申请(?:数量)?(?:共计|合计|总计|共|为)?(?<n>\d[\d,]*)件/#
        /// verb N 件 … 申请: 共收到 N 件申请
        nonisolated(unsafe) static let receivedCountFirst = #/(?<verb>新收|收到|受理|接收|接到)(?:各类)?(?<n>\d[\d,]*)件[^,;:\d]{0,12}?申请/#
        /// 未收到政府信息公开申请
        nonisolated(unsafe) static let noneReceived = #/(?:未|没有|无)(?:新收|收到|受理|接到)[^,;:\d]{0,16}?申请/#
        /// 申请 followed by a count
        nonisolated(unsafe) static let requestsThenDigit = #/申请(?:共计|共)?\d/#
        /// 上年结转 N 件
        nonisolated(unsafe) static let carriedOver = #/上一?年度?结转(?:[^,;:\d]{0,12}?)(?<n>\d[\d,]*)件/#
        /// 共计 N 件
        nonisolated(unsafe) static let grandTotal = #/(?:共计|合计|总计|共)(?<n>\d[\d,]*)件/#
        /// 结转下年度继续办理 N 件
        nonisolated(unsafe) static let carriedForward = #/结转(?:至|到)?下一?年度?(?:继续办理|办理)?(?:的)?(?:申请)?(?<n>\d[\d,]*)件/#
        /// 自然人申请 N 件
        nonisolated(unsafe) static let naturalPerson = #/自然人(?:提出)?(?:的)?(?:申请)?(?<n>\d[\d,]*)件/#
        /// 法人或其他组织申请 N 件
        nonisolated(unsafe) static let organisations = #/法人(?:或|和|及)其他组织(?:提出)?(?:的)?(?:申请)?(?<n>\d[\d,]*)件/#
        /// 行政复议 N 件
        nonisolated(unsafe) static let reviewCount = #/行政复议(?:案件|申请)?(?:共)?(?<n>\d[\d,]*)件/#
        /// 行政诉讼 N 件
        nonisolated(unsafe) static let litigationCount = #/行政诉讼(?:案件)?(?:共)?(?<n>\d[\d,]*)件/#
        /// 直接起诉 N 件
        nonisolated(unsafe) static let litigationDirect = #/直接(?:向法院)?起诉(?:案件)?(?<n>\d[\d,]*)件/#
        /// 复议后起诉 N 件
        nonisolated(unsafe) static let litigationAfterReview = #/复议后(?:再)?起诉(?:案件)?(?<n>\d[\d,]*)件/#
        /// 未发生行政复议、行政诉讼
        nonisolated(unsafe) static let noReviewOrLitigation = #/(?:未|没有|无)(?:发生|出现|产生|收到|涉及|接到)[^\d]{0,24}?行政(?:复议|诉讼)/#
    }

    static func number(_ digits: Substring) -> Double? { Double(digits.replacingOccurrences(of: ",", with: "")) }
}
