import Foundation
import GovReportPDF

/// Reads one number cell on its own: the cell's ink is cropped, scaled so a digit is about `heights` pixels
/// high, binarised (Otsu) and read as a single line by an `eng` engine that may only answer digits and the
/// placeholders a cell prints; several scales vote. A cell whose reads disagree, or that has ink and no
/// read, is doubtful; so is a read scored below `leastConfidence` (`Read.isDoubtful`).
struct CellReader {
    /// Digit heights (pixels) of the reads: the first two always, the third to break a disagreement.
    var heights = [26, 32, 21]
    static let whitelist = "0123456789-/.,+"
    /// Below this confidence (agreeing share × Tesseract's confidence) a read that the votes agree on is
    /// still doubtful (a fused or broken number): on the generated scans right reads of clean cells score
    /// 0.5–1, the misreads that went unflagged 0.1–0.4.
    static let leastConfidence = 0.45

    let engine: TesseractEngine

    init(engine: TesseractEngine) {
        self.engine = engine
        engine.configure(mode: .singleLine, whitelist: Self.whitelist)
    }

    struct Read {
        var text: String; var confidence: Double; var doubtful: Bool
        /// What the other reads gave, when they disagreed (the competing reads of the cell).
        var alternatives: [String] = []
        /// The ink shows a point the read does not have.
        var lostPoint = false
        /// Disputed, empty, scored too low to trust, a point lost (`lostPoint`), a number no table prints:
        /// digits after a leading 0 (0.8 whose point was lost reads 08), or a point that may be a thousands
        /// separator read as a point (1,298 read 1.298).
        var isDoubtful: Bool {
            doubtful || confidence < CellReader.leastConfidence || hasLeadingZero || lostPoint || hasThousandsPoint
        }
        /// One to three digits, a point, exactly three digits: 1.298 is as likely 1,298 with its comma misread.
        var hasThousandsPoint: Bool {
            let parts = text.drop { $0 == "-" || $0 == "+" }.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 2 && (1...3).contains(parts[0].count) && parts[1].count == 3
                && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
        }
        var hasLeadingZero: Bool {
            let digits = text.drop { $0 == "-" || $0 == "+" }
            return digits.count > 1 && digits.first == "0" && digits.dropFirst().first?.isNumber == true
        }
    }

    func read(_ image: PageImage, ink box: GridCell, cell: GridCell) -> Read {
        // A flat thin stroke (at least twice as wide as high, a twentieth of an inch high at most: a faded
        // 150 dpi dash is 6 × 3 pixels of ink, a number as wide is as high as a digit) is a dash: the
        // template's placeholder for zero.
        if Self.isDash(box, cell: cell, dpi: image.dpi) {
            return Read(text: "-", confidence: 1, doubtful: false)
        }
        // Narrow upright marks are 1s (a leaning one is the placeholder /): line reading often drops or
        // merges them, so a cell of nothing but such marks is read by their count — marks no taller than a
        // line of a table's print (a label wrapped two characters a line is narrow upright columns too).
        let marks = Self.marks(image, box)
        if !Self.isTallerThanALine(box, dpi: image.dpi), marks.allSatisfy({ $0.width * 20 < box.height * 9 && $0.height * 4 >= box.height * 3 }) {
            // A 1 stands upright (its flag pulls its top left); a / leans right, 0.18–0.21 ink heights on the
            // scans measured (1s within ±0.05). A lean between the two is either: doubtful.
            if marks.count == 1, case let lean = Self.slant(image, box), lean > Self.uprightLean {
                return lean > Self.slashLean ? Read(text: "/", confidence: 0.9, doubtful: false)
                    : Read(text: "1", confidence: 0.9, doubtful: true, alternatives: ["/"])
            }
            // Two upright marks are also the halves of a 0 whose hairlines broke (bilevel scans): when the
            // line reads give digits without a 1, they are right.
            if marks.count > 1, case let lines = vote(image, box), !lines.text.isEmpty, !lines.text.contains("1") {
                return lines
            }
            // Two marks bowed outwards, ( then ), are the halves of a 0; so are two closer together than a
            // third of their height (a 1's stroke is a small part of its advance: two 1s stand half a digit
            // height apart) on a bilevel scan, where a 0's hairlines break. On a grey scan hairlines hold, and
            // two close marks are as likely a monospace font's 11 (its feet nearly touch): the line reads'
            // 1s stand, doubtful, 0 their competitor.
            if marks.count == 2 {
                if Self.bows(image, marks[0]) < 0 && Self.bows(image, marks[1]) > 0 {
                    return Read(text: "0", confidence: 0.9, doubtful: false)
                }
                if (marks[1].x0 - marks[0].x1) * 10 < box.height * 3 {
                    guard !Self.isBilevel(image, box) else { return Read(text: "0", confidence: 0.9, doubtful: false) }
                    return Read(text: "11", confidence: 0.5, doubtful: true, alternatives: ["0"])
                }
            }
            return Read(text: String(repeating: "1", count: marks.count), confidence: 0.9, doubtful: false)
        }
        // A leading flat mark is a minus sign, which line reading drops: read the digits after it.
        if marks.count > 1, let sign = marks.first, sign.height * 3 < box.height, sign.width > sign.height {
            var rest = box
            rest.x0 = marks[1].x0
            rest.y0 = marks[1...].map(\.y0).min() ?? box.y0
            rest.y1 = marks[1...].map(\.y1).max() ?? box.y1
            let digits = read(image, ink: rest, cell: cell)
            return digits.text.isEmpty ? digits : Read(text: "-" + digits.text, confidence: digits.confidence, doubtful: digits.doubtful,
                                                        alternatives: digits.alternatives.map { "-" + $0 })
        }
        var lines = vote(image, box)
        // A dot between marks that the read lost (2.4 read 24): the read is doubtful.
        // (Marks split at the ink's own threshold: faint pixels of a faded scan bridge the gaps around a point.)
        if !lines.text.isEmpty, !lines.text.contains(where: { $0 == "." || $0 == "," }),
           Self.hasPoint(Self.marks(image, box, faint: false), in: box) {
            lines.lostPoint = true
        }
        return lines
    }

