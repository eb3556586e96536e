import Foundation
import GovReport
import GovReportWeb

/// Reads a report file from disk (PDF, web page, Word file or plain text) and extracts it. The one place
/// that knows every input kind: each is told by its content (`kind(of:path:)`).
///
/// ```swift
/// let report = try ReportFile.load(path: "Samples/reports/sample-2021.pdf")
/// ```
public enum ReportFile {
    /// The kinds of input, decided by the file's content (a PDF need not end in .pdf, a saved page is
    /// often named .doc): `%PDF-` in the first KB or a .pdf name is a PDF, a ZIP archive (`PK\3\4`) a Word
    /// file, markup (`<html` in the first KB, or `<!DOCTYPE html`, `<head`, `<body`, `<meta`, `<table`,
    /// `<p`, `<div` at the start) a web page; otherwise the extension (.html/.htm/.shtml/.xhtml, .docx),
    /// else plain text.
    public static func kind(of data: Data, path: String) -> SourceInfo.Kind {
        let head = data.prefix(1024)
        let ext = (path as NSString).pathExtension.lowercased()
        // A download that failed (an HTML error page named .pdf) is still reported as "not a PDF".
        if head.range(of: Data("%PDF-".utf8)) != nil || ext == "pdf" { return .pdf }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if looksLikeHTML(head) { return .html }
        switch ext {
        case "html", "htm", "shtml", "xhtml": return .html
        case "docx": return .docx
        default: return .text
        }
    }

    /// Markup at the start of the file (after a BOM and white space), in any case.
    static func looksLikeHTML(_ head: Data) -> Bool {
        let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.contains("<html") { return true }
        return ["<!doctype html", "<head", "<body", "<meta", "<table", "<p>", "<p ", "<div"].contains { text.hasPrefix($0) }
    }

    /// Older binary office files (OLE2 compound documents: Word .doc, WPS .wps, .et spreadsheets), and those
    /// extensions when the content is no other kind: read by no reader here, converted with LibreOffice first.
    static func legacyOfficeFormat(_ data: Data, path: String) -> String? {
        let ext = (path as NSString).pathExtension.lowercased()
        let names = ["doc": "a Word 97-2003 .doc", "wps": "a WPS .wps", "et": "a WPS spreadsheet .et", "xls": "an Excel .xls"]
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return names[ext] ?? "an OLE2 office file (.doc/.wps)" }
        if data.starts(with: Array("{\\rtf".utf8)) { return "an RTF file" }
        return nil
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

    /// A file's content as the pipeline takes it: PDF pages of glyphs, decoded plain text, or the blocks
    /// of a web page or Word file.
    public enum Content {
        case pages([Page])
        case text(String)
        case markup(MarkupDocument, SourceInfo.Kind)

        /// The visual lines the parser works on (`govreport layout` prints them; a web page's or Word
        /// file's are its paragraphs, the tables left out).
        public func lines(settings: LayoutSettings = .init()) -> [TextLine] {
            switch self {
            case .pages(let pages): return pages.flatMap { TextLines.lines(of: $0, settings: settings) }
            case .text(let text): return TextLines.lines(fromPlainText: text, settings: settings)
            case .markup(let document, _): return TextLines.lines(fromPlainText: MarkupLayout(document).text, settings: settings)
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
        let kind = kind(of: data, path: path)
        if kind == .text, let format = legacyOfficeFormat(data, path: path) {
            throw ExtractionError.needsConversion(path: path, format: format)
        }
        switch kind {
        case .pdf:
            let document = try document(of: data, path: path, password: password, ocr: ocr)
            return (.pages(document.pages), document)
        case .html: return (.markup(try HTMLReader.read(data, path: path), .html), nil)
        case .docx: return (.markup(try DOCXReader.read(data, path: path), .docx), nil)
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
            case .markup(let document, let kind):
                return try extractor.extract(markup: document, source: SourceInfo(fileName: name, sha256: sha, pageCount: 1,
                                                                                  kind: kind, page: document.meta))
            }
        }
    }

    /// The extractor names files by their base name; errors should carry the path the user gave.
    private static func renamingErrors<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ExtractionError { throw error.naming(path) }
    }
}
