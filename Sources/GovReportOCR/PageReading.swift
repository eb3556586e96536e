import Foundation
import GovReport
import GovReportPDF

/// Reads one page image into a `RecognizedPage`: deskew, ruled grid, page text (`chi_sim`, rules erased),
/// then every grid cell that prints no Chinese read again on its own by `CellReader`; the cell's read
/// replaces what page OCR made of it, as glyphs spread over the cell's ink. Boxes become page points.
struct PageReading {
    let pageEngine: TesseractEngine
    let cells: CellReader

    func read(_ original: PageImage, pageNumber: Int, timings: inout OCRTimings) -> RecognizedPage {
        var clock = OCRTimings.threadCPUSeconds()
        func lap(_ slot: inout Double) { let now = OCRTimings.threadCPUSeconds(); slot += now - clock; clock = now }

        var image = original, ink = InkMask(original)
        let angle = Deskew.angle(of: ink)
        if abs(angle) >= 0.1 {
            image = Deskew.rotate(original, by: angle)
            ink = InkMask(image)
        }
        lap(&timings.deskew)
        let rules = RulingLines.horizontal(ink, dpi: image.dpi) + [], columns = RulingLines.vertical(ink, dpi: image.dpi)
        let grid = CellGrid.cells(horizontal: rules, vertical: columns, dpi: image.dpi)
        lap(&timings.grid)
        let text = Self.erasing(rules, columns, from: image, ink: ink)
        pageEngine.configure(mode: .page)
        var symbols = pageEngine.read(text.pixels, width: text.width, height: text.height, dpi: Int(image.dpi), level: .symbol)
        symbols += headingNumerals(symbols, image: text)
        symbols += missedLines(symbols, image: text, ink: ink, grid: grid)
        lap(&timings.pageText)

        var read: [RecognizedCell] = [], glyphs: [Glyph] = []
        let scale = image.pointsPerPixel
        func points(_ b: GridCell) -> Box {
            Box(x0: Double(b.x0) * scale, y0: Double(b.y0) * scale, x1: Double(b.x1) * scale, y1: Double(b.y1) * scale)
        }
        // Nothing printed crosses a rule: what does is a remnant of the rule, as is a bar read as | or 丨.
        symbols.removeAll { ["|", "丨", "｜"].contains($0.text) }
        symbols.removeAll { s in
            rules.contains { $0.middle > s.y0 && $0.middle < s.y1 && $0.start < s.x0 && $0.end > s.x1 }
                || columns.contains { $0.middle > s.x0 && $0.middle < s.x1 && $0.start < s.y0 && $0.end > s.y1 }
        }
        func record(_ result: CellReader.Read, ink inkBox: GridCell, cell: GridCell) {
            read.append(RecognizedCell(page: pageNumber, box: points(result.text.isEmpty ? cell : inkBox),
                                       text: result.text, confidence: result.confidence, doubtful: result.isDoubtful,
                                       alternatives: result.alternatives))
            glyphs += Glyph.spread(result.text, over: points(inkBox))
        }
        for cell in grid {
            let inside = symbols.filter { Self.contains(cell, $0) }
            guard !Self.printsChinese(inside) else {
                // Labels are read again on their own (small print at twice the size), which keeps more
                // characters; the read that names a template row wins.
                if let inkBox = CellInk(cell, ink: ink, dpi: image.dpi).box,
                   case let label = readLabel(image, inkBox, scale: image.dpi < 250 ? 2 : 1), Self.printsChinese(label),
                   LabelChoice.prefers(label.map(\.text).joined(), over: inside.map(\.text).joined()) {
                    symbols.removeAll { Self.contains(cell, $0) }
                    symbols += label
                }
                Self.repairLabel(in: cell, &symbols)
                continue
            }
            // What page OCR made of a number cell (or of specks in a blank one) gives way to the cell's own read.
            symbols.removeAll { Self.contains(cell, $0) }
            guard let inkBox = CellInk(cell, ink: ink, dpi: image.dpi).box else { continue }
            let result = placeholder(image, inkBox, instead: cells.read(image, ink: inkBox, cell: cell))
            // Ink taller than a line, or no digits agree in a wide block of ink: a label page OCR missed (a
            // label wrapped two characters a line). Read it on its own.
            let tall = CellReader.isTallerThanALine(inkBox, dpi: image.dpi)
            if tall || (result.doubtful && inkBox.width > inkBox.height * 3 / 2),
               case let label = readLabel(image, inkBox), Self.printsChinese(label) {
                symbols += label
                Self.repairLabel(in: cell, &symbols)
                continue
            }
            record(result, ink: inkBox, cell: cell)
        }
        // Tables without vertical rules: their cells from the ink's geometry, read the same way when page OCR
        // read no Chinese there (or one ideograph over marks as narrow as digits: a misread number).
        // Only on a page of text (noise, a photo or a blank page has no table to read).
        let isText = Self.ideographs(in: symbols) >= 20
        let loose = isText ? LooseCells(ink, grid: grid, rules: rules, verticalRules: columns, dpi: image.dpi).cells : []
        for candidate in loose {
            let inside = symbols.filter { Self.contains(candidate.cell, $0) }
            let ideographs = Self.ideographs(in: inside)
            guard ideographs == 0 || (ideographs == 1 && candidate.digitShaped && !Self.printsChinese(inside) && !Self.isItemStart(inside)
                                      && (!candidate.leading || inside.count == 1))
            else { continue }
            let result = placeholder(image, candidate.ink, instead: cells.read(image, ink: candidate.ink, cell: candidate.cell))
            // Ink wider than it is high that the digit reads doubt or cannot read: a header or label page OCR
            // dropped (自然 of a header 自然/人 read as 3, 其他 and 总计 read as nothing; 2.没 of a label, read
            // 2.58), read as Chinese, as in a grid cell.
            if result.isDoubtful, candidate.ink.width * 2 > candidate.ink.height * 3,
               case let label = readLabel(image, candidate.ink), Self.printsChinese(label) {
                symbols.removeAll { Self.contains(candidate.cell, $0) }
                symbols += label
                continue
            }
            guard !result.text.isEmpty else {
                if candidate.digitShaped && inside.isEmpty { record(result, ink: candidate.ink, cell: candidate.cell) }
                continue
            }
            // Ink about one character square that the digit reads doubt and Chinese reads as one ideograph
            // with confidence: a header's character page OCR dropped (构 of 机/构 stacked a character a line, read
            // 2, 3 or 7 — a row of values above the table's first row).
            if result.isDoubtful, result.text != "无", let character = lonelyCharacter(image, candidate.ink) {
                symbols.removeAll { Self.contains(candidate.cell, $0) }
                symbols.append(character)
                continue
            }
            // What page OCR read there goes, and so do its digits and placeholder marks overlapping the cell's
            // ink off centre (it reads a row of narrow columns 0 0 3 as 0o03, one mark as two, and boxes a row of
            // slashes / / / wider than their ink: left, each stood twice, // ////).
            symbols.removeAll { Self.contains(candidate.cell, $0) || (Self.isNumberMark($0) && Self.overlaps($0, candidate.ink)) }
            record(result, ink: candidate.ink, cell: candidate.cell)
        }
        // Digits page OCR read over no ink at all (between two columns of numbers) are none.
        symbols.removeAll { Self.isLatin($0) && !Self.hasInk($0, ink) }
        // A lone ideograph standing in a row's value area, far right of its row's label, is a number page OCR
        // misread (6 → 和) where no cell was found: read it as a cell; ink it cannot read stays doubtful. (In a
        // grid cell it is a label's: a header 商业企业 stacked a character or two a line, 自 over 然 over 人.)
        if isText {
            for stray in Self.strayIdeographs(in: symbols, outside: grid) {
                let box = GridCell(x0: stray.x0, y0: stray.y0, x1: stray.x1, y1: stray.y1)
                let pad = max(2, (stray.lineY1 - stray.lineY0) / 4)
                let cell = GridCell(x0: max(0, box.x0 - pad), y0: max(0, stray.lineY0 - pad),
                                    x1: min(image.width, box.x1 + pad), y1: min(image.height, stray.lineY1 + pad))
                let inkBox = CellInk(cell, ink: ink, dpi: image.dpi).box ?? box
                symbols.removeAll { $0 == stray }
                let result = placeholder(image, inkBox, instead: cells.read(image, ink: inkBox, cell: cell))
                record(result.text.isEmpty ? result : CellReader.Read(text: result.text, confidence: result.confidence, doubtful: true,
                                                                      alternatives: result.alternatives),
                       ink: inkBox, cell: cell)
            }
        }
        lap(&timings.cells)
        // A character's height is its text line's, as a PDF's glyphs are as high as their font (、 and 一 are
        // too) — but reaching no more than a quarter inch (18 pt) past the character's own box: a "line"
        // Tesseract runs down a column of numbers would stretch its characters over the page.
        let reach = Int(image.dpi / 4)
        let pageGlyphs = PunctuationAdvances.widened(OpeningBrackets.closed(OpeningBrackets.repaired(ItemPoints.restored(LineHeights.trimmed(symbols), ink: ink)))).flatMap { s in
            Glyph.spread(s.text, over: Box(x0: Double(s.x0) * scale, y0: Double(min(s.y0, max(s.lineY0, s.y1 - reach))) * scale,
                                          x1: Double(s.x1) * scale, y1: Double(max(s.y1, min(s.lineY1, s.y0 + reach))) * scale))
        }
        return RecognizedPage(glyphs: Self.readingOrder(pageGlyphs + glyphs), cells: read)
    }

