import Foundation

/// A node of the page tree the tokenizer's tokens are folded into: an element with attributes and
/// children, or a run of text. A class because children point back to nothing and the tree is built
/// by appending to open elements; it is not `Sendable` and never leaves the reader.
final class HTMLNode {
    /// The lower-cased element name; "#text" for text and "#document" for the root.
    let name: String
    let attributes: [String: String]
    /// The text of a text node, entities still encoded.
    var text: String
    private(set) var children: [HTMLNode] = []

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    var isText: Bool { name == "#text" }

    func append(_ child: HTMLNode) {
        children.append(child)
    }

    /// The element's own attribute, nil when absent.
    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every element below this one, depth first in document order (the tree is depth-limited, so
    /// the recursion is bounded).
    func descendants(named names: Set<String>) -> [HTMLNode] {
        var found: [HTMLNode] = []
        collect(names, into: &found)
        return found
    }

    private func collect(_ names: Set<String>, into found: inout [HTMLNode]) {
        for child in children where !child.isText {
            if names.contains(child.name) { found.append(child) }
            child.collect(names, into: &found)
        }
    }

    /// The text below this node with entities decoded and whitespace collapsed, skipping raw-text
    /// elements other than `title`.
    var plainText: String {
        var parts: [String] = []
        gatherText(into: &parts)
        return TextArticleReader.cleanLine(HTMLEntities.decode(parts.joined(separator: " ")))
    }

    private func gatherText(into parts: inout [String]) {
        for child in children {
            if child.isText {
                parts.append(child.text)
            } else if !["script", "style", "noscript", "template"].contains(child.name) {
                child.gatherText(into: &parts)
            }
        }
    }
}
