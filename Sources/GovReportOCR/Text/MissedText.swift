import GovReportPDF

/// Where page OCR left printed text unread, outside the ruled grid: bands of ink (lines of print between blank
/// rows) that no symbol covers — a dropped heading and its paragraph — and, in a band some symbols cover,
/// each stretch of ink no symbol covers. Tesseract's page layout loses the first line of a label wrapped a
/// few characters a line when the row's values stand level with it (it reads the values, drops the label's
/// 2.其 and keeps the lines below it), and a short label spaced out (规 章) beside read values.
///
/// ```swift
/// let missed = MissedText(image, ink: ink, grid: grid)
/// missed.bands                                   // [GridCell]: lines of ink outside the grid
/// missed.stretches(of: band, uncoveredBy: symbols) // the parts of `band` page OCR read nothing in
/// ```
struct MissedText {
    /// Lines of print outside the grid, top to bottom.
    private(set) var bands: [GridCell] = []
    private let ink: InkMask
    /// Ink darker than 160 outside the grid's cells, row after row.
    private var print: [Bool] = []

    /// Bands are rows of print (a pixel counts when the mask marks it as ink, it is darker than 160 and lies in
    /// no grid cell: merged cells — a header 自然人 spanning two rows, a group label — count) at least an
    /// eighteenth of an inch high and wider than high, split at blank rows.
    init(_ image: PageImage, ink: InkMask, grid: [GridCell]) {
        self.ink = ink
        var print = [Bool](repeating: false, count: ink.width * ink.height)
        for i in print.indices where ink.bits[i] != 0 && image.pixels[i] < 160 { print[i] = true }
        for cell in grid {
            for y in max(0, cell.y0 - 4)..<min(ink.height, cell.y1 + 4) {
                for x in max(0, cell.x0 - 4)..<min(ink.width, cell.x1 + 4) { print[y * ink.width + x] = false }
            }
        }
        self.print = print
        let minHeight = Int(image.dpi / 18)
        var inked = [Int](repeating: 0, count: ink.height), spans = [(Int, Int)](repeating: (Int.max, -1), count: ink.height)
        for y in 0..<ink.height {
            for x in 0..<ink.width where print[y * ink.width + x] {
                inked[y] += 1
                spans[y] = (min(spans[y].0, x), max(spans[y].1, x))
            }
        }
        var start: Int?, x0 = Int.max, x1 = -1
        for y in 0...ink.height {
            if y < ink.height, inked[y] > 2 {
                if start == nil { start = y; x0 = Int.max; x1 = -1 }
                x0 = min(x0, spans[y].0); x1 = max(x1, spans[y].1)
            } else if let s = start {
                if y - s >= minHeight, x1 - x0 > y - s { bands.append(GridCell(x0: x0, y0: s, x1: x1 + 1, y1: y)) }
                start = nil
            }
        }
    }

    private func isPrint(_ x: Int, _ y: Int) -> Bool { print[y * ink.width + x] }

    /// True when a symbol covers a third of the band's height.
    static func covers(_ symbol: OCRItem, _ band: GridCell) -> Bool {
        min(symbol.y1, band.y1) - max(symbol.y0, band.y0) > band.height / 3
    }

    /// True when a symbol stands in the band: it covers a third of its height or is centred in it (a flat
    /// dash, a point).
    static func standsIn(_ symbol: OCRItem, _ band: GridCell) -> Bool {
        covers(symbol, band) || (band.y0...band.y1).contains((symbol.y0 + symbol.y1) / 2)
    }

    /// The stretches of `band`'s ink (runs of inked columns split at gaps as wide as the band is high: a
    /// column of table cells, not the space between spaced-out characters) that no symbol stands in, cut to
    /// their ink, each at least three quarters of the band's height wide and half as high (a lone digit or
    /// /, a dash are no text: those are cells').
    func stretches(of band: GridCell, uncoveredBy symbols: [OCRItem]) -> [GridCell] {
        var columns = [Bool](repeating: false, count: band.width)
        for x in band.x0..<band.x1 { columns[x - band.x0] = (band.y0..<band.y1).contains { isPrint(x, $0) } }
        var found: [GridCell] = [], start: Int?, last = 0
        func close() {
            guard let s = start else { return }
            let x0 = band.x0 + s, x1 = band.x0 + last + 1
            start = nil
            guard (x1 - x0) * 4 >= band.height * 3 else { return }
            var y0 = band.y1, y1 = band.y0
            for y in band.y0..<band.y1 where (x0..<x1).contains(where: { isPrint($0, y) }) { y0 = min(y0, y); y1 = max(y1, y + 1) }
            let stretch = GridCell(x0: x0, y0: y0, x1: x1, y1: y1)
            guard stretch.height * 2 >= band.height else { return }
            let covered = symbols.contains { s in
                Self.standsIn(s, band) && min(s.x1, stretch.x1) > max(s.x0, stretch.x0)
            }
            if !covered { found.append(stretch) }
        }
        for (i, inked) in columns.enumerated() where inked {
            if start != nil, i - last > band.height { close() }
            if start == nil { start = i }
            last = i
        }
        close()
        return found
    }
}