    /// True when the ink box holds black and white and hardly a grey between (a bilevel scan): under one
    /// pixel in twenty between a tenth and nine tenths of the way from black to white.
    static func isBilevel(_ image: PageImage, _ box: GridCell) -> Bool {
        var grey = 0, total = 0
        for y in box.y0..<box.y1 {
            for x in box.x0..<box.x1 {
                total += 1
                if (26...229).contains(image[x, y]) { grey += 1 }
            }
        }
        return grey * 20 < total
    }

    /// Least lean (`slant`) of a single mark read as the placeholder /; above `uprightLean` and up to it,
    /// the mark is a doubtful 1.
    static let slashLean = 0.12
    static let uprightLean = 0.07

    static func isDash(_ box: GridCell, cell: GridCell, dpi: Double) -> Bool {
        box.height * 2 <= box.width && box.height * 20 <= Int(dpi) && box.height * 4 < cell.height
    }

    /// True when the ink is taller than a fifth of an inch (14 pt): more than one line of a table's print,
    /// so no number (a wrapped label).
    static func isTallerThanALine(_ box: GridCell, dpi: Double) -> Bool { box.height > Int(dpi / 5) }

    /// True when a mark between two others is a point: small both ways and in the lower half of the ink.
    static func hasPoint(_ marks: [GridCell], in box: GridCell) -> Bool {
        guard marks.count >= 3 else { return false }
        return marks.dropFirst().dropLast().contains { m in
            m.height * 3 < box.height && m.width * 3 < box.height && m.y0 * 2 > box.y0 + box.y1 - 1
        }
    }

