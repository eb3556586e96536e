import Foundation
import GovReport

/// Reads a saved web page (`.html`, `.htm`, `.shtml`) into a `MarkupDocument`: decoded by BOM, valid
/// UTF-8, declared charset, then sniffing (`HTMLDecoding`); parsed by libxml2's HTML parser; the article
/// body found by its section headings (`HTMLArticle`); turned into paragraphs and grids (`HTMLBlocks`).
/// The page's meta tags (ArticleTitle, PubDate, ContentSource, Url) are kept.
///
/// ```swift
/// let document = try HTMLReader.read(data, path: "report.html")
/// document.tables.count // 3
/// ```
public enum HTMLReader {
    public static func read(_ data: Data, path: String) throws -> MarkupDocument {
        guard let (text, _) = HTMLDecoding.decode(data) else {
            throw WebReadError.undecodableHTML(path: path, declared: HTMLDecoding.declaredCharset(data))
        }
        guard let root = MarkupParser.html(text) else { throw ExtractionError.noText(path: path) }
        let article = HTMLArticle(root: root)
        let meta = meta(of: root)
        var title = article.title
        if title == nil, !article.opensWithTitle {
            title = meta.articleTitle ?? root.descendants("title").first.map(plainText).flatMap(titlePart)
        }
        return MarkupDocument(blocks: HTMLBlocks.blocks(of: article.body, title: title), meta: meta.isEmpty ? nil : meta)
    }

    /// ArticleTitle, PubDate, ContentSource and Url meta tags (any case of the name).
    static func meta(of root: MarkupElement) -> PageMeta {
        var meta = PageMeta()
        for tag in root.descendants("meta") {
            guard let name = tag.attributes["name"]?.lowercased(), let content = tag.attributes["content"]?
                .trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { continue }
            switch name {
            case "articletitle": meta.articleTitle = content
            case "pubdate": meta.publishedAt = content
            case "contentsource": meta.contentSource = content
            case "url": meta.url = content
            default: break
            }
        }
        return meta
    }

    /// The part of a `<title>` ("某局2023年政府信息公开工作年度报告_年报_某市人民政府") that names the report.
    static func titlePart(_ title: String) -> String? {
        title.split(whereSeparator: { "_|-—".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.contains(HTMLArticle.titleWord) }
    }

    static func plainText(_ element: MarkupElement) -> String {
        var line = InlineText()
        var stack: [MarkupNode] = element.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let t): line.append(t)
            case .element(let e): stack += e.children.reversed()
            }
        }
        return line.take()
    }
}
