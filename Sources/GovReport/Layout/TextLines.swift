import Foundation

/// Builds visual lines from positioned glyphs (PDF) or from plain text (with synthetic geometry).
public enum TextLines {
    /// Given a page's glyphs, return its lines top to bottom, each left to right.
    ///
    /// Glyphs join a line when their vertical extent overlaps the line's band enough
    /// (`settings.lineOverlap`), which tolerates jitter and superscripts.
    public static func lines(of page: Page, settings: LayoutSettings = .init()) -> [TextLine] {
        let visible = page.glyphs.filter {
            !CharacterClass.isWhitespace($0.scalar) && !isControl($0.scalar) && $0.box.height > 0
        }
        let sorted = visible.sorted { $0.box.midY < $1.box.midY }
        // Each glyph's band first, then the bands' glyphs: every band's array is made once, at its size.
        var bandOf: [Int] = []
        bandOf.reserveCapacity(sorted.count)
        var bandBoxes: [Box] = []
        for glyph in sorted {
            // Look back over the last few bands only: sorted by midY, a match is near the end.
            var joined = false
            for i in stride(from: bandBoxes.count - 1, through: max(0, bandBoxes.count - 3), by: -1) {
                let band = bandBoxes[i]
                let overlap = band.verticalOverlap(glyph.box)
                if overlap >= settings.lineOverlap * min(band.height, glyph.box.height) {
                    bandOf.append(i)
                    bandBoxes[i] = Box(x0: min(band.x0, glyph.box.x0), y0: band.y0,
                                       x1: max(band.x1, glyph.box.x1), y1: band.y1)
                    joined = true
                    break
                }
            }
            if !joined {
                bandOf.append(bandBoxes.count)
                bandBoxes.append(glyph.box)
            }
        }
        var sizes = [Int](repeating: 0, count: bandBoxes.count)
        for band in bandOf { sizes[band] += 1 }
        var bands = sizes.map { size -> [Glyph] in
            var glyphs: [Glyph] = []
            glyphs.reserveCapacity(size)
            return glyphs
        }
        for (glyph, band) in zip(sorted, bandOf) { bands[band].append(glyph) }
        return bands.map { line(from: $0, page: page.number, settings: settings) }
            .sorted { $0.box.y0 != $1.box.y0 ? $0.box.y0 < $1.box.y0 : $0.box.x0 < $1.box.x0 }
    }

    /// Given glyphs of one line, return the line with its text and tokens.
    static func line(from glyphs: [Glyph], page: Int, settings: LayoutSettings) -> TextLine {
        let ordered = glyphs.sorted { $0.box.x0 < $1.box.x0 }
        let height = median(ordered.map(\.box.height))
        var text = StringBuilder(capacity: ordered.count * 3)
        var tokens: [Token] = []
        var current = StringBuilder(capacity: ordered.count * 3)
        var currentBox: Box?
        var lineBox: Box?   // `Box.enclosing` of all the glyphs, grown in the same loop
        var previous: Glyph?
        for glyph in ordered {
            lineBox = lineBox?.union(glyph.box) ?? glyph.box
            if let previous {
                let gap = glyph.box.x0 - previous.box.x1
                if gap > settings.tokenGap * height, let box = currentBox {
                    tokens.append(Token(text: current.string, box: box, page: page))
                    current.removeAll(); currentBox = nil
                }
                if gap > settings.spaceGap * height { text.append(" ") }
            }
            text.append(glyph.scalar)
            current.append(glyph.scalar)
            currentBox = currentBox?.union(glyph.box) ?? glyph.box
            previous = glyph
        }
        if let box = currentBox { tokens.append(Token(text: current.string, box: box, page: page)) }
        let box = lineBox ?? Box(x0: 0, y0: 0, x1: 0, y1: 0)
        return TextLine(page: page, box: box, text: text.string, tokens: tokens, glyphHeight: height)
    }

