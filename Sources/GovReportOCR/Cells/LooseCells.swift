/// Cells of tables printed without vertical rules (three-line tables, rules between rows only, or no rules
/// at all), found from the geometry of the ink: outside the ruled grid, the page's ink (specks and rules
/// dropped) is grouped into words — marks side by side with less than most of a character between them, or
/// stacked close — and every word with another word left of it on its line is a candidate cell (a table
/// row's values stand right of its label; a line of prose is one word). A candidate is read like a grid
/// cell when page OCR read no Chinese in it.
///
/// ```swift
/// let loose = LooseCells(ink, grid: grid, rules: rules, verticalRules: columns, dpi: 150)
/// loose.cells // [LooseCell(cell: the word's line, ink: the word's ink box, digitShaped: true)]
/// ```
struct LooseCells {
    struct LooseCell: Hashable {
        /// The word's box grown to a line's height (the space its ink sits in).
        var cell: GridCell
        /// The word's ink.
        var ink: GridCell
        /// Every mark of the word is as narrow as a digit (or flat): a lone ideograph page OCR read there
        /// is a misread number.
        var digitShaped: Bool
        /// No word stands level with it on its left: the first value of a row whose label is elsewhere. Page OCR
        /// may have read it as one lone ideograph (1 as 工), never as digits and an ideograph (3补 of a label).
        var leading = false
    }

    private(set) var cells: [LooseCell] = []

    init(_ ink: InkMask, grid: [GridCell], rules: [RulingLine], verticalRules: [RulingLine], dpi: Double) {
        let w = ink.width, h = ink.height
        var free = ink.bits
        for cell in grid {
            for y in max(0, cell.y0 - 2)..<min(h, cell.y1 + 2) {
                for x in max(0, cell.x0 - 2)..<min(w, cell.x1 + 2) { free[y * w + x] = 0 }
            }
        }
        RulingLine.paint(rows: rules, columns: verticalRules, value: 0, in: &free, width: w, height: h)
        let em = Int(dpi / 7) // about 10 pt: the text size of tables
        let marks = Self.components(free, width: w, height: h, minArea: max(4, Int(dpi * dpi / 2800)))
            .filter { $0.height <= em * 2 && $0.width <= em * 4 }
        let words = Self.words(marks, gap: em * 4 / 5, stack: em / 4)
        let dashes = Set(Self.dashes(in: words, em: em))
        var firsts: [(cell: GridCell, ink: GridCell)] = []
        for word in words where (word.height >= em / 4 && word.height <= em * 2) || dashes.contains(word) {
            let pad = max(0, (em - word.height) / 2)
            let cell = GridCell(x0: word.x0, y0: max(0, word.y0 - pad), x1: word.x1, y1: min(h, word.y1 + pad))
            // A dash stands at mid-height of its row: any word left of it within a line's height is its row's.
            let dash = dashes.contains(word)
            let inside = marks.filter { $0.x0 >= word.x0 && $0.x1 <= word.x1 && $0.y0 >= word.y0 && $0.y1 <= word.y1 }
            let narrow = dash || inside.allSatisfy { $0.width * 5 <= word.height * 4 || $0.height * 3 <= word.height }
            let onLine = words.contains { other in
                other.x1 <= word.x0 && (dash ? min(other.y1, cell.y1) > max(other.y0, cell.y0)
                    : Self.level(other, word))
            }
            guard onLine else {
                if narrow { firsts.append((cell, word)) }
                continue
            }
            cells.append(LooseCell(cell: cell, ink: word, digitShaped: narrow))
        }
        // A row's first value may have no word level with it on its left: its label stayed on the page before
        // (a row cut by a page break) or wraps over two lines with the value centred between them. A word of
        // digit-shaped marks whose nearest word on its right, level with it, is a digit-shaped cell is the first
        // of a row of values (a label's item number 2. or numeral 一 has its label's words next).
        let numbers = Set(cells.filter(\.digitShaped).map(\.ink))
        for first in firsts {
            let right = words.filter { $0.x0 >= first.ink.x1 && Self.level($0, first.ink) }
            guard let next = right.min(by: { $0.x0 < $1.x0 }), numbers.contains(next) else { continue }
            cells.append(LooseCell(cell: first.cell, ink: first.ink, digitShaped: true, leading: true))
        }
    }

