/// The printed marks inside one cell: connected ink inside the cell (rules excluded), specks and rule
/// remnants dropped; `box` is their union in image pixels, nil for a blank cell. A flat stroke is no speck
/// however small its area: a minus sign (-3 printed in 8 pt is 11 × 3 px at 300 dpi, under a speck's area),
/// dropped, left the read 3.
struct CellInk {
    var box: GridCell?

    init(_ cell: GridCell, ink: InkMask, dpi: Double) {
        let pad = max(2, Int(dpi / 75))
        let x0 = cell.x0 + pad, y0 = cell.y0 + pad, x1 = cell.x1 - pad, y1 = cell.y1 - pad
        guard x1 - x0 > 2, y1 - y0 > 2 else { box = nil; return }
        let w = x1 - x0, h = y1 - y0
        let minArea = max(4, Int(dpi * dpi / 2800))
        var seen = [Bool](repeating: false, count: w * h)
        var union: GridCell?
        var stack: [(Int, Int)] = []
        for sy in 0..<h {
            for sx in 0..<w where !seen[sy * w + sx] && ink[x0 + sx, y0 + sy] {
                // one 8-connected component
                var area = 0, bx0 = sx, by0 = sy, bx1 = sx, by1 = sy
                seen[sy * w + sx] = true
                stack.append((sx, sy))
                while let (x, y) = stack.popLast() {
                    area += 1
                    bx0 = min(bx0, x); bx1 = max(bx1, x); by0 = min(by0, y); by1 = max(by1, y)
                    for ny in max(0, y - 1)...min(h - 1, y + 1) {
                        for nx in max(0, x - 1)...min(w - 1, x + 1) where !seen[ny * w + nx] && ink[x0 + nx, y0 + ny] {
                            seen[ny * w + nx] = true
                            stack.append((nx, ny))
                        }
                    }
                }
                let cw = bx1 - bx0 + 1, ch = by1 - by0 + 1
                // a sliver of a rule: thin, long, and against the cell's edge
                let ruleRemnant = (ch <= 3 && cw > w / 2 && (by0 == 0 || by1 == h - 1))
                    || (cw <= 3 && ch > h / 2 && (bx0 == 0 || bx1 == w - 1))
                let inside = bx0 > 0 && by0 > 0 && bx1 < w - 1 && by1 < h - 1
                guard area >= minArea || (inside && Self.isFlatStroke(width: cw, height: ch, area: area, dpi: dpi)), !ruleRemnant
                else { continue }
                let part = GridCell(x0: x0 + bx0, y0: y0 + by0, x1: x0 + bx1 + 1, y1: y0 + by1 + 1)
                union = union.map { GridCell(x0: min($0.x0, part.x0), y0: min($0.y0, part.y0),
                                             x1: max($0.x1, part.x1), y1: max($0.y1, part.y1)) } ?? part
            }
        }
        box = union
    }

    /// A mark clear of the cell's edges (no stub of a rule), at least twice as wide as high and a fortieth of an inch wide, solid: a minus sign or a dash,
    /// never scanner speckle (dots) nor JPEG noise.
    static func isFlatStroke(width: Int, height: Int, area: Int, dpi: Double) -> Bool {
        width >= 2 * height && width * 40 >= Int(dpi) && area * 2 >= width * height
    }
}
