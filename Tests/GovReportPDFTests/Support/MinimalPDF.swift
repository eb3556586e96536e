import Foundation

/// Writes small but valid PDFs for tests: pages with given content streams, optional image XObjects,
/// a correct cross-reference table.
enum MinimalPDF {
    /// A PDF whose pages draw the given content streams (Helvetica available as /F1, a 2×2 grey image as /Im1).
    static func document(pages contents: [String]) -> Data {
        var objects: [String] = []
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let firstPage = 5
        let kids = contents.indices.map { "\(firstPage + $0 * 2) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(contents.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        objects.append("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u{40}\u{80}\u{C0}\u{FF}\nendstream")
        for (i, content) in contents.enumerated() {
            let contentObject = firstPage + i * 2 + 1
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(contentObject) 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        }
        return serialize(objects)
    }

    /// A page that only paints an image: what a scan looks like to a text extractor.
    static var imageOnly: Data { document(pages: ["q 500 0 0 700 40 60 cm /Im1 Do Q", "q 500 0 0 700 40 60 cm /Im1 Do Q"]) }

    /// A page with one line of Latin text.
    static func text(_ line: String) -> Data { document(pages: ["BT /F1 12 Tf 72 720 Td (\(line)) Tj ET"]) }

    /// A document whose page tree is empty.
    static var zeroPages: Data { document(pages: []) }

    private static func serialize(_ objects: [String]) -> Data {
        var out = "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n"
        var offsets: [Int] = []
        var bytes = Data()
        func append(_ s: String) { bytes.append(contentsOf: Array(s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })) }
        append(out)
        for (i, object) in objects.enumerated() {
            offsets.append(bytes.count)
            append("\(i + 1) 0 obj\n\(object)\nendobj\n")
        }
        let xref = bytes.count
        out = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        append(out)
        return bytes
    }
}
