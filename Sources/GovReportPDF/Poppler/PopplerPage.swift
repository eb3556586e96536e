internal import CPoppler
import GovReport

/// Copies one `PopplerPage*` into a Swift `Page` (size as displayed, i.e. after /Rotate, from
/// `poppler_page_get_size`). Borrowed pointer; the caller unrefs it.
enum PopplerPage {
    static func copy(_ page: OpaquePointer, number: Int) -> Page {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return Page(number: number, width: width, height: height, glyphs: glyphs(of: page))
    }

    /// Pairs each Unicode scalar of `poppler_page_get_text` with its rectangle from
    /// `poppler_page_get_text_layout`; the two are aligned scalar by scalar.
    private static func glyphs(of page: OpaquePointer) -> [Glyph] {
        guard let cText = poppler_page_get_text(page) else { return [] }
        let text = String(cString: cText)
        g_free(cText)

        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else { return [] }
        let boxes = Array(UnsafeBufferPointer(start: rects, count: Int(count)))
        g_free(rects)

        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(boxes.count)
        for (scalar, rect) in zip(text.unicodeScalars, boxes) {
            // Poppler's layout is already top-left based: y1 is the top edge, y2 the bottom.
            let box = Box(x0: rect.x1, y0: min(rect.y1, rect.y2), x1: rect.x2, y1: max(rect.y1, rect.y2))
            glyphs.append(Glyph(scalar: scalar, box: box))
        }
        return glyphs
    }
}
