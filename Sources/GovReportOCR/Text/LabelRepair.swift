import GovReport
import GovReportPDF

/// A label cell of a ruled table whose OCR names no template row (4.保护第三方合法权益 read 4.保护第三合法权益,
/// 7.属于行政执法案卷 read 7.属村政执法案老 in a column two characters wide) is rewritten as the template
/// label it is nearest to (edit distance), when that label is near enough — at most `share` of its
/// characters edited — and clearly nearer than any other (by `margin` edits). Each line of the cell keeps
/// its box and takes the characters of the template label aligned with its own, so the label wraps as
/// printed. A read that names a row, or is near no label, is left as it is.
///
/// ```swift
/// LabelRepair.repaired(cellSymbols) // 4.保 / 护第 / 三 / 合法 / 权益 → 4.保 / 护第 / 三方 / 合法 / 权益
/// ```
enum LabelRepair {
    /// Most edits, as a share of the template label's characters.
    static let share = 0.4
    /// Fewest edits by which the nearest label must beat the next nearest.
    static let margin = 3

    /// The templates' row labels, folded, each with at least four Chinese characters (shorter ones are a
    /// couple of edits from each other).
    static let labels: [[Character]] = {
        var seen = Set<String>()
        return LabelChoice.rows.map { Normalizer.fold($0.label) }
            .filter { LabelChoice.ideographs($0) >= 4 && seen.insert($0).inserted }.map(Array.init)
    }()

    static func repaired(_ cell: [OCRItem]) -> [OCRItem] {
        let lines = lines(of: cell)
        var text: [Character] = [], lineOf: [Int] = []
        for (l, line) in lines.enumerated() {
            for ch in Normalizer.fold(line.map(\.text).joined()) { text.append(ch); lineOf.append(l) }
        }
        guard !text.isEmpty, !LabelChoice.namesRow(String(text)),
              let label = nearest(text) else { return cell }
        let owners = EditDistance.owners(of: label, in: text)
        var texts = [String](repeating: "", count: lines.count)
        for (k, ch) in label.enumerated() { texts[lineOf[owners[k]]].append(ch) }
        return lines.enumerated().compactMap { l, line in
            guard !texts[l].isEmpty else { return nil }
            return OCRItem(text: texts[l], x0: line.map(\.x0).min()!, y0: line.map(\.y0).min()!, x1: line.map(\.x1).max()!,
                           y1: line.map(\.y1).max()!, lineY0: line.map(\.lineY0).min()!, lineY1: line.map(\.lineY1).max()!,
                           confidence: line.map(\.confidence).min()!)
        }
    }

    /// The template label nearest to `text`, when near enough and clearly nearest.
    static func nearest(_ text: [Character]) -> [Character]? {
        let scored = labels.map { (label: $0, distance: EditDistance.distance(text, $0)) }.sorted { $0.distance < $1.distance }
        guard let best = scored.first, Double(best.distance) <= share * Double(best.label.count),
              scored.dropFirst().first.map({ $0.distance >= best.distance + margin }) ?? true else { return nil }
        return best.label
    }

    /// The cell's symbols in lines (by their middles), top to bottom, each left to right.
    static func lines(of cell: [OCRItem]) -> [[OCRItem]] {
        var lines: [[OCRItem]] = []
        for item in cell.sorted(by: { ($0.y0 + $0.y1, $0.x0) < ($1.y0 + $1.y1, $1.x0) }) {
            let middle = (item.y0 + item.y1) / 2
            if let last = lines.last, let top = last.map(\.y0).min(), let bottom = last.map(\.y1).max(), top <= middle, middle <= bottom {
                lines[lines.count - 1].append(item)
            } else {
                lines.append([item])
            }
        }
        return lines.map { $0.sorted { $0.x0 < $1.x0 } }
    }
}
