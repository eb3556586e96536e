/// Numbers standing left of a scan's columns of values: a fragment of a label OCR read apart from it (the
/// item number `1.` of 1.属于国家秘密 in a label column a few characters wide, read as the number 1), which
/// would otherwise take the first column and push the row's values one column right (scans only:
/// `TableSettings.rowsByPosition`).
///
/// A value in the first column starts where that column's values start (left-aligned), or ends at or
/// beyond it (right-aligned or centred, wider numbers reaching further left): one that ends before most
/// printed rows of values on its page start is no value of the table.
///
/// ```swift
/// // 1 at x 166–171 beside 10 1 无 1 3 15 starting at x 190 on rows of values that start at 190
/// let (labels, values) = LabelFragments.separated(labels: labels, values: values, unit: 6, minValues: 3, settings: settings)
/// labels.map(\.text) // [..., "1"]
/// ```
enum LabelFragments {
    /// `labels` with the value pieces left of their page's columns added as label text, and the `values` left.
    static func separated(labels: [TablePiece], values: [TablePiece], unit: Double, minValues: Int,
                          settings: TableSettings) -> (labels: [TablePiece], values: [TablePiece]) {
        let bands = ValueBand.bands(of: values, tolerance: settings.rowCentreTolerance * unit).filter { $0.pieces.count >= minValues }
        var starts: [Int: Double] = [:]
        for page in Set(bands.map(\.page)) {
            let firsts = bands.filter { $0.page == page }.compactMap { $0.pieces.first?.box.x0 }.sorted()
            starts[page] = firsts[firsts.count / 2]
        }
        var fragments: [TablePiece] = [], kept: [TablePiece] = []
        for piece in values {
            if let start = starts[piece.page], piece.box.x1 < start - 0.5 * unit {
                var label = piece
                label.value = nil
                label.folded = Normalizer.fold(piece.text)
                fragments.append(label)
            } else {
                kept.append(piece)
            }
        }
        return (labels + fragments, kept)
    }
}