    /// True when two words stand on one line: they share more than half the height of the lower one.
    static func level(_ a: GridCell, _ b: GridCell) -> Bool {
        min(a.y1, b.y1) - max(a.y0, b.y0) > min(a.height, b.height) / 2
    }

    /// A flat short stroke, a fifth to four fifths of an em wide (a character's 一 is nearly an em wide): the
    /// dash a table prints for zero, too low to pass as a word of its own.
    static func isDash(_ word: GridCell, em: Int) -> Bool {
        isFlat(word, em: em) && word.width * 5 <= em * 4
    }

    /// A flat stroke at least a fifth of an em wide, no higher than a fifth of an em.
    static func isFlat(_ word: GridCell, em: Int) -> Bool {
        word.width >= word.height * 2 && word.height * 5 <= em && word.width * 5 >= em
    }

    /// The dashes among `words`: short flat strokes (`isDash`), and strokes up to an em and a quarter wide (an
    /// em dash —, as wide as a 一) standing on one line with another such stroke: a row of placeholders, where
    /// a lone 一 of prose stands alone.
    static func dashes(in words: [GridCell], em: Int) -> [GridCell] {
        let wide = words.filter { isFlat($0, em: em) && $0.width * 4 <= em * 5 }
        return words.filter { word in
            isDash(word, em: em) || (wide.contains(word) && wide.contains { other in
                other != word && abs((other.y0 + other.y1) - (word.y0 + word.y1)) <= em && (other.x1 <= word.x0 || other.x0 >= word.x1)
            })
        }
    }

    /// Boxes of marks joined into words: side by side (overlapping rows) with at most `gap` between them,
    /// or one above the other (overlapping columns) with at most `stack` between them.
    static func words(_ marks: [GridCell], gap: Int, stack: Int) -> [GridCell] {
        var boxes = marks.sorted { $0.x0 < $1.x0 }
        var merged = true
        while merged {
            merged = false
            var out: [GridCell] = []
            for box in boxes {
                if let i = out.firstIndex(where: { joins($0, box, gap: gap, stack: stack) }) {
                    let a = out[i]
                    out[i] = GridCell(x0: min(a.x0, box.x0), y0: min(a.y0, box.y0), x1: max(a.x1, box.x1), y1: max(a.y1, box.y1))
                    merged = true
                } else {
                    out.append(box)
                }
            }
            boxes = out
        }
        return boxes
    }

    private static func joins(_ a: GridCell, _ b: GridCell, gap: Int, stack: Int) -> Bool {
        let rows = min(a.y1, b.y1) - max(a.y0, b.y0), columns = min(a.x1, b.x1) - max(a.x0, b.x0)
        return (rows > 0 && columns > -gap) || (columns > 0 && rows > -stack)
    }

    /// Bounding boxes of the 8-connected components of `bits` with at least `minArea` pixels.
    static func components(_ bits: [UInt8], width w: Int, height h: Int, minArea: Int) -> [GridCell] {
        var seen = [Bool](repeating: false, count: w * h)
        var stack: [Int] = [], boxes: [GridCell] = []
        for start in 0..<(w * h) where bits[start] != 0 && !seen[start] {
            seen[start] = true
            stack.append(start)
            var area = 0, x0 = w, y0 = h, x1 = 0, y1 = 0
            while let p = stack.popLast() {
                area += 1
                let x = p % w, y = p / w
                x0 = min(x0, x); x1 = max(x1, x); y0 = min(y0, y); y1 = max(y1, y)
                for ny in max(0, y - 1)...min(h - 1, y + 1) {
                    for nx in max(0, x - 1)...min(w - 1, x + 1) {
                        let q = ny * w + nx
                        if bits[q] != 0 && !seen[q] { seen[q] = true; stack.append(q) }
                    }
                }
            }
            if area >= minArea { boxes.append(GridCell(x0: x0, y0: y0, x1: x1 + 1, y1: y1 + 1)) }
        }
        return boxes
    }
}
