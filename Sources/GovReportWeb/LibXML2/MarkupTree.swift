/// A parsed markup element: name (lowercased for HTML; `prefix:name` for namespaced XML such as `w:p`),
/// attributes and children. Made by `MarkupParser`; no C type leaves that file.
final class MarkupElement {
    let name: String
    let attributes: [String: String]
    var children: [MarkupNode] = []

    init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

    /// The first child element named `name`.
    func child(_ name: String) -> MarkupElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// Child elements, in order.
    var elements: [MarkupElement] { children.compactMap { if case .element(let e) = $0 { return e } else { return nil } } }

    /// Every descendant element named `name`, in document order (an explicit stack: trees may be deep).
    func descendants(_ name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack: [MarkupElement] = [self]
        while let element = stack.popLast() {
            if element !== self, element.name == name { found.append(element) }
            stack.append(contentsOf: element.elements.reversed())
        }
        return found
    }
}

/// A child of an element: an element or a run of text.
enum MarkupNode {
    case element(MarkupElement)
    case text(String)
}
