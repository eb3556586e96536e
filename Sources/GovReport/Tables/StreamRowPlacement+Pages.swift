/// Plain `pdftotext` text may print a page's row labels in one block and the page's values in another, each
/// value its own paragraph (labels after the values, or the other way round): no row's values stand between
/// its label and the next, yet the text settles the rows. On such a page every value is read in text order,
/// row after row, and the rows whose labels the page prints are exactly the rows whose values it prints:
/// the k-th row of values is the k-th label's. A page settles its rows when each of them takes all its
/// values from that page, none from a line that also holds label text or from value lines stacked one
/// above the other (a column of cells, whose values belong to several rows), and each adds up across (R3).
extension StreamRowPlacement {
    /// The rows (indices) of the pages that settle their rows (see the extension's summary).
    func settledByPages(_ placed: [[StreamValue]?], _ offsets: [Int?], subset: [Int]) -> Set<Int> {
        guard let rowCheck else { return [] }
        var labelled: [Int: Set<Int>] = [:], valued: [Int: Set<Int>] = [:]
        var unsettled = Set<Int>()
        for i in subset {
            if let offset = offsets[i] {
                labelled[region.lines[region.labels.origins[offset].line].text.page, default: []].insert(i)
            }
            guard let cells = placed[i] else { continue }
            let pages = Set(cells.map(\.token.page))
            for page in pages { valued[page, default: []].insert(i) }
            let alone = cells.allSatisfy { region.lines[$0.line].labelTokens.isEmpty && !isStacked($0) }
            if pages.count != 1 || !alone || !rowCheck(cells.map(\.value.value)) { unsettled.formUnion(pages) }
        }
        var settled = Set<Int>()
        for (page, rows) in valued where labelled[page] == rows && !unsettled.contains(page) {
            settled.formUnion(rows)
        }
        return settled
    }
}
