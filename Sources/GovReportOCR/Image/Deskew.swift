import Foundation
import GovReportPDF

/// Straightens a scan: the skew is the angle at which the rows of ink line up best (the projection of ink
/// onto the vertical axis is sharpest), searched within ±3° coarse to fine; the image is then rotated back
/// (bilinear, paper-white outside).
enum Deskew {
    /// The page's skew in degrees (positive: the text runs downhill to the right).
    static func angle(of ink: InkMask) -> Double {
        // Every second pixel each way is plenty to see text lines.
        var points: [(Double, Double)] = []
        for y in stride(from: 0, to: ink.height, by: 2) {
            for x in stride(from: 0, to: ink.width, by: 2) where ink.bits[y * ink.width + x] != 0 {
                points.append((Double(x), Double(y)))
            }
        }
        guard points.count > 200 else { return 0 }
        var histogram = [Int](repeating: 0, count: ink.height + ink.width / 10 + 4)
        func sharpness(_ degrees: Double) -> Double {
            let slope = tan(degrees * .pi / 180)
            let offset = Double(ink.width) * 0.06 + 1
            for i in histogram.indices { histogram[i] = 0 }
            for (x, y) in points {
                let bin = Int((y - x * slope + offset) / 2)
                if bin >= 0 && bin < histogram.count { histogram[bin] += 1 }
            }
            return histogram.reduce(0.0) { $0 + Double($1 * $1) }
        }
        func best(_ candidates: [Double]) -> Double { candidates.max { sharpness($0) < sharpness($1) } ?? 0 }
        let coarse = best(stride(from: -3.0, through: 3.0, by: 0.25).map { $0 })
        return best(stride(from: coarse - 0.25, through: coarse + 0.25, by: 0.05).map { $0 })
    }

    /// `image` rotated by `-degrees` about its centre (same size).
    static func rotate(_ image: PageImage, by degrees: Double) -> PageImage {
        let w = image.width, h = image.height
        let c = cos(degrees * .pi / 180), s = sin(degrees * .pi / 180)
        let cx = Double(w) / 2, cy = Double(h) / 2
        var out = [UInt8](repeating: 255, count: w * h)
        image.pixels.withUnsafeBufferPointer { px in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<h {
                    let dy = Double(y) - cy
                    for x in 0..<w {
                        // the source of (x, y) in the skewed image
                        let dx = Double(x) - cx
                        let sx = cx + dx * c - dy * s, sy = cy + dx * s + dy * c
                        let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                        guard x0 >= 0, y0 >= 0, x0 + 1 < w, y0 + 1 < h else { continue }
                        let fx = sx - Double(x0), fy = sy - Double(y0)
                        let top = Double(px[y0 * w + x0]) * (1 - fx) + Double(px[y0 * w + x0 + 1]) * fx
                        let bottom = Double(px[(y0 + 1) * w + x0]) * (1 - fx) + Double(px[(y0 + 1) * w + x0 + 1]) * fx
                        o[y * w + x] = UInt8(top * (1 - fy) + bottom * fy)
                    }
                }
            }
        }
        return PageImage(width: w, height: h, dpi: image.dpi, pixels: out)
    }
}