    /// A cell's digit read checked by `chi_sim` (`CellIdeographs`): 无 the digit reads doubt, an ideograph
    /// (no number), a unit after the number.
    func placeholder(_ image: PageImage, _ inkBox: GridCell, instead read: CellReader.Read) -> CellReader.Read {
        CellIdeographs.checked(read, ink: inkBox, in: image, digits: cells, chinese: pageEngine)
    }

    /// The one Chinese character (not 无) a square of ink about a character wide reads as, with at least
    /// `placeholderConfidence`; nil for anything else.
    func lonelyCharacter(_ image: PageImage, _ inkBox: GridCell) -> OCRItem? {
        guard inkBox.width * 2 > inkBox.height, inkBox.width < inkBox.height * 2 else { return nil }
        pageEngine.configure(mode: .singleLine)
        defer { pageEngine.configure(mode: .page) }
        let chinese = readLabel(image, inkBox, mode: .singleLine, scale: image.dpi < 250 ? 2 : 1)
        guard chinese.count == 1, chinese[0].text != "无", Self.ideographs(in: chinese) == 1,
              chinese[0].confidence >= Self.placeholderConfidence else { return nil }
        return chinese[0]
    }

    /// Least confidence (0...100) of a `chi_sim` read of one character that replaces a doubtful digit read.
    static let placeholderConfidence = CellIdeographs.placeholderConfidence

