/// A straight ruling line found in a page image, in pixels: horizontal lines run from `start` to `end` in x
/// at rows `across0...across1`; vertical ones from `start` to `end` in y at columns `across0...across1`.
struct RulingLine: Hashable {
    var start: Int
    var end: Int
    var across0: Int
    var across1: Int

    var middle: Int { (across0 + across1) / 2 }
    var length: Int { end - start }

    /// True when the line runs over `a...b` (up to `slack` pixels short at either end).
    func covers(_ a: Int, _ b: Int, slack: Int) -> Bool { start <= a + slack && end >= b - slack }

    /// Sets every pixel of the given lines (and one pixel beside them) to `value` in a row-major
    /// `width` × `height` buffer: ruling lines erased from a page or from its ink.
    static func paint(rows: [RulingLine], columns: [RulingLine], value: UInt8, in buffer: inout [UInt8],
                      width w: Int, height h: Int) {
        for line in rows {
            for y in max(0, line.across0 - 1)...min(h - 1, line.across1 + 1) {
                for x in max(0, line.start)...min(w - 1, line.end) { buffer[y * w + x] = value }
            }
        }
        for line in columns {
            for y in max(0, line.start)...min(h - 1, line.end) {
                for x in max(0, line.across0 - 1)...min(w - 1, line.across1 + 1) { buffer[y * w + x] = value }
            }
        }
    }
}

/// Finds the ruling lines of tables: runs of ink at least `minLength` long (a third of an inch: longer than
/// a stroke of a character) with gaps of a few pixels closed (broken or faded rules), stacked runs joined
/// into one line, and collinear pieces with a short gap joined.
enum RulingLines {
    /// Horizontal lines of `ink`.
    static func horizontal(_ ink: InkMask, dpi: Double) -> [RulingLine] {
        find(count: ink.height, length: ink.width, dpi: dpi) { along, across in ink.bits[across * ink.width + along] != 0 }
    }

    /// Vertical lines of `ink`.
    static func vertical(_ ink: InkMask, dpi: Double) -> [RulingLine] {
        find(count: ink.width, length: ink.height, dpi: dpi) { along, across in ink.bits[along * ink.width + across] != 0 }
    }

    /// `isInk(along, across)`; `count` lines across, each `length` long.
    private static func find(count: Int, length: Int, dpi: Double, isInk: (Int, Int) -> Bool) -> [RulingLine] {
        let minLength = Int(dpi / 3), gap = max(2, Int(dpi / 50)), maxThickness = max(4, Int(dpi / 18))
        // Runs per row (or column).
        // Runs per row (or column): nearly solid, so a row through a line of text (strokes a few pixels
        // apart) is not a rule.
        var runs: [[(Int, Int)]] = Array(repeating: [], count: count)
        for across in 0..<count {
            var start = -1, lastInk = -gap - 2, inked = 0
            func close() {
                let length = lastInk - start + 1
                if start >= 0, length >= minLength, inked * 10 >= length * 9 { runs[across].append((start, lastInk)) }
            }
            for along in 0...length {
                let isInked = along < length && isInk(along, across)
                if isInked {
                    if along - lastInk > gap + 1 {
                        close()
                        start = along; inked = 0
                    }
                    lastInk = along; inked += 1
                }
            }
            close()
        }
        // Stack runs of neighbouring rows that overlap into lines.
        var open: [RulingLine] = [], lines: [RulingLine] = []
        for across in 0..<count {
            var next: [RulingLine] = []
            var used = Set<Int>()
            for (s, e) in runs[across] {
                if let i = open.indices.first(where: { !used.contains($0) && open[$0].across1 == across - 1
                    && min(open[$0].end, e) - max(open[$0].start, s) > minLength / 2 }) {
                    used.insert(i)
                    var line = open[i]
                    line.start = min(line.start, s); line.end = max(line.end, e); line.across1 = across
                    next.append(line)
                } else {
                    next.append(RulingLine(start: s, end: e, across0: across, across1: across))
                }
            }
            for i in open.indices where !used.contains(i) { lines.append(open[i]) }
            open = next
        }
        lines += open
        return joinCollinear(lines.filter { $0.across1 - $0.across0 < maxThickness }, gap: Int(dpi / 8))
    }

    /// Pieces of one line (same position across, within 3 px) with a gap shorter than `gap` become one. Taken
    /// in order along the line, so a piece beside a longer run of the same rule joins it whichever side it
    /// lies (a rule two pixels thick, one of its pixel columns broken: its pieces left as rules of their own
    /// cut the cells beside it, and three rows of a request table lost their cells).
    static func joinCollinear(_ lines: [RulingLine], gap: Int) -> [RulingLine] {
        var result: [RulingLine] = []
        for line in lines.sorted(by: { ($0.start, $0.middle) < ($1.start, $1.middle) }) {
            if let i = result.firstIndex(where: { abs($0.middle - line.middle) <= 3 && line.start - $0.end <= gap }) {
                result[i].start = min(result[i].start, line.start); result[i].end = max(result[i].end, line.end)
                result[i].across0 = min(result[i].across0, line.across0); result[i].across1 = max(result[i].across1, line.across1)
            } else {
                result.append(line)
            }
        }
        return result
    }
}
