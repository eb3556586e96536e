internal import CPoppler
import GovReport

/// Renders a `PopplerPage*` with cairo into an 8-bit grey `PageImage` in memory. Borrowed pointer.
///
/// Red ink (a stamp over a table) is rendered light: a pixel whose red clearly dominates takes its red
/// channel as its grey, so the black print under a red seal stays dark and the seal itself fades.
enum PopplerRender {
    static func render(_ page: OpaquePointer, dpi: Double) -> PageImage? {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let scale = dpi / 72
        let w = Int((width * scale).rounded()), h = Int((height * scale).rounded())
        guard w > 0, h > 0 else { return nil }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var grey = [UInt8](repeating: 255, count: w * h)
        grey.withUnsafeMutableBufferPointer { out in
            for y in 0..<h {
                // RGB24 is one native-endian 32-bit word a pixel: 0x00RRGGBB.
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<w {
                    let p = row[x]
                    let r = Int((p >> 16) & 0xFF), g = Int((p >> 8) & 0xFF), b = Int(p & 0xFF)
                    out[y * w + x] = r - max(g, b) > 60 ? UInt8(r) : UInt8((r * 77 + g * 150 + b * 29) >> 8)
                }
            }
        }
        return PageImage(width: w, height: h, dpi: dpi, pixels: grey)
    }

    /// The page's size in points and, when one image fills most of the page, that image's area in points
    /// (`poppler_page_get_image_mapping`, which does not decode the image).
    static func imageArea(of page: OpaquePointer) -> Box? {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let list = poppler_page_get_image_mapping(page) else { return nil }
        defer { poppler_page_free_image_mapping(list) }
        var largest: Box?
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerImageMapping.self) {
                let a = mapping.pointee.area
                let box = Box(x0: min(a.x1, a.x2), y0: min(a.y1, a.y2), x1: max(a.x1, a.x2), y1: max(a.y1, a.y2))
                if box.width * box.height > (largest.map { $0.width * $0.height } ?? 0) { largest = box }
            }
            node = current.pointee.next
        }
        guard let largest, largest.width * largest.height > 0.5 * width * height else { return nil }
        return largest
    }
}