    /// Page OCR now and then drops clear text (`MissedText`): a band of ink outside the tables that no symbol
    /// covers (a heading and its one-line paragraph) is read again as one line; in a band some symbols cover,
    /// each stretch of ink none covers (the first line of a narrow label beside its row's read values) is read
    /// again on its own (at twice its size below 250 dpi) and kept when it reads Chinese.
    func missedLines(_ symbols: [OCRItem], image: PageImage, ink: InkMask, grid: [GridCell]) -> [OCRItem] {
        let gap = Int(image.dpi / 30)
        let missed = MissedText(image, ink: ink, grid: grid)
        func padded(_ box: GridCell) -> GridCell {
            GridCell(x0: max(0, box.x0 - gap), y0: max(0, box.y0 - gap), x1: min(image.width, box.x1 + gap),
                     y1: min(image.height, box.y1 + gap))
        }
        pageEngine.configure(mode: .singleLine)
        defer { pageEngine.configure(mode: .page) }
        var found: [OCRItem] = []
        for band in missed.bands {
            guard symbols.contains(where: { MissedText.covers($0, band) }) else {
                found += readLabel(image, padded(band), mode: .singleLine, scale: 1).filter { $0.confidence >= 50 }
                continue
            }
            for stretch in missed.stretches(of: band, uncoveredBy: symbols) {
                let read = readLabel(image, padded(stretch), mode: .singleLine, scale: image.dpi < 250 ? 2 : 1)
                    .filter { $0.confidence >= 50 }
                if Self.ideographs(in: read) > 0 { found += read }
            }
        }
        // (what lies in a grid cell is read with its cell)
        return found.filter { s in !grid.contains { Self.contains($0, s) } }
    }

