import Foundation
import GovReport
import Testing

@Suite struct TextDecodingTests {
    let sample = "二〇二一年政府信息公开工作年度报告\n一、总体情况"

    @Test("UTF-8 with and without BOM")
    func utf8() throws {
        #expect(TextDecoding.decode(Data(sample.utf8))?.text == sample)
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8)
        #expect(TextDecoding.decode(bom)?.text == sample)
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16() throws {
        let data = try #require(sample.data(using: .utf16))
        let decoded = try #require(TextDecoding.decode(data))
        #expect(decoded.text == sample)
        #expect(decoded.encoding == "utf-16")
    }

    @Test("GB18030 (GBK) bytes are decoded, not rejected")
    func gb18030() throws {
        // 政府信息公开 in GBK.
        let gbk = Data([0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA])
        let decoded = try #require(TextDecoding.decode(gbk))
        #expect(decoded.text == "政府信息公开")
        #expect(decoded.encoding == "gb18030")
    }

    @Test("UTF-8 cut inside a character (a truncated download) is read as UTF-8, the stub replaced")
    func truncatedUTF8() throws {
        let data = Data(sample.utf8).dropLast(1)
        let decoded = try #require(TextDecoding.decode(data))
        #expect(decoded.text == String(sample.dropLast()) + "\u{FFFD}")
        #expect(decoded.encoding == "utf-8 (1 invalid byte sequence replaced)")
    }

    @Test("UTF-8 with one damaged byte among many Chinese characters stays UTF-8")
    func damagedUTF8() throws {
        var bytes = [UInt8]((sample + String(repeating: "年度报告", count: 30)).utf8)
        bytes[4] = 0x41  // the second byte of 〇 becomes "A"
        let decoded = try #require(TextDecoding.decode(Data(bytes)))
        #expect(decoded.encoding.hasPrefix("utf-8 ("))
        #expect(decoded.text.hasSuffix("年度报告年度报告"))
        #expect(decoded.text.hasPrefix("二\u{FFFD}A"))
    }

    @Test("GBK text is never taken for damaged UTF-8")
    func gbkIsNotDamagedUTF8() throws {
        let text = "本报告根据《中华人民共和国政府信息公开条例》编制。" + String(repeating: "abc 123\n", count: 40)
        let gbk = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let decoded = try #require(TextDecoding.decode(gbk))
        #expect(decoded.encoding == "gb18030")
        #expect(decoded.text == text)
    }
}
