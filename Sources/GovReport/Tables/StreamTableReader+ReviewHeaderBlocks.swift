import Foundation

/// Plain `pdftotext` prints section 四 as blocks: a header word per block (`结果` / `维持`, or a character per
/// line), its group's name glued on now and then (`复议后起诉` / `总计`), and the cells as blocks of their own
/// right after the header blocks of their columns (`总计` `结果维持` `结果纠正` `其他结果` `尚未审结` / `8` `—` `2`
/// `—` `2`: the group before's 总计, then four cells of the next group). A run of values following as many
/// header blocks, each naming one column, takes those columns in order — unless its first value stands right
/// under a header line, in that line's block: then it is that line's cell, and the blocks before need not be
/// in the run's order (`总计` / `尚未审结` + `—` / `1`, the 1 being 总计's).
extension StreamTableReader {
    /// Per value (index in `values`), the section 四 column (index in `TemplateRows.reviewColumns`) the header
    /// blocks printed right before its run of values name, when that run follows exactly as many blocks, each
    /// naming one column; nil otherwise.
    static func reviewColumnsNamedByBlocks(_ values: [StreamValue], in region: StreamRegion) -> [Int?] {
        var names = [Int?](repeating: nil, count: values.count)
        let byLine = Dictionary(grouping: values.indices, by: { values[$0].line })
        var blocks: [Int?] = [], block = "", run: [Int] = [], underHeader = false
        func endBlock() {
            if !block.isEmpty, let column = reviewColumn(namedByBlock: block) { blocks.append(column) }
            block = ""
        }
        func endRun() {
            if !run.isEmpty, !underHeader, run.count == blocks.count, blocks.allSatisfy({ $0 != nil }) {
                for (value, column) in zip(run, blocks) { names[value] = column }
            }
            if !run.isEmpty { blocks = [] }
            run = []
        }
        for (index, line) in region.lines.enumerated() {
            if !line.labelTokens.isEmpty {
                endRun()
                block += line.labelTokens.map { Normalizer.fold($0.text) }.joined()
            }
            // A run whose first value stands right under a header line is that line's cell (`审结` / `—`), the
            // blocks before it need not be in its values' order (`总计` / `尚未审结` / `—` / `1`: 1 is 总计's).
            if run.isEmpty, byLine[index] != nil { underHeader = index > 0 && !region.lines[index - 1].labelTokens.isEmpty }
            if line.isBreak || !line.values.isEmpty { endBlock() }
            run += byLine[index] ?? []
        }
        endBlock()
        endRun()
        return names
    }

    /// The column a header block names: `.some(column)`, `.some(nil)` for a block naming none that a run's
    /// values could be under (words of two columns interleaved), nil for a block of group names only
    /// (行政复议, 未经复议直接起诉 …), which stands above its group's columns and names no cell.
    static func reviewColumn(namedByBlock folded: String) -> Int?? {
        var rest = folded
        for group in ["未经复议直接起诉", "复议后起诉", "行政复议", "行政诉讼"] { rest = rest.replacingOccurrences(of: group, with: "") }
        guard !rest.isEmpty else { return nil }
        let columns = ["结果维持": 0, "维持": 0, "结果纠正": 1, "纠正": 1, "其他结果": 2, "其他": 2, "尚未审结": 3, "审结": 3,
                       "总计": 4, "合计": 4]
        return .some(columns[rest])
    }
}
