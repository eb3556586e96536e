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
}
