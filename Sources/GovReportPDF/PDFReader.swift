import Foundation
import GovReport

/// Reads a PDF into `Page`s (size, rotation, positioned glyphs) through Poppler.
///
/// ```swift
/// let pages = try PDFReader().readPages(atPath: "report.pdf")
/// pages[0].glyphs.count // 527
/// ```
public struct PDFReader: Sendable {
    public var password: String?

    public init(password: String? = nil) { self.password = password }

    /// Reads the file at `path`; throws `PDFReadError` naming the file. The file is read once; Poppler
    /// parses it from memory unless a password is given (see `PopplerDocument`).
    public func readPages(atPath path: String) throws -> [Page] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PDFReadError.fileNotFound(path: path)
        }
        return try readPages(of: data, name: path, path: path)
    }

    /// Reads a PDF held in memory; `name` is used in error messages. An encrypted document needs
    /// `readPages(atPath:)` (see `PopplerDocument`).
    public func readPages(of data: Data, name: String) throws -> [Page] {
        try readPages(of: data, name: name, path: nil)
    }

    /// `data` is the content of the file at `path` when there is one: Poppler reads it from memory
    /// (no second read of the file), except with a password, which must be opened from the file.
    func readPages(of data: Data, name: String, path: String?) throws -> [Page] {
        try checkSignature(data, name: name)
        if let path, password != nil {
            return try pages(of: PopplerDocument(fileAt: path, password: password), name: name)
        }
        return try pages(of: PopplerDocument(data: data, path: name), name: name)
    }

    private func checkSignature(_ data: Data, name: String) throws {
        guard data.count >= 5, data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            let head = String(decoding: data.prefix(16), as: UTF8.self)
            throw PDFReadError.notAPDF(path: name, startsWith: head)
        }
    }

    private func pages(of document: PopplerDocument, name: String) throws -> [Page] {
        let count = document.pageCount
        guard count > 0 else { throw PDFReadError.noPages(path: name) }
        let pages = (0..<count).compactMap { document.page(at: $0) }
        guard pages.contains(where: \.hasText) else {
            throw PDFReadError.noTextLayer(path: name, pageCount: count)
        }
        return pages
    }
}