    /// Page OCR drops a heading's numeral (一 and 三 are bars it takes for rules), often with its 、: where a
    /// line starts with 、, or with a character that has unread print before it on its line (rules are painted
    /// out of `image`), that print is read
    /// again with the words after it (Tesseract reads a lone 三 as nothing); a numeral and 、 read there are
    /// added.
    func headingNumerals(_ symbols: [OCRItem], image: PageImage) -> [OCRItem] {
        var found: [OCRItem] = []
        for first in symbols where first.text == "、" || first.text.unicodeScalars.contains(where: \.properties.isIdeographic) {
            let size = max(first.lineY1 - first.lineY0, 8)
            let comma = first.text == "、"
            let x0 = first.x0 - (comma ? size * 11 / 10 : size * 5 / 2)
            guard x0 >= 0, first.lineY1 <= image.height, !symbols.contains(where: { $0 != first && $0.x1 > x0 && $0.x0 < first.x0
                && $0.y1 > first.lineY0 && $0.y0 < first.lineY1 }) else { continue }
            if !comma {
                var inked = 0
                for y in max(0, first.lineY0)..<first.lineY1 { for x in x0..<first.x0 where image[x, y] < 140 { inked += 1 } }
                guard inked > size else { continue }
            }
            let box = GridCell(x0: x0, y0: first.lineY0, x1: min(image.width, first.x1 + 2 * size), y1: first.lineY1)
            pageEngine.configure(mode: .singleLine)
            defer { pageEngine.configure(mode: .page) }
            // as printed, then (below 250 dpi) at twice the size
            let scales = image.dpi < 250 ? [1, 2] : [1]
            guard let read = scales.lazy.map({ readLabel(image, box, mode: .singleLine, scale: $0) }).first(where: { read in
                read.count >= 2 && "一二三四五六七八九十".contains(read[0].text) && read[1].text == "、"
            }) else { continue }
            // The numeral (and the 、 page OCR also dropped) fill the print before the line's first character.
            let left = min(max(x0, read[0].x0), first.x0 - 2), right = first.x0 - 1
            let split = comma ? right : left + (right - left) * 3 / 5
            func item(_ text: String, _ a: Int, _ b: Int) -> OCRItem {
                OCRItem(text: text, x0: a, y0: first.y0, x1: b, y1: first.y1, lineY0: first.lineY0, lineY1: first.lineY1,
                        confidence: read[0].confidence)
            }
            found.append(item(read[0].text, left, split))
            if !comma { found.append(item("、", split + 1, right)) }
        }
        return found
    }

    /// The Chinese of one cell's ink (a label page OCR missed), read as a block at twice its size, with
    /// boxes on the page.
    func readLabel(_ image: PageImage, _ box: GridCell, mode: TesseractEngine.SegmentationMode = .block,
                   scale: Int = 2) -> [OCRItem] {
        let margin = 8
        let w = (box.width + 2 * margin) * scale, h = (box.height + 2 * margin) * scale
        var pixels = [UInt8](repeating: 255, count: w * h)
        for y in 0..<h {
            let sy = box.y0 - margin + y / scale
            guard sy >= 0, sy < image.height else { continue }
            for x in 0..<w {
                let sx = box.x0 - margin + x / scale
                if sx >= 0, sx < image.width { pixels[y * w + x] = image[sx, sy] }
            }
        }
        if mode == .block { pageEngine.configure(mode: .block) }
        defer { if mode == .block { pageEngine.configure(mode: .page) } }
        func back(_ v: Int, _ origin: Int) -> Int { origin - margin + v / scale }
        return pageEngine.read(pixels, width: w, height: h, dpi: Int(image.dpi) * scale, level: .symbol).map { item in
            OCRItem(text: item.text, x0: back(item.x0, box.x0), y0: back(item.y0, box.y0), x1: back(item.x1, box.x0),
                    y1: back(item.y1, box.y0), lineY0: back(item.lineY0, box.y0), lineY1: back(item.lineY1, box.y0),
                    confidence: item.confidence)
        }
    }

    /// The symbols of a label cell through `LabelRepair`.
    static func repairLabel(in cell: GridCell, _ symbols: inout [OCRItem]) {
        let inside = symbols.filter { contains(cell, $0) }
        let repaired = LabelRepair.repaired(inside)
        guard repaired != inside else { return }
        symbols.removeAll { contains(cell, $0) }
        symbols += repaired
    }

    /// Single ideographs (not 无) with nothing printed within three line heights on either side, but with
    /// text left of them on their line: where a table row prints its values, right of its label. None in a
    /// grid cell (its print was read with its cell).
    static func strayIdeographs(in symbols: [OCRItem], outside grid: [GridCell] = []) -> [OCRItem] {
        symbols.filter { s in
            guard s.text != "无", s.text.unicodeScalars.contains(where: \.properties.isIdeographic),
                  !grid.contains(where: { contains($0, s) }) else { return false }
            let height = max(s.lineY1 - s.lineY0, 1)
            let onLine = symbols.filter { $0 != s && min($0.y1, s.lineY1) - max($0.y0, s.lineY0) > height / 3 }
            let near = onLine.contains { $0.x1 > s.x0 - 3 * height && $0.x0 < s.x1 + 3 * height }
            let left = onLine.contains { $0.x1 <= s.x0 - 3 * height && ideographs(in: [$0]) == 1 }
            return !near && left
        }
    }

