import Foundation
import GovReport
import ZIPFoundation

/// Reads a Word file (`.docx`) into a `MarkupDocument`: the archive is opened with ZIPFoundation,
/// `word/document.xml` parsed with libxml2's XML parser and turned into paragraphs and grids by
/// `DOCXBlocks`. Headers and footers live in other parts and are never read.
///
/// ```swift
/// let document = try DOCXReader.read(data, path: "report.docx")
/// document.tables.count // 3
/// ```
public enum DOCXReader {
    /// `word/document.xml` larger than this (uncompressed) is refused: a real report's is a few MB at most.
    public static let maximumDocumentSize = 64 << 20

    public static func read(_ data: Data, path: String) throws -> MarkupDocument {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw WebReadError.damagedDocx(path: path, detail: "the ZIP archive cannot be opened")
        }
        guard let entry = archive["word/document.xml"] else {
            let names = archive.prefix(3).map(\.path).joined(separator: ", ")
            throw WebReadError.notADocx(path: path, detail: "no word/document.xml; it holds \(names.isEmpty ? "no files" : names)")
        }
        guard entry.uncompressedSize <= UInt64(maximumDocumentSize) else {
            throw WebReadError.damagedDocx(path: path, detail: "word/document.xml would unpack to \(entry.uncompressedSize) bytes")
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry) { xml.append($0) }
        } catch {
            throw WebReadError.damagedDocx(path: path, detail: "word/document.xml cannot be unpacked (\(error))")
        }
        guard let root = MarkupParser.xml(xml), let body = root.child("w:document")?.child("w:body") else {
            throw WebReadError.damagedDocx(path: path, detail: "word/document.xml is not a Word document body")
        }
        return MarkupDocument(blocks: DOCXBlocks.blocks(of: body))
    }
}