    /// Line reads of the ink at the digit heights, the majority's text (doubtful without a majority).
    func vote(_ image: PageImage, _ box: GridCell) -> Read {
        var reads: [(String, Double)] = []
        for (i, height) in heights.enumerated() {
            if i == 2, reads.count == 2, reads[0].0 == reads[1].0 { break }
            let (pixels, w, h) = Self.prepare(image, box: box, digitHeight: height)
            let words = engine.read(pixels, width: w, height: h, dpi: 300, level: .word)
            let text = words.map(\.text).joined()
            if let dir = ProcessInfo.processInfo.environment["OCRDEBUG"] {
                let name = "\(dir)/c\(box.x0)_\(box.y0)_\(height)_[\(text)].pgm"
                _ = FileManager.default.createFile(atPath: name, contents: Data("P5 \(w) \(h) 255\n".utf8) + Data(pixels))
            }
            let confidence = words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count)
            reads.append((text, confidence))
        }
        let counts = Dictionary(grouping: reads.filter { !$0.0.isEmpty }, by: \.0)
        guard let (text, agreeing) = counts.max(by: { $0.value.count < $1.value.count }) else {
            return Read(text: "", confidence: 0, doubtful: true)
        }
        let mean = agreeing.map(\.1).reduce(0, +) / Double(agreeing.count)
        let share = Double(agreeing.count) / Double(reads.count)
        let others = reads.map(\.0).filter { !$0.isEmpty && $0 != text }
        return Read(text: text, confidence: share * mean / 100, doubtful: agreeing.count < 2,
                    alternatives: others.enumerated().filter { i, t in !others[..<i].contains(t) }.map(\.element))
    }

    /// The ink box with a margin, scaled (bilinear) so the ink is `digitHeight` px high, binarised at its Otsu
    /// threshold and framed in white.
    static func prepare(_ image: PageImage, box: GridCell, digitHeight: Int) -> ([UInt8], Int, Int) {
        let scale = Double(digitHeight) / Double(max(box.height, 1))
        let margin = 10
        let cw = Int(Double(box.width) * scale) + 1, ch = digitHeight
        let w = cw + 2 * margin, h = ch + 2 * margin
        var crop = [UInt8](repeating: 255, count: cw * ch)
        for y in 0..<ch {
            let sy = min(Double(box.y0) + (Double(y) + 0.5) / scale - 0.5, Double(image.height - 1))
            for x in 0..<cw {
                let sx = min(Double(box.x0) + (Double(x) + 0.5) / scale - 0.5, Double(image.width - 1))
                crop[y * cw + x] = bilinear(image, max(sx, 0), max(sy, 0))
            }
        }
        let threshold = otsu(crop)
        var out = [UInt8](repeating: 255, count: w * h)
        for y in 0..<ch {
            for x in 0..<cw where crop[y * cw + x] <= threshold { out[(y + margin) * w + x + margin] = 0 }
        }
        return (out, w, h)
    }

    /// The ink split at blank columns: one box per printed mark, left to right. Faint pixels count as ink
    /// (half way from the ink's threshold to paper; `faint`), so the hairlines of a 0 keep it one mark.
    static func marks(_ image: PageImage, _ box: GridCell, faint: Bool = true) -> [GridCell] {
        let ink = Int(otsu((box.y0..<box.y1).flatMap { y in (box.x0..<box.x1).map { image[$0, y] } }))
        let threshold = faint ? (ink + 255) / 2 : ink
        var marks: [GridCell] = [], start: Int?
        for x in box.x0...box.x1 {
            let inked = x < box.x1 && (box.y0..<box.y1).contains { Int(image[x, $0]) <= threshold }
            if inked, start == nil { start = x }
            if !inked, let s = start {
                let rows = (box.y0..<box.y1).filter { y in (s..<x).contains { Int(image[$0, y]) <= threshold } }
                marks.append(GridCell(x0: s, y0: rows.first ?? box.y0, x1: x, y1: (rows.last ?? box.y1 - 1) + 1))
                start = nil
            }
        }
        return marks.isEmpty ? [box] : marks
    }

    /// Which way a mark bows: -1 when its middle lies left of both its top and its bottom (the left half of a
    /// 0), 1 when right of both (the right half), else 0 (a 1's stroke runs straight, its flag leans one way).
    static func bows(_ image: PageImage, _ mark: GridCell) -> Int {
        let threshold = (Int(otsu((mark.y0..<mark.y1).flatMap { y in (mark.x0..<mark.x1).map { image[$0, y] } })) + 255) / 2
        func meanX(_ rows: Range<Int>) -> Double? {
            var sum = 0, count = 0
            for y in rows { for x in mark.x0..<mark.x1 where Int(image[x, y]) <= threshold { sum += x; count += 1 } }
            return count == 0 ? nil : Double(sum) / Double(count)
        }
        let fifth = max(1, mark.height / 5)
        guard mark.height >= 8, let top = meanX(mark.y0..<mark.y0 + fifth), let bottom = meanX(mark.y1 - fifth..<mark.y1),
              let middle = meanX(mark.y0 + 2 * fifth..<mark.y1 - 2 * fifth) else { return 0 }
        let least = max(1.0, Double(mark.height) / 12)
        if middle < top - least && middle < bottom - least { return -1 }
        if middle > top + least && middle > bottom + least { return 1 }
        return 0
    }

    /// How far the ink's top third lies right of its bottom third, in ink heights.
    static func slant(_ image: PageImage, _ box: GridCell) -> Double {
        let threshold = otsu((box.y0..<box.y1).flatMap { y in (box.x0..<box.x1).map { image[$0, y] } })
        func meanX(_ rows: Range<Int>) -> Double {
            var sum = 0, count = 0
            for y in rows { for x in box.x0..<box.x1 where image[x, y] <= threshold { sum += x; count += 1 } }
            return count == 0 ? 0 : Double(sum) / Double(count)
        }
        let third = max(1, box.height / 3)
        return (meanX(box.y0..<box.y0 + third) - meanX(box.y1 - third..<box.y1)) / Double(box.height)
    }

    private static func bilinear(_ image: PageImage, _ x: Double, _ y: Double) -> UInt8 {
        let x0 = Int(x), y0 = Int(y), x1 = min(x0 + 1, image.width - 1), y1 = min(y0 + 1, image.height - 1)
        let fx = x - Double(x0), fy = y - Double(y0)
        let top = Double(image[x0, y0]) * (1 - fx) + Double(image[x1, y0]) * fx
        let bottom = Double(image[x0, y1]) * (1 - fx) + Double(image[x1, y1]) * fx
        return UInt8(top * (1 - fy) + bottom * fy)
    }

    /// The grey level that best separates ink from paper.
    static func otsu(_ pixels: [UInt8]) -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        for p in pixels { histogram[Int(p)] += 1 }
        let total = Double(pixels.count)
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var weightBelow = 0.0, sumBelow = 0.0, best = 0.0, threshold = 127
        for t in 0..<256 {
            weightBelow += Double(histogram[t])
            guard weightBelow > 0, weightBelow < total else { continue }
            sumBelow += Double(t * histogram[t])
            let meanBelow = sumBelow / weightBelow, meanAbove = (sum - sumBelow) / (total - weightBelow)
            let between = weightBelow * (total - weightBelow) * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best { best = between; threshold = t }
        }
        return UInt8(threshold)
    }
}
