/// Collects the text of inline content as a browser lays it out: runs of white space collapse to one
/// space, a line break in the source between two Chinese characters disappears (CSS segment-break rule),
/// `&nbsp;` is a space, `<br>` a line break ("\n").
struct InlineText {
    private(set) var text = ""
    private var pendingSpace = false
    private var pendingNewline = false
    private var last: Unicode.Scalar?

    mutating func append(_ string: String) {
        for scalar in string.unicodeScalars {
            switch scalar {
            case " ", "\t", "\u{A0}", "\u{0C}":
                pendingSpace = true
            case "\n", "\r":
                pendingSpace = true
                pendingNewline = true
            default:
                if pendingSpace, let last, last != "\n",
                   !(pendingNewline && CharacterClass.isCJK(last) && CharacterClass.isCJK(scalar)) {
                    text.unicodeScalars.append(" ")
                }
                pendingSpace = false
                pendingNewline = false
                text.unicodeScalars.append(scalar)
                last = scalar
            }
        }
    }

    /// A hard line break (`<br>`, or a block boundary inside a table cell).
    mutating func breakLine() {
        text.unicodeScalars.append("\n")
        last = "\n"
        pendingSpace = false
        pendingNewline = false
    }

    var isEmpty: Bool { text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == " " } }

    /// The text so far, and a fresh start.
    mutating func take() -> String {
        defer { self = InlineText() }
        return text
    }
}

import GovReport
