import Foundation

/// libFuzzer target: arbitrary bytes as a plain-text report file.
/// bytes → `TextDecoding.decode` → `Extractor().extract(text:source:)` → checker, exports, JSON round trip.
/// Errors thrown by the extractor (not a report, no text) are correct answers; only traps are failures.
@_cdecl("LLVMFuzzerTestOneInput")
public func textFuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    guard let (text, _) = TextDecoding.decode(data) else { return 0 }
    let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).count
    if let report = try? Extractor().extract(text: text, source: Exercise.source(.text, pageCount: pages)) {
        Exercise.report(report)
    }
    return 0
}
