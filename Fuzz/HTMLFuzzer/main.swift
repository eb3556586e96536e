import Foundation

/// libFuzzer target: arbitrary bytes as a saved web page.
/// bytes → `HTMLReader.read` (decoding, libxml2's HTML parser, article body, blocks and grids) →
/// `Extractor().extract(markup:source:)` → checker, exports, JSON round trip. Thrown errors (undecodable,
/// not a report, no text) are correct answers; only traps are failures.
@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    guard let document = try? HTMLReader.read(data, path: "fuzz.html") else { return 0 }
    if let report = try? Extractor().extract(markup: document, source: Exercise.source(.html, pageCount: 1)) {
        Exercise.report(report)
    }
    return 0
}
