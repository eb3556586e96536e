/// A page rendered to 8-bit grey, one byte a pixel, row after row (0 is black, 255 white), with the
/// resolution that maps its pixels back to page points.
///
/// ```swift
/// let image = PageImage(width: 2, height: 1, dpi: 72, pixels: [0, 255])
/// image[1, 0] // 255
/// ```
public struct PageImage: Sendable {
    public var width: Int
    public var height: Int
    /// Pixels per inch: a pixel is 72 / dpi points.
    public var dpi: Double
    public var pixels: [UInt8]

    public init(width: Int, height: Int, dpi: Double, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "a grey image has width × height pixels")
        self.width = width; self.height = height; self.dpi = dpi; self.pixels = pixels
    }

    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// Points per pixel.
    public var pointsPerPixel: Double { 72 / dpi }
}

/// How a page image is chosen: the scan's own resolution when the PDF says it (an image filling the page),
/// else `fallbackDPI`; never more than `maxPixels` pixels (a 10,000 × 10,000 px scan is rendered smaller).
public struct RenderSettings: Hashable, Sendable {
    public var fallbackDPI: Double = 200
    public var minDPI: Double = 100
    public var maxDPI: Double = 400
    public var maxPixels: Int = 16_000_000
    public init() {}

    /// The dpi to render a page of `width` × `height` points whose scan is `nativeDPI` (nil: unknown).
    public func dpi(width: Double, height: Double, nativeDPI: Double?) -> Double {
        let dpi = min(max(nativeDPI ?? fallbackDPI, minDPI), maxDPI).rounded()
        let pixels = width * height * dpi * dpi / (72 * 72)
        guard pixels > Double(maxPixels) else { return dpi }
        return (dpi * (Double(maxPixels) / pixels).squareRoot()).rounded(.down)
    }
}
