/// Finds where a header prints each column's words, inside glued header tokens too
/// (`本年新制作数量本年新公开数量` gives two boxes, estimated by character width).
enum HeaderColumns {
    /// A header word found: its column and estimated box.
    struct Found: Hashable { var key: String; var box: Box; var text: String }

    /// A header piece split into characters (boxes estimated), each folded, and their folds joined:
    /// made once per piece, as the headers of a table's rows share most of their pieces.
    struct Piece {
        var text: String
        var characters: [Token]
        var folded: [String]
        var joined: String

        init(_ piece: TablePiece) {
            text = piece.text
            characters = TablePieces.characters(of: piece)
            folded = characters.map { Normalizer.fold($0.text) }
            joined = folded.joined()
        }
    }

    /// Given header pieces, return for each column (in `columns` order) where its words are printed;
    /// columns whose words are absent are left out.
    static func locate(_ columns: [ColumnDefinition], in pieces: [Piece]) -> [Found] {
        var found: [Found] = []
        for column in columns {
            let words = column.words.map(Normalizer.fold)
            search: for piece in pieces {
                for word in words {
                    // The byte search rejects cheaply; Foundation's gives the range where the word occurs.
                    guard TextSearch.contains(piece.joined, word), let range = piece.joined.range(of: word) else { continue }
                    // Map the folded range back to characters (a character may fold to 0 or 2 scalars).
                    let start = piece.joined.distance(from: piece.joined.startIndex, to: range.lowerBound)
                    let end = start + word.count
                    var offset = 0
                    var boxes: [Box] = []
                    for (i, f) in piece.folded.enumerated() {
                        if offset + f.count > start && offset < end { boxes.append(piece.characters[i].box) }
                        offset += f.count
                    }
                    if let box = Box.enclosing(boxes) {
                        found.append(Found(key: column.key, box: box, text: piece.text))
                        break search
                    }
                }
            }
        }
        return found
    }

    /// Given values of one row and the header words of its columns, return each value's column key:
    /// the header word nearest in x. Nil when two values would share a column or none is found.
    static func assign(_ values: [Box], to found: [Found]) -> [String]? {
        guard !found.isEmpty else { return nil }
        let keys = values.map { v in
            found.min { abs($0.box.midX - v.midX) < abs($1.box.midX - v.midX) }?.key ?? ""
        }
        return Set(keys).count == keys.count ? keys : nil
    }
}
