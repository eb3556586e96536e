import Foundation
import GovReport
@testable import GovReportOCR
import GovReportPDF
import GovReportTestSupport
import Testing

/// Number cells whose digit reads go wrong on Chinese, read again by `chi_sim` (`CellIdeographs`); on crops
/// of generated scans (Tests/Fixtures/scans/cells, `Scripts/fixtures/crop_scan_cells.py`).
@Suite("Chinese in number cells", .serialized)
struct CellIdeographTests {
    static let folder = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/scans/cells")

    /// A binary PGM (P5) crop as a page image at `dpi`.
    static func crop(_ name: String, dpi: Double) throws -> PageImage {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        var fields: [Int] = [], index = 2, field = ""
        while fields.count < 3 {
            let c = Character(UnicodeScalar(data[index]))
            if c.isWhitespace { if !field.isEmpty { fields.append(Int(field)!); field = "" } } else { field.append(c) }
            index += 1
        }
        return PageImage(width: fields[0], height: fields[1], dpi: dpi, pixels: [UInt8](data[index...]))
    }

    /// The ink of `cell` in `image` and the digit reads of it, checked by `CellIdeographs`.
    static func read(_ image: PageImage, cell: GridCell, digits: CellReader, chinese: TesseractEngine) throws -> CellReader.Read {
        let ink = try #require(CellInk(cell, ink: InkMask(image), dpi: image.dpi).box)
        return CellIdeographs.checked(digits.read(image, ink: ink, cell: cell), ink: ink, in: image, digits: digits, chinese: chinese)
    }

    @Test("无 on a 200 dpi JPEG scan, which the digit reads give as 70, reads 无; a stacked header's 结 is no number")
    func placeholderAndHeader() throws {
        let digits = CellReader(engine: try TesseractEngine(language: "eng"))
        let chinese = try TesseractEngine(language: "chi_sim")
        let placeholder = try Self.crop("placeholder_200g_jpeg.pgm", dpi: 200)
        let none = try Self.read(placeholder, cell: GridCell(x0: 4, y0: 4, x1: placeholder.width - 4, y1: placeholder.height - 4),
                                 digits: digits, chinese: chinese)
        #expect(none.text == "无" && !none.isDoubtful)
        let header = try Self.crop("header_character_300g.pgm", dpi: 300)
        let character = try Self.read(header, cell: GridCell(x0: 4, y0: 9, x1: header.width - 4, y1: header.height - 2),
                                      digits: digits, chinese: chinese)
        #expect(character.text.isEmpty && character.isDoubtful)
    }

    @Test("251000元 reads 251000元, not 2510007: the unit is cut off before the digits are read")
    func unitAfterTheNumber() throws {
        let image = try Self.crop("unit_yuan_150b.pgm", dpi: 150)
        let read = try Self.read(image, cell: GridCell(x0: 4, y0: 18, x1: image.width - 4, y1: 52),
                                 digits: CellReader(engine: try TesseractEngine(language: "eng")),
                                 chinese: try TesseractEngine(language: "chi_sim"))
        #expect(read.text == "251000元")
        #expect(CellValue.parse(read.text)?.value == 251000)
    }
}
