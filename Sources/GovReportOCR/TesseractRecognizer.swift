import GovReportPDF

/// The `PageRecognizer` of govreport: Tesseract with `chi_sim` for page text and `eng` for number cells.
/// Its two engines start on the first page it reads (so text-layer PDFs never load Tesseract) and are
/// reused for every later page; use one recognizer per worker thread.
///
/// ```swift
/// let report = try ReportFile.load(path: "scan.pdf", ocr: OCROptions(recognizer: TesseractRecognizer()))
/// report.source.ocr?.pages // [1, 2, 3]
/// ```
public final class TesseractRecognizer: PageRecognizer {
    public let languages = ["chi_sim", "eng"]
    public var engine: String { TesseractEngine.version }
    /// Time spent per stage over every page read so far.
    public private(set) var timings = OCRTimings()
    private var reading: PageReading?

    public init() {}

    public func recognize(_ image: PageImage, pageNumber: Int) throws -> RecognizedPage {
        let reading = try self.reading ?? PageReading(pageEngine: TesseractEngine(language: languages[0]),
                                                      cells: CellReader(engine: TesseractEngine(language: languages[1])))
        self.reading = reading
        return reading.read(image, pageNumber: pageNumber, timings: &timings)
    }
}
