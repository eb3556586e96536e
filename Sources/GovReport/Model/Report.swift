/// Which State Council template a report (or one of its tables) follows.
public enum TemplateVersion: String, Codable, Sendable, CaseIterable {
    /// Report years 2019 and 2020.
    case v2019 = "2019"
    /// Report years 2021 onward.
    case v2021 = "2021"
    /// Free-form reports before 2019: text and sections only, no template tables.
    case pre2019
}

/// Where a report came from.
public struct SourceInfo: Codable, Hashable, Sendable {
    /// The input kinds: a PDF, plain text, a saved web page, a Word (.docx) file.
    public enum Kind: String, Codable, Sendable, CaseIterable { case pdf, text, html, docx }
    public var fileName: String
    public var sha256: String
    /// Pages of a PDF or form-feed pages of text; 1 for a web page or a Word file (they have no fixed pages).
    public var pageCount: Int
    public var kind: Kind
    /// Set when some pages were read by OCR (a scan): which engine, languages, resolution and pages.
    public var ocr: OCRSource?

    /// What a web page says about itself in its meta tags (nil for other kinds, or a page without them).
    public var page: PageMeta?

    public init(fileName: String, sha256: String, pageCount: Int, kind: Kind, ocr: OCRSource? = nil,
                page: PageMeta? = nil) {
        self.fileName = fileName; self.sha256 = sha256; self.pageCount = pageCount; self.kind = kind; self.ocr = ocr
        self.page = page
    }
}

/// How the pages of a scan were read: `source.ocr` in the report JSON.
public struct OCRSource: Codable, Hashable, Sendable {
    /// E.g. "tesseract 5.3.0".
    public var engine: String
    /// Tesseract language models used, e.g. ["chi_sim", "eng"].
    public var languages: [String]
    /// The resolution the pages were read at (the highest when pages differ).
    public var dpi: Int
    /// 1-based numbers of the pages read by OCR.
    public var pages: [Int]

    public init(engine: String, languages: [String], dpi: Int, pages: [Int]) {
        self.engine = engine; self.languages = languages; self.dpi = dpi; self.pages = pages
    }
}

/// The meta tags of a portal page (`<meta name="ArticleTitle" content="…">` and the like), as printed.
public struct PageMeta: Codable, Hashable, Sendable {
    public var articleTitle: String?
    public var publishedAt: String?
    public var contentSource: String?
    public var url: String?

    public init(articleTitle: String? = nil, publishedAt: String? = nil, contentSource: String? = nil, url: String? = nil) {
        self.articleTitle = articleTitle; self.publishedAt = publishedAt; self.contentSource = contentSource; self.url = url
    }

    /// True when no tag was found.
    public var isEmpty: Bool { articleTitle == nil && publishedAt == nil && contentSource == nil && url == nil }

    /// The tags by their meta names (`ContentSource`, …), as `AgencyReader` takes them.
    public var metadata: [String: String] {
        var tags: [String: String] = [:]
        tags["ArticleTitle"] = articleTitle; tags["PubDate"] = publishedAt
        tags["ContentSource"] = contentSource; tags["Url"] = url
        return tags
    }
}

/// What the report says about itself: title, agency (and its key), year and template.
public struct ReportInfo: Codable, Hashable, Sendable {
    public var title: String?
    public var agency: String?
    public var year: Int?
    public var template: TemplateVersion?
    /// The agency's grouping key (`AgencyKey`): the same body printed differently has one key.
    public var agencyKey: String?
    /// Where `agency` was read: the title, the signature, the source's metadata or the preamble.
    public var agencySource: AgencyReader.Origin?

    public init(title: String? = nil, agency: String? = nil, year: Int? = nil, template: TemplateVersion? = nil,
                agencyKey: String? = nil, agencySource: AgencyReader.Origin? = nil) {
        self.title = title; self.agency = agency; self.year = year; self.template = template
        self.agencyKey = agencyKey; self.agencySource = agencySource
    }
}

/// One of the six numbered sections: its heading as printed and its de-wrapped paragraphs.
public struct Section: Codable, Hashable, Sendable {
    /// 1...6, the template's section number.
    public var number: Int
    public var heading: String
    public var paragraphs: [String]
    /// Page where the heading is printed (1-based), when known.
    public var page: Int?

    public init(number: Int, heading: String, paragraphs: [String], page: Int? = nil) {
        self.number = number; self.heading = heading; self.paragraphs = paragraphs; self.page = page
    }
}

/// A non-fatal remark about the extraction: a row not found, a cell read as blank, a template oddity.
public struct ExtractionWarning: Codable, Hashable, Sendable {
    /// A stable machine-readable code, e.g. `row_missing`, `blank_cell`, `single_other_row`.
    public var code: String
    public var message: String
    public var table: String?
    public var row: String?
    public var column: String?
    public var page: Int?

    public init(code: String, message: String, table: String? = nil, row: String? = nil,
                column: String? = nil, page: Int? = nil) {
        self.code = code; self.message = message; self.table = table; self.row = row
        self.column = column; self.page = page
    }
}

/// Everything extracted from one file.
public struct Report: Sendable {
    public static let schemaVersion = "1.1"

    public var source: SourceInfo
    public var info: ReportInfo
    /// Paragraphs before section 一 (title block excluded).
    public var preamble: [String]
    public var sections: [Section]
    /// Section 二 (主动公开).
    public var proactive: Table?
    /// Section 三 (the request-handling matrix).
    public var requests: Table?
    /// Section 四 (行政复议、行政诉讼).
    public var reviewLitigation: Table?
    /// How far each table can be trusted (see `TableStatus`).
    public var tableStatus: TableStatuses
    public var warnings: [ExtractionWarning]

    public init(source: SourceInfo, info: ReportInfo, preamble: [String] = [], sections: [Section] = [],
                proactive: Table? = nil, requests: Table? = nil, reviewLitigation: Table? = nil,
                tableStatus: TableStatuses? = nil, warnings: [ExtractionWarning] = []) {
        self.source = source; self.info = info; self.preamble = preamble; self.sections = sections
        self.proactive = proactive; self.requests = requests; self.reviewLitigation = reviewLitigation
        // Tables given without a status are taken as read with certainty (as schema 1.0 readers assumed).
        self.tableStatus = tableStatus ?? TableStatuses(proactive: proactive == nil ? .absent : .complete,
                                                        requests: requests == nil ? .absent : .complete,
                                                        reviewLitigation: reviewLitigation == nil ? .absent : .complete)
        self.warnings = warnings
    }

    /// The three tables that are present, in section order.
    public var tables: [Table] { [proactive, requests, reviewLitigation].compactMap { $0 } }
}
