/// An axis-aligned rectangle in page points, top-left origin (y grows downwards).
///
/// ```swift
/// let box = Box(x0: 10, y0: 20, x1: 30, y1: 32)
/// box.midY // 26
/// ```
public struct Box: Codable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// The smallest box holding every box, or nil for none.
    public static func enclosing<S: Sequence>(_ boxes: S) -> Box? where S.Element == Box {
        boxes.reduce(nil as Box?) { $0?.union($1) ?? $1 }
    }

    /// Length of the vertical overlap of two boxes (0 when apart).
    public func verticalOverlap(_ other: Box) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }

    /// Length of the horizontal overlap of two boxes (0 when apart).
    public func horizontalOverlap(_ other: Box) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }
}

/// One character as the PDF placed it: a Unicode scalar and its box.
public struct Glyph: Hashable, Sendable {
    public var scalar: Unicode.Scalar
    public var box: Box

    public init(scalar: Unicode.Scalar, box: Box) {
        self.scalar = scalar; self.box = box
    }
}

/// One page of a PDF as displayed (Poppler applies the page's /Rotate): its size in points and every glyph
/// in reading order, in top-left coordinates.
public struct Page: Sendable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph]) {
        self.number = number; self.width = width; self.height = height; self.glyphs = glyphs
    }

    /// True for a page displayed wider than tall (a landscape or rotated page).
    public var isLandscape: Bool { width > height }

    /// True when the page carries no visible character.
    public var hasText: Bool { glyphs.contains { !$0.scalar.properties.isWhitespace } }
}

/// A piece of text at a place: the unit the table reconstructor works on,
/// whatever produced it (PDF glyphs, a plain-text line, OCR, HTML).
public struct Token: Hashable, Sendable {
    public var text: String
    public var box: Box
    /// 1-based page number.
    public var page: Int

    public init(text: String, box: Box, page: Int) {
        self.text = text; self.box = box; self.page = page
    }
}
