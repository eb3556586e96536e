import Foundation

/// Finds page furniture: page numbers and running headers or footers, which must not leak into the text.
///
/// - A decorated page number ("- 3 -", "—3—", "第3页", "第 3 页 共 9 页", "3/9", "Page 3") is furniture
///   wherever it stands: a plain-text extraction without form feeds prints it mid-stream.
/// - A bare number ("3") is furniture only as the first or last line of a page, when such numbers count up
///   with the pages (the same offset from the page number on at least two pages — three in plain text —,
///   or equal to it).
/// - A running header or footer is a line at the top or bottom edge whose text, digits masked, repeats at
///   that edge on several pages and has letters (a line of numbers alone, "4 1 1 6", is a table's values)
///   (`TextSettings.runningMinPages`, `runningPageShare`); in a PDF it must also stand apart from the body
///   (`furnitureGap`), so a table header repeated on a continuation page stays.
///
/// ```swift
/// let body = PageFurniture.removed(from: lines)   // no "- 3 -", no running title
/// ```
public enum PageFurniture {
    /// Given lines in reading order, return them without page furniture. In plain text with no form
    /// feeds (one "page"), each decorated page number removed starts a new page: later lines get the
    /// next page number, so paragraphs know their page.
    public static func removed(from lines: [TextLine], source: LineSource? = nil,
                               settings: TextSettings = .init()) -> [TextLine] {
        let drop = furnitureIndexes(in: lines, source: source ?? .infer(lines), settings: settings)
        let singlePage = Set(lines.map(\.page)).count == 1
        var pageShift = 0
        var kept: [TextLine] = []
        kept.reserveCapacity(lines.count - drop.count)
        for (i, line) in lines.enumerated() {
            if drop.contains(i) {
                if singlePage, isDecoratedPageNumber(folded: line.folded) { pageShift += 1 }
                continue
            }
            var line = line
            line.page += pageShift
            kept.append(line)
        }
        return kept
    }

    /// Indexes of the lines that are page furniture (see the type's summary).
    public static func furnitureIndexes(in lines: [TextLine], source: LineSource,
                                        settings: TextSettings = .init()) -> Set<Int> {
        let pageCount = Set(lines.map(\.page)).count
        var drop = Set(lines.indices.filter {
            isDecoratedPageNumber(folded: lines[$0].folded) && !isValueRow(lines[$0].text) && !isSpreadApart(lines[$0])
                && !isFractionPastLastPage(lines[$0].folded, pageCount: pageCount)
        })
        let pages = edges(of: lines, count: settings.furnitureEdgeLines)
        drop.formUnion(barePageNumbers(lines, pages: pages, source: source))
        drop.formUnion(runningLines(lines, pages: pages, source: source, settings: settings))
        return drop
    }

    /// True for a line that is only a decorated page number: "- 3 -", "—3—", "第3页", "第3页 共9页",
    /// "共9页 第3页", "3/9", "Page 3 of 9".
    public static func isDecoratedPageNumber(_ text: String) -> Bool {
        isDecoratedPageNumber(folded: Normalizer.fold(text)) && !isValueRow(text)
    }

