/// The text of a report as the text stages read it: info, preamble and the six sections, each paragraph
/// pointing back at its lines. Tables are not read here: a section's `lineRange` gives the table readers
/// the section's lines.
///
/// ```swift
/// let document = DocumentReader().read(lines)
/// document.info.year                          // 2021
/// document.section(3)?.lineRange              // the lines of 三、收到和处理政府信息公开申请情况
/// document.sections.map(\.number)             // [1, 2, 3, 4, 5, 6]
/// ```
public struct DocumentText: Hashable, Sendable {
    /// Title, agency, year, template guess.
    public var info: ReportInfo
    /// Where the title was printed, as indexes into `lines` (nil when no title was found).
    public var titleLines: Range<Int>?
    /// The lines everything indexes into: the input without page furniture and empty lines.
    public var lines: [TextLine]
    /// Paragraphs before section 一, the title excluded.
    public var preamble: [Paragraph]
    /// The sections found, in order.
    public var sections: [SectionText]
    /// Where the lines came from (geometry of a PDF or the synthetic geometry of plain text).
    public var source: LineSource
    /// Share of CJK ideographs in the text layer (`TextQuality.cjkShare`).
    public var cjkShare: Double
    /// True when the text layer is mojibake (`TextQuality.isMojibake`): the caller should report it, not parse.
    public var isMojibake: Bool

    public init(info: ReportInfo, titleLines: Range<Int>?, lines: [TextLine], preamble: [Paragraph],
                sections: [SectionText], source: LineSource, cjkShare: Double, isMojibake: Bool) {
        self.info = info; self.titleLines = titleLines; self.lines = lines; self.preamble = preamble
        self.sections = sections; self.source = source; self.cjkShare = cjkShare; self.isMojibake = isMojibake
    }

    /// False for a document that is not a disclosure annual report: no title and fewer than
    /// `minimumSections` section headings. The pipeline raises `ExtractionError.notAReport` then.
    public func isReport(minimumSections: Int = 3) -> Bool {
        info.title != nil || sections.count >= minimumSections
    }

    /// The section numbered `number` (1...6), when found.
    public func section(_ number: Int) -> SectionText? {
        sections.first { $0.number == number }
    }
}

/// One numbered section: heading, paragraphs and its lines.
public struct SectionText: Hashable, Sendable {
    /// 1...6, the template's section number.
    public var number: Int
    /// The heading in display form ("一、总体情况").
    public var heading: String
    /// Page of the heading (1-based).
    public var page: Int
    /// Indexes into `DocumentText.lines`: the heading line, then every line up to the next section.
    public var lineRange: Range<Int>
    /// The narrative. For sections 二–四 (tables) only sentences outside the table, often none.
    public var paragraphs: [Paragraph]

    public init(number: Int, heading: String, page: Int, lineRange: Range<Int>, paragraphs: [Paragraph]) {
        self.number = number; self.heading = heading; self.page = page; self.lineRange = lineRange
        self.paragraphs = paragraphs
    }

    /// Whether the template prints a table in this section (二, 三, 四).
    public var hasTable: Bool { (2...4).contains(number) }

    /// The report model's form: heading and paragraph texts.
    public var section: Section {
        Section(number: number, heading: heading, paragraphs: paragraphs.map(\.text), page: page)
    }
}
