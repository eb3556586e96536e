import Foundation
import GovReport

/// The native resolution of a scanned page: the pixel size of the image that fills it, read from the image
/// dictionaries of the PDF (`/Subtype /Image … /Width N /Height N`) without decoding any image.
///
/// ```swift
/// let sizes = ScanResolution.imageSizes(in: pdfData) // [(1240, 1754)]
/// ScanResolution.dpi(area: Box(x0: 0, y0: 0, x1: 595, y1: 842), imageSizes: sizes) // 150
/// ```
public enum ScanResolution {
    /// Width and height in pixels of every image XObject whose dictionary is stored uncompressed.
    public static func imageSizes(in data: Data) -> [(width: Int, height: Int)] {
        let marker = Data("/Image".utf8)
        var sizes: [(Int, Int)] = []
        var start = data.startIndex
        while let hit = data.range(of: marker, in: start..<data.endIndex) {
            let window = data[max(data.startIndex, hit.lowerBound - 400)..<min(data.endIndex, hit.upperBound + 400)]
            let text = String(decoding: window, as: Unicode.ASCII.self)
            if let w = number(after: "/Width", in: text), let h = number(after: "/Height", in: text), w > 0, h > 0 {
                sizes.append((w, h))
            }
            start = hit.upperBound
        }
        return sizes
    }

    /// The dpi of the image (one of `imageSizes`) whose shape matches `area` (page points), or nil.
    public static func dpi(area: Box, imageSizes: [(width: Int, height: Int)]) -> Double? {
        guard area.width > 0, area.height > 0 else { return nil }
        let aspect = area.width / area.height
        let match = imageSizes.first { abs(Double($0.width) / Double($0.height) / aspect - 1) < 0.02 }
        return match.map { Double($0.width) / (area.width / 72) }
    }

    /// The number of page objects (`/Type /Page`, not `/Pages`) written uncompressed in the file: a cheap
    /// estimate of the page count without parsing the PDF (at least 1).
    public static func pageCount(in data: Data) -> Int {
        var count = 0
        for marker in ["/Type /Page", "/Type/Page"].map({ Data($0.utf8) }) {
            var start = data.startIndex
            while let hit = data.range(of: marker, in: start..<data.endIndex) {
                if hit.upperBound >= data.endIndex || data[hit.upperBound] != UInt8(ascii: "s") { count += 1 }
                start = hit.upperBound
            }
        }
        return max(count, 1)
    }

    private static func number(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        let digits = text[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