    /// True for a row of table values that folds like a page number: "4 / 1 1 6" (a table row whose zeros
    /// print "/") folds to "4/116" like "3/9", and "— 1 1 2 — —" (zeros printed "—") to "-112--" like "- 3 -";
    /// but a row prints numbers apart, which "3/9", "3 / 9" and "- 3 -" never do.
    static func isValueRow(_ text: String) -> Bool {
        var digitThenSpace = false, lastWasDigit = false
        for scalar in text.unicodeScalars {
            let digit = ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)   // full-width too: `１７ ２ / １ ２３`
            if digit && digitThenSpace {
                let folded = Normalizer.fold(text)
                return isFraction(folded) || isDashedNumber(folded) || folded.wholeMatch(of: markedPatterns[0]) != nil
            }
            if scalar == " " { digitThenSpace = digitThenSpace || lastWasDigit } else { digitThenSpace = false }
            lastWasDigit = digit
        }
        return false
    }

    /// True for a line of numbers and marks whose tokens stand further apart than three times its height:
    /// cells of a table row (`17` … `/` … `2562`, its middle cell blank), which a page number (`3 / 9`) never
    /// is (`第3页` … `共9页` at the two ends of a footer has words).
    static func isSpreadApart(_ line: TextLine) -> Bool {
        !line.text.unicodeScalars.contains(where: CharacterClass.isIdeograph)
            && zip(line.tokens, line.tokens.dropFirst()).contains { $1.box.x0 - $0.box.x1 > 3 * line.box.height }
    }

    /// `isDecoratedPageNumber(_:)` of text already folded. Cheap tests first: the patterns are short, and all
    /// but "3/9" start with a mark (- ~ · • 第 共 or "page"), which spares most lines the regular expressions.
    static func isDecoratedPageNumber(folded: String) -> Bool {
        guard let first = folded.unicodeScalars.first else { return false }
        switch first.value {
        case 0x2D, 0x7E, 0xB7, 0x2022, 0x7B2C, 0x5171, 0x50, 0x70:  // - ~ · • 第 共 P p
            guard mayHoldDigit(folded), folded.dropFirst(20).isEmpty, mayBeMarked(folded, first: first) else { return false }
            return isDashedNumber(folded) || markedPatterns.contains { folded.wholeMatch(of: $0) != nil }
        default:
            let slash = folded.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "/")) }
                ?? folded.utf8.contains(UInt8(ascii: "/"))
            return slash && folded.dropFirst(20).isEmpty && isFraction(folded)
        }
    }

    /// False when the text certainly matches none of the marked patterns, a test far cheaper than they (a table
    /// row whose zeros print "—" starts with a mark too): a number led by a mark ends in one, one led by 第 or
    /// 共 holds 页, and the rest start with "page".
    static func mayBeMarked(_ folded: String, first: Unicode.Scalar) -> Bool {
        switch first {
        case "第", "共": return folded.unicodeScalars.contains("页")
        case "P", "p": return folded.utf8.prefix(4).map { $0 | 0x20 } == Array("page".utf8)
        default: return folded.unicodeScalars.last.map { "-~·•".unicodeScalars.contains($0) } ?? false
        }
    }

    /// True for the usual page number "-3-" (the first marked pattern, with `-`, `~` or `•` and ASCII digits),
    /// matched on scalars; false leaves the decision to the patterns. These scalars are characters of their own.
    static func isDashedNumber(_ folded: String) -> Bool {
        var marksBefore = 0, digits = 0, marksAfter = 0
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "-", "~", "•":
                if digits == 0 { marksBefore += 1 } else { marksAfter += 1 }
            case "0"..."9":
                guard marksAfter == 0 else { return false }
                digits += 1
            default:
                return false
            }
        }
        return marksBefore > 0 && (1...4).contains(digits) && marksAfter > 0
    }

    /// False when the text certainly holds nothing the patterns' `\d` matches (any character with a numeric
    /// value: 3, ٣, ², 三, 〇): every scalar is ASCII but 0–9, `·`, or general punctuation (U+2000–206F).
    static func mayHoldDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x30...0x39: return true
            case 0x00...0x7F, 0xB7, 0x2000...0x206F: return false
            default: return true
            }
        }
    }

    /// True for a line whose folded text is only a number of up to four digits.
    static func isBareNumber(folded: String) -> Bool {
        (1...4).contains(folded.count) && folded.allSatisfy(\.isASCII) && folded.allSatisfy(\.isNumber)
    }

    /// Decorated page numbers that start with a mark: "- 3 -", "第3页 共9页", "共9页 第3页", "Page 3 of 9".
    nonisolated(unsafe) private static let markedPatterns: [Regex<Substring>] = [
        #/[-~·•]+\d{1,4}[-~·•]+/#,
        #/第\d{1,4}页(?:[,，\/]?共\d{1,4}页)?/#,
        #/共\d{1,4}页[,，\/]?第\d{1,4}页/#,
        #/(?i)page\d{1,4}(?:of\d{1,4})?/#,
    ]

    /// True for "N/M" whose N exceeds the pages of a document that has several: a row of two cells and a
    /// placeholder (`５２ / ６６０`, zeros printed "/", `pdftotext -raw` setting it on its own line), not page
    /// N of M. Text without page breaks (one page) cannot tell.
    static func isFractionPastLastPage(_ folded: String, pageCount: Int) -> Bool {
        guard pageCount > 1, isFraction(folded), let n = Int(folded.prefix { $0 != "/" }) else { return false }
        return n > pageCount
    }

    /// True for "3/9": one to four digits, a slash, one to four digits (what `\d{1,4}/\d{1,4}` matches whole;
    /// `\d` is any numeric character, as in a regular expression), checked without one: table rows whose
    /// zeros print "/" ask it of many lines.
    static func isFraction(_ folded: String) -> Bool {
        let parts = folded.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// Per page (in order of first appearance): the indexes of its first and last `count` non-empty lines.
    private static func edges(of lines: [TextLine], count: Int) -> [(page: Int, top: [Int], bottom: [Int])] {
        var order: [Int] = []
        var byPage: [Int: [Int]] = [:]
        for (i, line) in lines.enumerated() where !line.text.isBlank {
            if byPage[line.page] == nil { order.append(line.page) }
            byPage[line.page, default: []].append(i)
        }
        return order.map { page in
            let indexes = byPage[page] ?? []
            return (page, Array(indexes.prefix(count)), Array(indexes.suffix(count)))
        }
    }

    /// Bare numbers at a page's first or last line that count up with the pages. In plain text, numbers
    /// offset from the page number must do so on three pages: a table printed a cell per line (plain
    /// `pdftotext`) ends two pages on cells that count up by chance (`0` at the foot of page 4, `1` of page 5).
    private static func barePageNumbers(_ lines: [TextLine], pages: [(page: Int, top: [Int], bottom: [Int])],
                                        source: LineSource) -> [Int] {
        var candidates: [(index: Int, offset: Int)] = []
        for edge in pages {
            for i in [edge.top.first, edge.bottom.last].compactMap({ $0 }) where isBareNumber(folded: lines[i].folded) {
                if let value = Int(lines[i].folded) { candidates.append((i, value - edge.page)) }
            }
        }
        var byOffset: [Int: [Int]] = [:]
        for c in candidates { byOffset[c.offset, default: []].append(c.index) }
        return byOffset.flatMap { offset, indexes in
            let needed = offset != 0 && source == .plainText ? 3 : 2
            return Set(indexes.map { lines[$0].page }).count >= needed || (offset == 0 && pages.count == 1) ? indexes : []
        }
    }

    /// Lines at a page edge whose masked text repeats at that edge on enough pages.
    private static func runningLines(_ lines: [TextLine], pages: [(page: Int, top: [Int], bottom: [Int])],
                                     source: LineSource, settings: TextSettings) -> [Int] {
        let needed = max(settings.runningMinPages,
                         Int((Double(pages.count) * settings.runningPageShare).rounded(.up)))
        guard pages.count >= needed else { return [] }
        var seen: [String: (pages: Set<Int>, indexes: [Int])] = [:]
        for edge in pages {
            for (side, indexes) in [("top", edge.top), ("bottom", edge.bottom)] {
                for i in indexes where source == .plainText || standsApart(i, in: lines, settings: settings) {
                    let text = masked(lines[i].folded)
                    // Numbers alone ("# # # #") or cell values ("无 无 无 无", "无": zeros printed as 无) are a
                    // table's values running to the page's edge, not a running line: page numbers have their
                    // own rules above.
                    guard text.unicodeScalars.contains(where: \.properties.isAlphabetic), !isCellValues(lines[i].text) else { continue }
                    let key = side + "|" + text
                    seen[key, default: ([], [])].pages.insert(edge.page)
                    seen[key, default: ([], [])].indexes.append(i)
                }
            }
        }
        return seen.values.filter { $0.pages.count >= needed }.flatMap(\.indexes)
    }

    /// True for a line of cell values only ("无 无 无", "— 3 无", or one "无": plain `pdftotext` prints a cell
    /// per line, and a table running to the foot of each page ends each page on one): a table's, whatever it repeats.
    static func isCellValues(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: \.isWhitespace)
        return !tokens.isEmpty && tokens.allSatisfy { CellValue.parse(String($0)) != nil }
    }

    /// A run of digits (built once: a regex literal in a function is parsed again on every call).
    nonisolated(unsafe) private static let digitRun = #/\d+/#

    /// Folded text with every digit run replaced by "#", so "第3页" and "第4页" compare equal. A digit is what
    /// `\d` matches, any character with a numeric value (三 too); text of standalone scalars (one character
    /// each, nearly all text) is masked scalar by scalar, other text by the regular expression.
    private static func masked(_ folded: String) -> String {
        var out = StringBuilder(capacity: folded.utf8.count)
        var inRun = false
        for scalar in folded.unicodeScalars {
            guard CharacterClass.isStandalone(scalar) else { return folded.replacing(digitRun, with: "#") }
            let digit = scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
            if !digit {
                out.append(scalar)
            } else if !inRun {
                out.append("#")
            }
            inRun = digit
        }
        return out.string
    }

    /// In a PDF, a header or footer line is set apart from its neighbour on the page by a gap wider than
    /// `furnitureGap` × its glyph height. (Plain text has no such geometry: every edge line qualifies.)
    private static func standsApart(_ i: Int, in lines: [TextLine], settings: TextSettings) -> Bool {
        let line = lines[i]
        let neighbours = [i - 1, i + 1].filter { lines.indices.contains($0) && lines[$0].page == line.page }
        let gap = neighbours.map { j in
            max(lines[j].box.y0 - line.box.y1, line.box.y0 - lines[j].box.y1)
        }.min() ?? .infinity
        return gap >= settings.furnitureGap * line.glyphHeight
    }
}
