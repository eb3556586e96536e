import Foundation
import GovReport
import GovReportPDF
@testable import GovReportWeb
import Testing

@Suite("HTML and DOCX readers")
struct MarkupReaderTests {
    static func html(_ body: String) throws -> MarkupDocument {
        try HTMLReader.read(Data("<html><head><meta charset=utf-8></head><body>\(body)</body></html>".utf8), path: "t.html")
    }

    static func paragraphs(_ document: MarkupDocument) -> [String] {
        document.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    @Test("tag soup: a table without </td> or </tr>, labels broken by <br>, numbers in <p><span>, &nbsp;")
    func tagSoup() throws {
        let document = try Self.html("""
            <table><tr><td rowspan=2>自然<br>人<td colspan="2">法人或其他组织
            <tr><td><p><span>12</span></p><td>&nbsp;
            </table>
            """)
        let grid = try #require(document.tables.first)
        #expect(grid.rows.map { $0.map(\.text) } == [["自然人", "法人或其他组织", "法人或其他组织"], ["自然人", "12", ""]])
    }

    @Test("paragraphs: block elements and <br> end lines, a source line break inside Chinese text disappears")
    func paragraphs() throws {
        let document = try Self.html("""
            <div class="TRS_Editor"><p class="MsoNormal"><span style="font-size:16pt">一、总体</span><strong>情况</strong></p>
            <p>2021年，我局认真贯彻
            落实《条例》。<br>第二行 text
             here</p><script>document.write("三、收到和处理")</script><div style="display: none">隐藏</div></div>
            """)
        #expect(Self.paragraphs(document) == ["一、总体情况", "2021年，我局认真贯彻落实《条例》。\n第二行 text here"])
    }

    @Test("the article body is the element holding the section headings, not the navigation or footer")
    func article() throws {
        let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]
        let document = try Self.html("""
            <ul class="nav"><li>首页</li><li>政府信息公开年度报告</li></ul>
            <h1>某局2023年政府信息公开工作年度报告</h1>
            <div id="zoom"><p>本报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。</p>
            \(headings.map { "<p>\($0)</p><p>正文。</p>" }.joined())</div>
            <div class="footer">主办单位：某局 二、主动公开政府信息情况</div>
            """)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.first == "某局2023年政府信息公开工作年度报告")
        #expect(paragraphs.filter { headings.contains($0) }.count == 3)
        #expect(!paragraphs.contains { $0.hasPrefix("主办单位") || $0 == "首页" })
    }

    @Test("a table holding section headings or another table is layout: its cells are read as blocks")
    func layoutTable() throws {
        let document = try Self.html("""
            <table><tr><td><p>一、总体情况</p><p>二、主动公开政府信息情况</p>
            <table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>
            """)
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.rows.first?.map(\.text) == ["规章", "0"])
        #expect(Self.paragraphs(document) == ["一、总体情况", "二、主动公开政府信息情况"])
    }

    @Test("charset: GBK bytes declared in <meta>; UTF-8 bytes declared GBK; a declaration read from http-equiv")
    func charsets() throws {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>政府信息公开</p></body></html>"
        let gbk = try #require(page.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(HTMLDecoding.declaredCharset(gbk) == "gb2312")
        #expect(HTMLDecoding.decode(gbk)?.text == page)
        #expect(HTMLDecoding.decode(Data(page.utf8))?.encoding == "utf-8")
    }

    @Test("10 MB of nested tags: a clear error, no crash (depth is capped when the tree is copied)")
    func deepNesting() {
        var page = Data("<html><body>".utf8)
        page.append(Data(String(repeating: "<div><span>", count: 900_000).utf8))
        page.append(Data("一、总体情况".utf8))
        #expect(throws: ExtractionError.self) { try ReportFile.load(data: page, path: "deep.html") }
    }

    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""

    static func docx(_ body: String) throws -> [MarkupDocument.Block] {
        let root = try #require(MarkupParser.xml(Data("<w:document \(w)><w:body>\(body)</w:body></w:document>".utf8)))
        return DOCXBlocks.blocks(of: try #require(root.child("w:document")?.child("w:body")))
    }

    static func tc(_ text: String, _ properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }

    @Test("DOCX tables: w:gridSpan spans columns, w:vMerge restart/continue spans rows, w:gridBefore leaves cells empty")
    func docxTable() throws {
        let blocks = try Self.docx("""
            <w:tbl><w:tr>\(Self.tc("三、本年度办理结果", "<w:vMerge w:val=\"restart\"/>"))\(Self.tc("（一）予以公开", "<w:gridSpan w:val=\"2\"/>"))</w:tr>
            <w:tr>\(Self.tc("", "<w:vMerge/>"))\(Self.tc("（三）不予公开"))\(Self.tc("1.属于国家秘密"))</w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>\(Self.tc("7"))</w:tr></w:tbl>
            """)
        guard case .table(let grid) = try #require(blocks.first) else { Issue.record("no table"); return }
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["三、本年度办理结果", "（一）予以公开", "（一）予以公开"],
            ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"],
            ["", "", "7"],
        ])
    }

    @Test("DOCX paragraphs: runs joined, tabs and breaks, text boxes after their paragraph, deleted text and fallbacks skipped")
    func docxParagraphs() throws {
        let blocks = try Self.docx("""
            <w:p><w:r><w:t>一、总体</w:t></w:r><w:r><w:t>情况</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>
            <w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r>
            <mc:AlternateContent><mc:Choice><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></mc:Choice>
            <mc:Fallback><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></mc:Fallback></mc:AlternateContent></w:p>
            """)
        #expect(blocks == [.paragraph("一、总体情况"), .paragraph("甲 乙\n丙"), .paragraph("文本框")])
    }

    @Test("input kinds are told by content first", arguments: [
        ("%PDF-1.7 …", "a.txt", SourceInfo.Kind.pdf), ("PK\u{3}\u{4}…", "a.bin", .docx),
        ("<!DOCTYPE html><html>", "a.doc", .html), ("  <html><body>", "report.txt", .html),
        ("一、总体情况", "a.htm", .html), ("一、总体情况", "a.txt", .text), ("<html>404</html>", "a.pdf", .pdf),
    ])
    func kinds(content: String, name: String, kind: SourceInfo.Kind) {
        #expect(ReportFile.kind(of: Data(content.utf8), path: name) == kind)
    }

    @Test("an OLE2 .doc or .wps names the conversion command")
    func legacy() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 512))
        #expect {
            try ReportFile.load(data: ole, path: "年报.wps")
        } throws: { error in
            (error as? ExtractionError)?.kind == "unsupported_file_type"
                && "\(error)".contains("soffice --headless --convert-to docx \"年报.wps\"")
        }
    }
}
