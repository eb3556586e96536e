import GovReportPDF

/// Which pixels of a page image are ink, by an adaptive threshold: a pixel is ink when it is clearly darker
/// than the mean of the window around it. Holds on faded, unevenly lit and JPEG-damaged scans, where one
/// fixed threshold loses thin rules or fills the background.
///
/// ```swift
/// let ink = InkMask(image)
/// ink[10, 20] // true where the pixel is printed
/// ```
struct InkMask {
    let width: Int
    let height: Int
    /// 1 for ink, 0 for paper, row after row.
    var bits: [UInt8]

    subscript(x: Int, y: Int) -> Bool { bits[y * width + x] != 0 }

    /// `window`: side of the averaging window in pixels (default: a twelfth of an inch either way).
    init(_ image: PageImage, window: Int? = nil) {
        let w = image.width, h = image.height
        let r = max(4, window.map { $0 / 2 } ?? Int(image.dpi / 12))
        width = w; height = h
        // Integral image, one row and column of zeros in front.
        var sums = [Int](repeating: 0, count: (w + 1) * (h + 1))
        image.pixels.withUnsafeBufferPointer { px in
            sums.withUnsafeMutableBufferPointer { s in
                for y in 0..<h {
                    var row = 0
                    for x in 0..<w {
                        row += Int(px[y * w + x])
                        s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row
                    }
                }
            }
        }
        var bits = [UInt8](repeating: 0, count: w * h)
        image.pixels.withUnsafeBufferPointer { px in
            sums.withUnsafeBufferPointer { s in
                bits.withUnsafeMutableBufferPointer { out in
                    for y in 0..<h {
                        let y0 = max(0, y - r), y1 = min(h, y + r + 1)
                        for x in 0..<w {
                            let g = Int(px[y * w + x])
                            guard g < 235 else { continue }
                            let x0 = max(0, x - r), x1 = min(w, x + r + 1)
                            let total = s[y1 * (w + 1) + x1] - s[y0 * (w + 1) + x1] - s[y1 * (w + 1) + x0] + s[y0 * (w + 1) + x0]
                            let area = (y1 - y0) * (x1 - x0)
                            // ink: at least 12 % darker than its surroundings
                            if g * area * 100 < total * 88 { out[y * w + x] = 1 }
                        }
                    }
                }
            }
        }
        self.bits = bits
    }
}
