/// A table of a web page or Word file as a grid of cell texts, merged cells spread out: a cell spanning two
/// rows and three columns fills six slots, each pointing back at the cell (`origin`).
///
/// ```swift
/// let grid = CellGrid(number: 1, rows: [[.init("申请人情况", columnSpan: 2)], [.init("自然人"), .init("商业企业")]])
/// grid.rows[0].map(\.text) // ["申请人情况", "申请人情况"]
/// ```
public struct CellGrid: Hashable, Sendable {
    /// A cell as the markup gives it: text and spans.
    public struct SpannedCell: Hashable, Sendable {
        public var text: String
        public var rowSpan: Int
        public var columnSpan: Int
        public init(_ text: String, rowSpan: Int = 1, columnSpan: Int = 1) {
            self.text = text; self.rowSpan = max(1, rowSpan); self.columnSpan = max(1, columnSpan)
        }
    }

    /// One slot of the grid.
    public struct Slot: Hashable, Sendable {
        public var text: String
        /// 0-based row and column of the cell's top-left slot: slots of one merged cell share it.
        public var origin: Origin
        /// A slot no cell of the markup fills: a row with fewer cells than the widest is padded to its width.
        public var isPadding = false
        public struct Origin: Hashable, Sendable { public var row: Int, column: Int }
    }

    /// The table's number in its document (1-based).
    public var number: Int
    /// Rows of slots; every row is as wide as the widest (missing cells are empty slots of their own).
    public var rows: [[Slot]]

    /// Spans larger than this are read as this: a page with rowspan="9999" must not make a huge grid.
    public static let maximumSpan = 200
    /// Rows and columns past these are dropped (a report's tables have a few dozen of each), so that no
    /// page makes a grid of more than a few million slots.
    public static let maximumRows = 4096, maximumColumns = 512

    /// Spreads `cells` out: each cell goes into the first free slot of its row, left to right, and fills
    /// its span; a row span past the last row is cut there.
    public init(number: Int, rows allCells: [[SpannedCell]]) {
        self.number = number
        let cells = allCells.prefix(Self.maximumRows)
        var slots: [[Slot?]] = Array(repeating: [], count: cells.count)
        for (r, row) in cells.enumerated() {
            var c = 0
            for cell in row {
                while c < slots[r].count, slots[r][c] != nil { c += 1 }
                guard c < Self.maximumColumns else { break }
                let origin = Slot.Origin(row: r, column: c)
                let lastRow = min(cells.count, r + min(cell.rowSpan, Self.maximumSpan))
                for rr in r..<lastRow {
                    for cc in c..<min(c + min(cell.columnSpan, Self.maximumSpan), Self.maximumColumns) {
                        while slots[rr].count <= cc { slots[rr].append(nil) }
                        slots[rr][cc] = Slot(text: cell.text, origin: origin)
                    }
                }
                c += min(cell.columnSpan, Self.maximumSpan)
            }
        }
        let width = slots.map(\.count).max() ?? 0
        rows = slots.enumerated().map { r, row in
            (0..<width).map { c in
                (c < row.count ? row[c] : nil) ?? Slot(text: "", origin: .init(row: r, column: c), isPadding: true)
            }
        }
    }

    /// The slots of row `r` with each merged cell once (the first slot of a run sharing one origin).
    public func distinctCells(ofRow r: Int) -> [(column: Int, slot: Slot)] {
        var out: [(column: Int, slot: Slot)] = []
        for (c, slot) in rows[r].enumerated() where out.last?.slot.origin != slot.origin { out.append((c, slot)) }
        return out
    }

    /// Where a slot is, for provenance.
    public func place(row: Int, column: Int) -> GridPlace {
        GridPlace(table: number, row: row + 1, column: column + 1)
    }
}

extension CellGrid {
    /// The text of a cell printed on several lines (`<br>`, paragraphs): lines joined with no space
    /// between Chinese characters (自然 / 人 → 自然人), with one space otherwise.
    ///
    /// ```swift
    /// CellGrid.joinLines(["1.属于", "国家秘密"]) // "1.属于国家秘密"
    /// ```
    public static func joinLines(_ lines: [String]) -> String {
        var result = ""
        for line in lines.map({ $0.trimmingSpacesAndNewlines() }) where !line.isEmpty {
            if let last = result.unicodeScalars.last, let first = line.unicodeScalars.first,
               !(CharacterClass.isCJK(last) && CharacterClass.isCJK(first)) {
                result += " "
            }
            result += line
        }
        return result
    }
}
