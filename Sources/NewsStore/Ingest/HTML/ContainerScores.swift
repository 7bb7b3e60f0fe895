import Foundation

/// Scores elements by the text of their own paragraphs to find the one holding the story: the
/// `<article>` when there is one that holds the story, else the element whose direct `<p>` children
/// (and paragraph-like leaf blocks and long bare text) carry the most text.
struct ContainerScores {
    init(lenient: Bool) {
        self.lenient = lenient
    }

    private struct Stats {
        var length = 0
        var paragraphLength = 0
        var hasBlock = false
    }

    /// Judge only visibility, not furniture (see `HTMLNode.isFurniture(lenient:)`).
    let lenient: Bool
    private var best: (node: HTMLNode, score: Int, article: HTMLNode?)?
    private var bestArticle: (node: HTMLNode, paragraphLength: Int)?

    /// The element the body is read from; nil when the page has no text at all.
    var chosenContainer: HTMLNode? {
        guard let best else { return bestArticle?.node }
        if let article = best.article { return article }
        if let bestArticle, bestArticle.paragraphLength >= best.score { return bestArticle.node }
        return best.node
    }

    /// Walks the tree once, bottom-up, skipping furniture.
    mutating func visit(_ node: HTMLNode, article: HTMLNode?) -> Int {
        stats(of: node, article: article).length
    }

    private mutating func stats(of node: HTMLNode, article: HTMLNode?) -> Stats {
        var result = Stats()
        var score = 0
        let enclosingArticle = node.name == "article" ? node : article
        for child in node.children {
            if child.isText {
                let length = Self.visibleLength(child.text)
                result.length += length
                if length >= 30 { score += length }
                continue
            }
            guard !child.isFurniture(lenient: lenient) else { continue }
            let inner = stats(of: child, article: enclosingArticle)
            result.length += inner.length
            result.paragraphLength += inner.paragraphLength
            let isBlock = HTMLNode.blockElements.contains(child.name)
            if isBlock || inner.hasBlock { result.hasBlock = true }
            if child.name == "p" {
                score += inner.length
                result.paragraphLength += inner.length - inner.paragraphLength
            } else if !inner.hasBlock, child.name != "li", child.name != "a", inner.length >= 80 {
                score += inner.length
            }
        }
        if score > 0, score > (best?.score ?? 0) { best = (node, score, article) }
        if node.name == "article", result.paragraphLength > (bestArticle?.paragraphLength ?? 0) {
            bestArticle = (node, result.paragraphLength)
        }
        return result
    }

    /// Characters that are not white space (entities count as written; close enough for ranking).
    private static func visibleLength(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) }
    }
}
