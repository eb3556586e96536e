import GovReport

/// When pages are read by OCR: `auto` reads only pages without a text layer that show a scanned image,
/// `always` reads every page from its image, `never` keeps today's `no_text_layer` error for scans.
public enum OCRMode: String, CaseIterable, Sendable {
    case auto, always, never
}

/// One number cell read on its own from a page image.
public struct RecognizedCell: Hashable, Sendable {
    /// 1-based page number.
    public var page: Int
    /// The cell's ink in page points (top-left origin), or the whole cell when nothing was read.
    public var box: Box
    /// What was read ("" when the ink could not be read).
    public var text: String
    /// Share of the reads that agreed, times the engine's confidence, 0...1.
    public var confidence: Double
    /// True when the reads disagreed or none gave a value although the cell has ink.
    public var doubtful: Bool
    /// What the reads that disagreed with `text` gave (the cell's competing reads), first read first.
    public var alternatives: [String]

    public init(page: Int, box: Box, text: String, confidence: Double, doubtful: Bool, alternatives: [String] = []) {
        self.page = page; self.box = box; self.text = text; self.confidence = confidence; self.doubtful = doubtful
        self.alternatives = alternatives
    }
}

/// What OCR made of one page: characters as glyphs in page points (the shape Poppler gives a text layer)
/// and the number cells it read one by one.
public struct RecognizedPage: Sendable {
    public var glyphs: [Glyph]
    public var cells: [RecognizedCell]

    public init(glyphs: [Glyph], cells: [RecognizedCell]) { self.glyphs = glyphs; self.cells = cells }
}

/// Reads a page image. `GovReportOCR.TesseractRecognizer` is the implementation; it loads its engine on
/// the first page it is given, so documents with a text layer never load it.
public protocol PageRecognizer: AnyObject {
    /// E.g. "tesseract 5.3.0".
    var engine: String { get }
    var languages: [String] { get }
    func recognize(_ image: PageImage, pageNumber: Int) throws -> RecognizedPage
}

/// How a reader uses OCR: the mode, the recognizer (nil: no OCR, as `never`), the page image settings and
/// a callback told before each page is read (`page` of `count` pages to read).
public struct OCROptions {
    public var mode: OCRMode
    public var recognizer: (any PageRecognizer)?
    public var render: RenderSettings
    public var progress: ((_ page: Int, _ count: Int) -> Void)?

    public init(mode: OCRMode = .auto, recognizer: (any PageRecognizer)? = nil, render: RenderSettings = .init(),
                progress: ((_ page: Int, _ count: Int) -> Void)? = nil) {
        self.mode = mode; self.recognizer = recognizer; self.render = render; self.progress = progress
    }

    /// No OCR: a scan is a `no_text_layer` error.
    public static var none: OCROptions { OCROptions(mode: .never) }
}
