import Foundation
import GovReport

/// Reads a PDF into `Page`s (size, rotation, positioned glyphs) through Poppler; pages of a scan are read
/// by OCR when `OCROptions` give a recognizer.
///
/// ```swift
/// let pages = try PDFReader().readPages(atPath: "report.pdf")
/// pages[0].glyphs.count // 527
/// ```
public struct PDFReader: Sendable {
    public var password: String?

    public init(password: String? = nil) { self.password = password }

    /// The pages of a PDF and, when some were read by OCR, how (`OCRSource`) and the cells read.
    public struct Document: Sendable {
        public var pages: [Page]
        public var ocr: OCRSource?
        public var cells: [RecognizedCell]
    }

    /// Reads the file at `path`; throws `PDFReadError` naming the file. The file is read once; Poppler
    /// parses it from memory unless a password is given (see `PopplerDocument`).
    public func readPages(atPath path: String, ocr: OCROptions = .none) throws -> [Page] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PDFReadError.fileNotFound(path: path)
        }
        return try readDocument(of: data, name: path, path: path, ocr: ocr).pages
    }

    /// Reads a PDF held in memory; `name` is used in error messages. An encrypted document needs
    /// `readPages(atPath:)` (see `PopplerDocument`).
    public func readPages(of data: Data, name: String, ocr: OCROptions = .none) throws -> [Page] {
        try readDocument(of: data, name: name, path: nil, ocr: ocr).pages
    }

    /// `data` is the content of the file at `path` when there is one: Poppler reads it from memory
    /// (no second read of the file), except with a password, which must be opened from the file.
    func readDocument(of data: Data, name: String, path: String?, ocr: OCROptions) throws -> Document {
        try checkSignature(data, name: name)
        let document = if let path, password != nil {
            try PopplerDocument(fileAt: path, password: password)
        } else {
            try PopplerDocument(data: data, path: name)
        }
        return try read(document, data: data, name: name, ocr: ocr)
    }

    private func checkSignature(_ data: Data, name: String) throws {
        guard data.count >= 5, data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            let head = String(decoding: data.prefix(16), as: UTF8.self)
            throw PDFReadError.notAPDF(path: name, startsWith: head)
        }
    }

    private func read(_ document: PopplerDocument, data: Data, name: String, ocr: OCROptions) throws -> Document {
        let count = document.pageCount
        guard count > 0 else { throw PDFReadError.noPages(path: name) }
        var pages = (0..<count).compactMap { document.page(at: $0) }
        let scans = ocr.recognizer == nil ? [] : pages.indices.filter { i in
            switch ocr.mode {
            case .never: return false
            case .always: return true
            case .auto: return !pages[i].hasText && document.imageArea(pageAt: pages[i].number - 1) != nil
            }
        }
        guard let recognizer = ocr.recognizer, !scans.isEmpty else {
            guard pages.contains(where: \.hasText) else { throw PDFReadError.noTextLayer(path: name, pageCount: count) }
            return Document(pages: pages, ocr: nil, cells: [])
        }
        let imageSizes = ScanResolution.imageSizes(in: data)
        var cells: [RecognizedCell] = [], dpis: [Double] = []
        for (n, i) in scans.enumerated() {
            ocr.progress?(n + 1, scans.count)
            let image = document.render(pageAt: pages[i].number - 1) { width, height, area in
                ocr.render.dpi(width: width, height: height,
                               nativeDPI: area.flatMap { ScanResolution.dpi(area: $0, imageSizes: imageSizes) })
            }
            guard let image else { pages[i].glyphs = []; continue }
            let recognized = try recognizer.recognize(image, pageNumber: pages[i].number)
            pages[i].glyphs = recognized.glyphs
            cells += recognized.cells
            dpis.append(image.dpi)
        }
        guard pages.contains(where: \.hasText) else { throw PDFReadError.ocrFoundNoText(path: name, pageCount: count) }
        OCRHeadings.repair(&pages, ocrPages: Set(scans.map { pages[$0].number }))
        let source = OCRSource(engine: recognizer.engine, languages: recognizer.languages,
                               dpi: Int(dpis.max() ?? 0), pages: scans.map { pages[$0].number })
        return Document(pages: pages, ocr: source, cells: cells)
    }
}