    /// Given plain text (pages separated by form feeds), return one line per text line with synthetic
    /// geometry: x counts character-grid columns (`settings.textWideCharacterColumns` per CJK character,
    /// 1 by default as in `pdftotext -layout`), y counts lines. Any line end
    /// (LF, CRLF, CR) ends a line.
    /// Tokens are runs of non-space characters separated by one or more spaces.
    public static func lines(fromPlainText text: String, settings: LayoutSettings = .init()) -> [TextLine] {
        var result: [TextLine] = []
        let cw = settings.textColumnWidth, lh = settings.textLineHeight
        for (pageIndex, pageText) in plainTextPages(text).enumerated() {
            let page = pageIndex + 1
            for (lineIndex, line) in plainTextLines(pageText).enumerated() {
                var rawText = StringBuilder(capacity: line.utf8.count)
                for scalar in line.unicodeScalars where scalar == "\t" || !isControl(scalar) { rawText.append(scalar) }
                let raw = rawText.string
                let y0 = Double(lineIndex) * lh
                var tokens: [Token] = []
                var column = 0
                var current: (start: String.Index, column: Int)?
                func flush(at end: String.Index) {
                    guard let token = current else { return }
                    tokens.append(Token(text: String(raw[token.start..<end]),
                                        box: Box(x0: Double(token.column) * cw, y0: y0,
                                                 x1: Double(column) * cw, y1: y0 + lh * 0.8), page: page))
                    current = nil
                }
                for character in characters(of: raw) {
                    if character.isSingleScalar, let width = spaceWidth(character.first, atColumn: column) {
                        flush(at: character.index)
                        column += width
                        continue
                    }
                    if current == nil { current = (character.index, column) }
                    column += displayWidth(character.first) > 1 ? settings.textWideCharacterColumns : 1
                }
                flush(at: raw.endIndex)
                let trimmed = raw.trimmingSpacesAndNewlines()
                let box = Box.enclosing(tokens.map(\.box)) ?? Box(x0: 0, y0: y0, x1: 0, y1: y0 + lh * 0.8)
                result.append(TextLine(page: page, box: box, text: String(trimmed), tokens: tokens, glyphHeight: lh * 0.8))
            }
        }
        return result
    }

    /// Columns a space, tab (to the next multiple of 8) or ideographic space (2) advances; nil for others.
    private static func spaceWidth(_ scalar: Unicode.Scalar, atColumn column: Int) -> Int? {
        switch scalar {
        case " ": return 1
        case "\t": return 8 - column % 8
        case "\u{3000}": return 2
        default: return nil
        }
    }

    /// The pages of plain text: `text.split(separator: "\u{0C}", omittingEmptySubsequences: false)`, on scalars
    /// (a form feed is always a character of its own).
    static func plainTextPages(_ text: String) -> [Substring] {
        var pages: [Substring] = []
        var start = text.startIndex
        for index in text.unicodeScalars.indices where text.unicodeScalars[index] == "\u{0C}" {
            pages.append(text[start..<index])
            start = text.unicodeScalars.index(after: index)
        }
        pages.append(text[start...])
        return pages
    }

    /// The lines of a page: `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)`, on scalars.
    /// LF, VT, CR, NEL, LS and PS are characters of their own, except CR LF, one character and one line end.
    static func plainTextLines(_ page: Substring) -> [Substring] {
        var lines: [Substring] = []
        let scalars = page.unicodeScalars
        var start = page.startIndex, index = page.startIndex
        while index < page.endIndex {
            switch scalars[index].value {
            case 0x0A, 0x0B, 0x0D, 0x85, 0x2028, 0x2029:
                lines.append(page[start..<index])
                let next = scalars.index(after: index)
                let crlf = scalars[index] == "\r" && next < page.endIndex && scalars[next] == "\n"
                index = crlf ? scalars.index(after: next) : next
                start = index
            default:
                index = scalars.index(after: index)
            }
        }
        lines.append(page[start...])
        return lines
    }

    /// The characters of `text` as their first scalar, whether that is all of them and where they start:
    /// read on scalars when every scalar is standalone (one character each), else by the standard library.
    static func characters(of text: String) -> [(index: String.Index, first: Unicode.Scalar, isSingleScalar: Bool)] {
        if text.unicodeScalars.allSatisfy(CharacterClass.isStandalone) {
            return text.unicodeScalars.indices.map { ($0, text.unicodeScalars[$0], true) }
        }
        return text.indices.map { index in
            let scalars = text[index].unicodeScalars
            return (index, scalars[scalars.startIndex], scalars.count == 1)
        }
    }

    /// True for control characters (NUL, escape, DEL, C1; not tab): never text of a report, they come
    /// from unmapped glyphs or binary junk. They are dropped before any matching, also because
    /// Foundation's `String.contains`/`range(of:)` on Linux traps on a needle holding U+0000 that matches
    /// at the end of a non-ASCII string.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isControl(scalar)
    }

    /// Display width of a character in a monospaced rendering: 2 for CJK and full-width forms, else 1.
    /// Curly quotes, the em dash and the ellipsis (East Asian "ambiguous" width) are 2: in Chinese text
    /// they are set full-width.
    static func displayWidth(_ ch: Character) -> Int {
        guard let scalar = ch.unicodeScalars.first else { return 1 }
        return displayWidth(scalar)
    }

    /// `displayWidth(_:)` of a character starting with `scalar`.
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
             0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s[s.count / 2]
    }
}
