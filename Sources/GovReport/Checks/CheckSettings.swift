/// Tolerances and switches of the checker, with units.
///
/// ```swift
/// var settings = CheckSettings()
/// settings.tolerance = 0.01   // 万元 tables printed to two decimals
/// let findings = Checker(settings: settings).check(report)
/// ```
public struct CheckSettings: Hashable, Sendable {
    /// Largest difference between the two sides of a sum still counted as equal, in the table's unit
    /// (件 for sections 三 and 四). Guards against binary rounding of decimals, not against real errors.
    public var tolerance: Double = 0.005
    /// Section numbers a complete report has (C1 reports each one that is missing).
    public var expectedSections: [Int] = [1, 2, 3, 4, 5, 6]
    /// Report placeholder cells ("", "—", "/", "无" …) as C5 findings, one per table.
    public var reportEmptyCells = true
    /// Compare counts stated in the narrative with the tables (N1).
    public var checkNarrative = true

    public init() {}
}
