/// Numbers standing left of a scan's columns of values: a fragment of a label OCR read apart from it (the
/// item number `1.` of 1.属于国家秘密 in a label column a few characters wide, read as the number 1), which
/// would otherwise take the first column and push the row's values one column right (scans only:
/// `TableSettings.rowsByPosition`).
///
/// A value in the first column starts where that column's values start (left-aligned), or ends at or
/// beyond it (right-aligned or centred, wider numbers reaching further left): an item number (one digit,
/// with or without its point) that ends before most printed rows of values on its page start is no value of
/// the table. It is dropped, not made label text: joined to the label lines around it, it would make them
/// read as one label.
///
/// ```swift
/// // 1 at x 166–171 beside 10 1 无 1 3 15 on a page whose rows of values start at x 190
/// LabelFragments.values(values, unit: 6, minValues: 3, settings: settings)   // without the 1
/// ```
enum LabelFragments {
    /// `values` less those left of their page's columns.
    static func values(_ values: [TablePiece], unit: Double, minValues: Int, settings: TableSettings) -> [TablePiece] {
        let bands = ValueBand.bands(of: values, tolerance: settings.rowCentreTolerance * unit).filter { $0.pieces.count >= minValues }
        var starts: [Int: Double] = [:]
        for page in Set(bands.map(\.page)) {
            let firsts = bands.filter { $0.page == page }.compactMap { $0.pieces.first?.box.x0 }.sorted()
            starts[page] = firsts[firsts.count / 2]
        }
        return values.filter { piece in
            !isItemNumber(piece.text) || starts[piece.page].map { piece.box.x1 >= $0 - 0.5 * unit } ?? true
        }
    }

    /// True for the number of a numbered item as OCR reads it apart from its label: one digit, its point
    /// kept or lost (`1`, `1.`). Other numbers left of the columns (`145`, 1.信 misread) are left as they are.
    static func isItemNumber(_ text: String) -> Bool {
        let characters = Array(text)
        return (1...2).contains(characters.count) && characters[0].isASCII && characters[0].isNumber
            && (characters.count == 1 || characters[1] == ".")
    }
}
