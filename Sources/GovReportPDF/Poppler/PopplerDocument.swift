internal import CPoppler
import Foundation
import GovReport

/// Owns a `PopplerDocument*` and unrefs it when released. With `PopplerPage.swift` and `PopplerRender.swift`
/// the only files that touch Poppler's C API.
final class PopplerDocument {
    private let handle: OpaquePointer
    /// Poppler reads from this buffer without copying it; it must live as long as the document.
    private let bytes: GBytesBox?

    /// Opens a PDF held in memory. The corresponding C function is `poppler_document_new_from_bytes`.
    ///
    /// Poppler 22's `new_from_bytes` retries a wrong password on a stream it has already freed and crashes,
    /// so a password-protected document is opened from its file (`openFile`) instead.
    convenience init(data: Data, path: String) throws {
        let box = GBytesBox(data)
        var error: UnsafeMutablePointer<GError>?
        let doc = poppler_document_new_from_bytes(box.pointer, nil, &error)
        try self.init(doc, error, path: path, password: nil, bytes: box)
    }

    /// Opens a PDF file. The corresponding C function is `poppler_document_new_from_file`.
    convenience init(fileAt path: String, password: String?) throws {
        var error: UnsafeMutablePointer<GError>?
        let uri = URL(fileURLWithPath: path).absoluteString
        let doc = poppler_document_new_from_file(uri, password, &error)
        try self.init(doc, error, path: path, password: password, bytes: nil)
    }

    private init(_ doc: OpaquePointer?, _ error: UnsafeMutablePointer<GError>?, path: String, password: String?,
                 bytes: GBytesBox?) throws {
        guard let doc else {
            let (code, message) = Self.take(error)
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) { throw PDFReadError.encrypted(path: path, passwordGiven: password != nil) }
            throw PDFReadError.damaged(path: path, detail: message)
        }
        self.handle = doc
        self.bytes = bytes
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// `poppler_document_get_n_pages`.
    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// Copies page `index` (0-based) out of Poppler: size, rotation and glyphs.
    func page(at index: Int) -> Page? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return PopplerPage.copy(page, number: index + 1)
    }

    /// The area (points) of the image that fills most of page `index`, or nil (see `PopplerRender.imageArea`).
    func imageArea(pageAt index: Int) -> Box? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return PopplerRender.imageArea(of: page)
    }

    /// Renders page `index` (0-based) to grey at `dpi` (see `PopplerRender`).
    func render(pageAt index: Int, dpi: (_ width: Double, _ height: Double, _ imageArea: Box?) -> Double) -> PageImage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return PopplerRender.render(page, dpi: dpi(width, height, PopplerRender.imageArea(of: page)))
    }

    private static func take(_ error: UnsafeMutablePointer<GError>?) -> (Int32, String) {
        guard let error else { return (-1, "unknown error") }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        return (error.pointee.code, message)
    }
}

/// A `GBytes` that shares a Swift `Data`'s bytes for as long as it lives.
private final class GBytesBox {
    let pointer: OpaquePointer
    private let storage: UnsafeMutableRawBufferPointer

    init(_ data: Data) {
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 8)
        data.copyBytes(to: storage.bindMemory(to: UInt8.self))
        pointer = g_bytes_new_static(storage.baseAddress, gsize(data.count))
    }

    deinit {
        g_bytes_unref(pointer)
        storage.deallocate()
    }
}
