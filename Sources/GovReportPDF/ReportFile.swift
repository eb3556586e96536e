import Foundation
import GovReport

/// Reads a report file from disk, PDF or plain text, and extracts it.
///
/// ```swift
/// let report = try ReportFile.load(path: "Samples/reports/sample-2021.pdf")
/// ```
public enum ReportFile {
    /// The kinds of input, decided by the file's content (a PDF need not end in .pdf).
    public static func kind(of data: Data, path: String) -> SourceInfo.Kind {
        data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil || path.lowercased().hasSuffix(".pdf") ? .pdf : .text
    }

    /// Reads and extracts the file at `path`. Throws a `GovReportError` naming the file.
    public static func load(path: String, password: String? = nil, settings: ExtractionSettings = .init(),
                            ocr: OCROptions = .none) throws -> Report {
        try load(data: contents(of: path), path: path, password: password, settings: settings, ocr: ocr)
    }

    /// The bytes of the file at `path`; a missing file or a folder is a `GovReportError`.
    public static func contents(of path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw ExtractionError.unsupportedFileType(path: path)
            }
            throw PDFReadError.fileNotFound(path: path)
        }
        return data
    }

    /// PDF pages from the bytes already read; a password needs the file (when there is one).
    private static func document(of data: Data, path: String, password: String?, ocr: OCROptions) throws -> PDFReader.Document {
        let file = password != nil && FileManager.default.fileExists(atPath: path) ? path : nil
        return try PDFReader(password: password).readDocument(of: data, name: path, path: file, ocr: ocr)
    }

    /// A file's content as the pipeline takes it: PDF pages of glyphs, or decoded plain text.
    public enum Content {
        case pages([Page])
        case text(String)

        /// The visual lines the parser works on (`govreport layout` prints them).
        public func lines(settings: LayoutSettings = .init()) -> [TextLine] {
            switch self {
            case .pages(let pages): return pages.flatMap { TextLines.lines(of: $0, settings: settings) }
            case .text(let text): return TextLines.lines(fromPlainText: text, settings: settings)
            }
        }
    }

    /// Reads a file already in memory as PDF pages or decoded text; throws a `GovReportError` naming `path`.
    public static func content(of data: Data, path: String, password: String? = nil, ocr: OCROptions = .none) throws -> Content {
        try read(data, path: path, password: password, ocr: ocr).content
    }

    /// The content and, for a PDF, the document it came from (OCR source and cells).
    private static func read(_ data: Data, path: String, password: String?, ocr: OCROptions) throws
        -> (content: Content, document: PDFReader.Document?) {
        guard !data.isEmpty else { throw ExtractionError.emptyFile(path: path) }
        switch kind(of: data, path: path) {
        case .pdf:
            let document = try document(of: data, path: path, password: password, ocr: ocr)
            return (.pages(document.pages), document)
        case .text:
            guard let (text, _) = TextDecoding.decode(data) else { throw ExtractionError.undecodableText(path: path) }
            return (.text(text), nil)
        }
    }

    /// Extracts a file already read into memory; `path` names it in errors and in `source.file_name`.
    public static func load(data: Data, path: String, password: String? = nil,
                            settings: ExtractionSettings = .init(), ocr: OCROptions = .none) throws -> Report {
        let (content, document) = try read(data, path: path, password: password, ocr: ocr)
        let name = (path as NSString).lastPathComponent
        let sha = FileHash.sha256Hex(of: data)
        let extractor = Extractor(settings: settings)
        return try renamingErrors(path) {
            switch content {
            case .pages(let pages):
                let source = SourceInfo(fileName: name, sha256: sha, pageCount: pages.count, kind: .pdf, ocr: document?.ocr)
                var report = try extractor.extract(pages: pages, source: source)
                if document?.ocr != nil { OCRCellReview.apply(document?.cells ?? [], to: &report) }
                return report
            case .text(let text):
                let pageCount = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
                    .filter { !$0.allSatisfy(\.isWhitespace) }.count
                return try extractor.extract(text: text, source: SourceInfo(fileName: name, sha256: sha, pageCount: max(pageCount, 1), kind: .text))
            }
        }
    }

    /// The extractor names files by their base name; errors should carry the path the user gave.
    private static func renamingErrors<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ExtractionError { throw error.naming(path) }
    }
}
