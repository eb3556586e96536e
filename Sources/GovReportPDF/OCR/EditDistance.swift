/// Levenshtein distance between two texts (insertions, deletions and substitutions cost 1) and the
/// alignment behind it: how OCR's reading of a printed text lines up with the text it most likely is.
///
/// ```swift
/// EditDistance.distance(Array("收至和处理"), Array("收到和处理"))   // 1
/// EditDistance.owners(of: Array("保护第三方"), in: Array("保护第三")) // [0, 1, 2, 3, 3]
/// ```
public enum EditDistance {
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let up = row[j]
                row[j] = min(up + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = up
            }
        }
        return row[b.count]
    }

    /// For each character of `target`, the index in `source` of the character it is aligned with in a
    /// cheapest edit of `source` into `target` (kept or substituted); a character inserted goes with the
    /// source character before it (the first, at the start). `source` must not be empty.
    public static func owners(of target: [Character], in source: [Character]) -> [Int] {
        let n = source.count, m = target.count
        var cost = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { cost[i][0] = i }
        for j in 0...m { cost[0][j] = j }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    cost[i][j] = min(cost[i - 1][j] + 1, cost[i][j - 1] + 1,
                                     cost[i - 1][j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1))
                }
            }
        }
        var owners = [Int](repeating: 0, count: m)
        var i = n, j = m
        while j > 0 {
            if i > 0, cost[i][j] == cost[i - 1][j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1) {
                owners[j - 1] = i - 1; i -= 1; j -= 1
            } else if i > 0, cost[i][j] == cost[i - 1][j] + 1 {
                i -= 1
            } else {
                owners[j - 1] = max(i - 1, 0); j -= 1
            }
        }
        return owners
    }
}