    /// A cell prints Chinese (a label, a header, or a placeholder 无, 不适用) when page OCR read two or more
    /// ideographs in it, or 无; any other lone ideograph is a digit misread (区, 口, 本, 芝).
    static func printsChinese(_ symbols: [OCRItem]) -> Bool {
        let ideographs = symbols.filter { $0.text.unicodeScalars.contains { $0.properties.isIdeographic } }
        return ideographs.count >= 2 || ideographs.contains { $0.text == "无" }
    }

    /// True for a symbol of ASCII letters and digits (a number, or a number misread as letters: o, l).
    static func isLatin(_ s: OCRItem) -> Bool {
        !s.text.isEmpty && s.text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// True when the symbols read an item number with its point before an ideograph (2.没 of 2.没有现成信息,
    /// its 没 split into narrow strokes): a label's first characters, no misread number.
    static func isItemStart(_ symbols: [OCRItem]) -> Bool {
        let text = symbols.sorted { $0.x0 < $1.x0 }.map(\.text).joined()
        let digits = text.prefix { ("0"..."9").contains($0) }
        guard (1...2).contains(digits.count), case let rest = text.dropFirst(digits.count), let point = rest.first,
              ".．".contains(point), let next = rest.dropFirst().first else { return false }
        return next.unicodeScalars.contains { $0.properties.isIdeographic }
    }

    /// True for a symbol a number cell prints: ASCII letters and digits (`isLatin`) or a placeholder or
    /// number mark (/ - — – . , +).
    static func isNumberMark(_ s: OCRItem) -> Bool {
        isLatin(s) || (!s.text.isEmpty && s.text.allSatisfy { "/-—–.,+".contains($0) })
    }

    static func overlaps(_ s: OCRItem, _ box: GridCell) -> Bool {
        min(s.x1, box.x1) > max(s.x0, box.x0) && min(s.y1, box.y1) > max(s.y0, box.y0)
    }

    /// True when the symbol's box holds a few pixels of ink (a fiftieth of its area, at least 3).
    static func hasInk(_ s: OCRItem, _ ink: InkMask) -> Bool {
        var count = 0
        for y in max(0, s.y0)..<min(ink.height, s.y1) { for x in max(0, s.x0)..<min(ink.width, s.x1) where ink[x, y] { count += 1 } }
        return count >= max(3, (s.x1 - s.x0) * (s.y1 - s.y0) / 50)
    }

    static func ideographs(in symbols: [OCRItem]) -> Int {
        symbols.filter { $0.text.unicodeScalars.contains { $0.properties.isIdeographic } }.count
    }

    static func contains(_ cell: GridCell, _ item: OCRItem) -> Bool {
        let x = (item.x0 + item.x1) / 2, y = (item.y0 + item.y1) / 2
        return cell.x0 <= x && x < cell.x1 && cell.y0 <= y && y < cell.y1
    }

    /// Top to bottom, then left to right (the line builder bands them again; this keeps its input stable).
    static func readingOrder(_ glyphs: [Glyph]) -> [Glyph] {
        glyphs.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
    }

    /// The image with the pixels of ruling lines painted white, so page OCR does not read them as 丨 or 1.
    static func erasing(_ rows: [RulingLine], _ columns: [RulingLine], from image: PageImage, ink: InkMask) -> PageImage {
        var pixels = image.pixels
        RulingLine.paint(rows: rows, columns: columns, value: 255, in: &pixels, width: image.width, height: image.height)
        return PageImage(width: image.width, height: image.height, dpi: image.dpi, pixels: pixels)
    }
}

/// CPU seconds (of the reading thread) spent in each OCR stage, summed over the pages read.
public struct OCRTimings: Hashable, Sendable {
    /// Adaptive threshold and deskew.
    public var deskew = 0.0
    /// Ruling lines and cells.
    public var grid = 0.0
    /// Page text (`chi_sim`).
    public var pageText = 0.0
    /// Number cells read one by one (`eng`).
    public var cells = 0.0
    public init() {}

    /// CPU time of the calling thread (Tesseract runs on it alone: `TesseractEngine.serialOpenMP`).
    public static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
