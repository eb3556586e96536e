import Foundation
internal import CLibXML2

/// Parses HTML (libxml2's HTML parser, which reads tag soup as browsers do: missing end tags, stray
/// `</td>`, unquoted attributes) and XML (libxml2's XML parser, for a Word file's parts) into `MarkupElement`
/// trees. The only file that calls libxml2.
enum MarkupParser {
    /// Elements nested deeper than this are not kept as elements: their text goes to the ancestor at this
    /// depth. Real pages nest a few dozen levels; this keeps every walk over the tree shallow.
    static let maximumDepth = 256

    /// Parses an HTML document given as text (already decoded: the parser is told it is UTF-8).
    /// The corresponding C function is `htmlReadMemory`; the document is freed with `xmlFreeDoc`.
    static func html(_ text: String) -> MarkupElement? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count - 1), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return tree(document, lowercased: true)
    }

    /// Parses an XML document (no network, no entity expansion beyond the predefined ones).
    /// The corresponding C function is `xmlReadMemory`; nil when the bytes are not well-formed XML.
    static func xml(_ data: Data) -> MarkupElement? {
        guard data.count < Int(Int32.max) else { return nil }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NOCDATA.rawValue)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
            return xmlReadMemory(base, Int32(raw.count), nil, nil, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return tree(document, lowercased: false)
    }

    /// Copies the document's tree into Swift values, breadth of each level kept, depth capped.
    private static func tree(_ document: xmlDocPtr, lowercased: Bool) -> MarkupElement? {
        let root = MarkupElement(name: "#document", attributes: [:])
        // (C node whose children to copy, element receiving them, depth)
        var stack: [(xmlNodePtr?, MarkupElement, Int)] = [(document.pointee.children, root, 0)]
        while let (first, parent, depth) = stack.popLast() {
            var node = first
            while let current = node {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    if depth >= maximumDepth {
                        stack.append((current.pointee.children, parent, depth))
                    } else {
                        let element = MarkupElement(name: name(of: current, lowercased: lowercased),
                                                    attributes: attributes(of: current, lowercased: lowercased))
                        parent.children.append(.element(element))
                        stack.append((current.pointee.children, element, depth + 1))
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { parent.children.append(.text(String(cString: content))) }
                default:
                    break
                }
                node = current.pointee.next
            }
        }
        return root
    }

    private static func name(of node: xmlNodePtr, lowercased: Bool) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        if let prefix = node.pointee.ns?.pointee.prefix { return String(cString: prefix) + ":" + local }
        return lowercased ? local.lowercased() : local
    }

    private static func attributes(of node: xmlNodePtr, lowercased: Bool) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var key = current.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = current.pointee.ns?.pointee.prefix { key = String(cString: prefix) + ":" + key }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result[lowercased ? key.lowercased() : key] = value
            attribute = current.pointee.next
        }
        return result
    }
}
