/// Numbers sorted once, to count by binary search how many lie below a bound.
///
/// ```swift
/// let mids = SortedValues([3, 1, 2])
/// mids.count(below: 2)             // 1
/// mids.count(below: 2, orAt: true) // 2
/// ```
struct SortedValues {
    /// The values, ascending.
    let values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    /// How many values are less than `bound` (or equal to it, with `orAt`).
    func count(below bound: Double, orAt: Bool = false) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < bound || (orAt && values[mid] == bound) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
