import Foundation

extension HTMLNode {
    /// Elements that never have content.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen",
    ]

    /// Block elements whose start closes an open `<p>`, as browsers do.
    static let paragraphClosers: Set<String> = [
        "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "aside",
        "blockquote", "figure", "header", "footer", "nav", "form", "pre", "hr", "main", "address", "fieldset",
    ]

    /// Deepest nesting kept: deeper elements are attached flat to the deepest open one, so walks over
    /// the tree stay well inside the stack whatever the page does.
    static let maximumDepth = 160

    /// Folds tokens into a tree under a "#document" root. Tolerant like a browser, in miniature:
    /// an end tag closes the nearest open element of its name (and everything opened inside it) and
    /// is ignored when none is open; `<p>` and `<li>` close an open sibling of their kind.
    static func document(from tokens: [HTMLTokenizer.Token]) -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var stack = [root]
        for token in tokens {
            guard let top = stack.last else { break }
            switch token {
            case .text(let text):
                guard !text.isEmpty else { continue }
                if let last = top.children.last, last.isText {
                    last.text += text
                } else {
                    top.append(HTMLNode(name: "#text", text: text))
                }
            case .start(let name, let attributes, let selfClosing):
                var parent = top
                if paragraphClosers.contains(name) && parent.name == "p" || name == "li" && parent.name == "li"
                    || name == "option" && parent.name == "option"
                {
                    stack.removeLast()
                    parent = stack.last ?? root
                }
                let node = HTMLNode(name: name, attributes: attributes)
                parent.append(node)
                if !voidElements.contains(name), !selfClosing, stack.count < maximumDepth { stack.append(node) }
            case .end(let name):
                if let index = stack.lastIndex(where: { $0.name == name }), index > 0 {
                    stack.removeSubrange(index...)
                }
            }
        }
        return root
    }

    /// Parses page text into a tree.
    static func document(parsing text: String) -> HTMLNode {
        document(from: HTMLTokenizer.tokens(of: text))
    }
}
