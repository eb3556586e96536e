import GovReport
import GovReportPDF

/// The Chinese a number cell may print, read by `chi_sim` where the digit reads (`CellReader`) go wrong:
/// - 无, the template's placeholder for zero, which the digit reads give as 7 or 70 at a tenth of a digit's
///   confidence: a cell whose reads are doubtful and whose ink is about one character square is read as one
///   character, and 无 read with confidence is the cell's read;
/// - another ideograph read there with confidence is a character of a header or label stacked a character a
///   line (结 over 果 over 维 over 持), which the digit reads give as 5 or 4: no number, the read is emptied;
/// - a unit printed after the number (251000元, which the digit reads give as 2510007): trailing marks at
///   least four fifths as wide as the ink is high (a digit is half that; the check by `chi_sim` tells three fused
///   digits from a character) that read as a unit `CellValue` knows are cut off, the digits before them read
///   on their own and the unit appended.
///
/// The ink is prepared for `chi_sim` as a digit read prepares it: scaled (bilinear) so the character is
/// `height` pixels high and binarised (Otsu). The grey crop at twice its size read 无 as 克, 讽, 泡 or 碟 now
/// and then on 200 dpi JPEG scans; the same ink prepared like a digit reads 无.
enum CellIdeographs {
    static let height = 32
    /// Least confidence (0...100) of a read of 无 that replaces a doubtful digit read.
    static let placeholderConfidence = 75.0
    /// Least confidence (0...100) of a read of another ideograph that empties a doubtful digit read, and of
    /// a read of a unit that is cut off.
    static let ideographConfidence = 90.0

    /// `read`, the digit reads of the ink `box`, checked against what `chinese` (a `chi_sim` engine
    /// reading pages) makes of it; `digits` reads the digits before a unit again.
    static func checked(_ read: CellReader.Read, ink box: GridCell, in image: PageImage,
                        digits: CellReader, chinese: TesseractEngine) -> CellReader.Read {
        let square = box.width * 2 > box.height && box.width < box.height * 2
        let unit = unitMarks(image, box)
        guard unit != nil || (read.isDoubtful && square) else { return read }
        chinese.configure(mode: .singleLine)
        defer { chinese.configure(mode: .page) }
        if let unit {
            return withUnit(read, ink: box, unit: unit, in: image, digits: digits, chinese: chinese)
        }
        let symbols = self.read(chinese, image, box)
        guard symbols.count == 1, symbols[0].text.unicodeScalars.count == 1,
              symbols[0].text.unicodeScalars.allSatisfy(\.properties.isIdeographic) else { return read }
        if symbols[0].text == "无" {
            return symbols[0].confidence >= placeholderConfidence
                ? CellReader.Read(text: "无", confidence: symbols[0].confidence / 100, doubtful: false) : read
        }
        return symbols[0].confidence >= ideographConfidence ? CellReader.Read(text: "", confidence: 0, doubtful: true) : read
    }

    /// The digits before `unit` read on their own with the unit after them, when `chinese` reads the unit's
    /// marks as a unit with confidence; else `read`.
    static func withUnit(_ read: CellReader.Read, ink box: GridCell, unit: GridCell, in image: PageImage,
                         digits: CellReader, chinese: TesseractEngine) -> CellReader.Read {
        let symbols = self.read(chinese, image, unit)
        let text = symbols.map(\.text).joined()
        guard CellValue.units.contains(text), symbols.allSatisfy({ $0.confidence >= ideographConfidence }),
              case let before = CellReader.marks(image, GridCell(x0: box.x0, y0: box.y0, x1: unit.x0, y1: box.y1)),
              let first = before.first, let last = before.last else { return read }
        let number = GridCell(x0: first.x0, y0: before.map(\.y0).min() ?? box.y0, x1: last.x1, y1: before.map(\.y1).max() ?? box.y1)
        var result = digits.read(image, ink: number, cell: box)
        guard !result.text.isEmpty else { return result }
        result.text += text
        result.alternatives = result.alternatives.map { $0 + text }
        return result
    }

    /// The box of the trailing marks of `box` each at least four fifths as wide as the ink is high (a unit
    /// ideograph; a digit is about half as wide), when at least one mark stands before them; nil otherwise.
    static func unitMarks(_ image: PageImage, _ box: GridCell) -> GridCell? {
        guard box.width * 2 > box.height * 3 else { return nil }
        let marks = CellReader.marks(image, box)
        let wide = marks.reversed().prefix { $0.width * 5 >= box.height * 4 }
        guard !wide.isEmpty, wide.count < marks.count, let firstWide = wide.last else { return nil }
        return GridCell(x0: firstWide.x0, y0: wide.map(\.y0).min() ?? box.y0, x1: box.x1, y1: wide.map(\.y1).max() ?? box.y1)
    }

    /// Symbols `engine` reads in the prepared ink; boxes are the ink's own in page pixels.
    static func read(_ engine: TesseractEngine, _ image: PageImage, _ box: GridCell) -> [OCRItem] {
        let (pixels, w, h) = CellReader.prepare(image, box: box, digitHeight: height)
        return engine.read(pixels, width: w, height: h, dpi: 300, level: .symbol).map { item in
            OCRItem(text: item.text, x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1, lineY0: box.y0, lineY1: box.y1,
                    confidence: item.confidence)
        }
    }
}
