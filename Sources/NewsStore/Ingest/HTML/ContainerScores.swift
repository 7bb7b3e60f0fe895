import Foundation

/// Scores elements by the text of their paragraphs to find the one holding the story, in one
/// bottom-up walk (readability's candidate scoring, in our own terms).
///
/// An element's own text is the text of its direct `<p>` children, paragraph-like leaf blocks and
/// long bare text. Its candidate score adds half of its children's own text (so a story whose every
/// paragraph sits in its own wrapper `<div>` still scores at the wrapper's parent) and is cut by the
/// share of link text (a list of other stories scores low). The `<article>` holding the best
/// candidate is preferred when there is one; the chosen element's siblings that score well join it
/// (a story split by ads, embeds or "read more" boxes).
struct ContainerScores {
    init(lenient: Bool) {
        self.lenient = lenient
    }

    /// What the walk learns about one element.
    struct NodeScore {
        var parent: HTMLNode?
        /// Text of the element's own paragraphs (see the type's summary).
        var own = 0
        /// Candidate score: own text, half the children's, cut by the link share.
        var score = 0.0
        /// Visible characters below, and those inside links.
        var length = 0
        var linkLength = 0
        /// Own text of this element and every element below it.
        var ownTotal = 0
        /// Characters in `<p>` elements below (used to prefer an `<article>`).
        var paragraphLength = 0
        var hasBlock = false
        /// The element or one below it is named as a story's text ("post-body", "entry-content").
        var holdsStoryText = false

        var linkShare: Double { Double(linkLength) / Double(max(length, 1)) }
    }

    /// Judge only visibility, not furniture (see `HTMLNode.isFurniture(lenient:)`).
    let lenient: Bool
    private var scores: [ObjectIdentifier: NodeScore] = [:]
    private var best: (node: HTMLNode, score: Double, article: HTMLNode?)?
    private var bestArticle: (node: HTMLNode, paragraphLength: Int)?
    /// Blocks whose class reads as furniture but that hold a story's worth of plain paragraphs
    /// ("sticky-sidebar-layout" around the story): read like any other block.
    private(set) var rescued: Set<ObjectIdentifier> = []
    /// Paragraph text on the whole page outside furniture: the yardstick for a thin choice.
    private(set) var pageText = 0

    /// The element the body is read from; nil when the page has no text at all.
    var chosenContainer: HTMLNode? {
        guard let best else { return bestArticle?.node }
        if let article = best.article { return article }
        if let bestArticle, Double(bestArticle.paragraphLength) >= best.score { return bestArticle.node }
        return best.node
    }

    /// The chosen element with the siblings that belong to the same story, in page order: a
    /// sibling with little link text scoring at least a fifth of the chosen one when built alike,
    /// half of it otherwise, or a plain paragraph of a sentence or more without links (readability's
    /// sibling rule).
    var chosenBlocks: [HTMLNode] {
        guard let chosen = chosenContainer else { return [] }
        guard let own = scores[ObjectIdentifier(chosen)], let parent = own.parent,
            parent.name != "#document"
        else { return [chosen] }
        var result: [HTMLNode] = []
        for sibling in parent.children where !sibling.isText {
            if sibling === chosen {
                result.append(sibling)
                continue
            }
            guard let score = scores[ObjectIdentifier(sibling)], score.length > 0,
                !sibling.isFurniture(lenient: lenient) || rescued.contains(ObjectIdentifier(sibling))
            else { continue }
            // A sibling built like the chosen element (same name and class: the next part of the
            // story) joins on a fifth of its score; another box needs half.
            let alike = sibling.name == chosen.name && sibling["class"] != nil && sibling["class"] == chosen["class"]
            let threshold = max(100, own.score * (alike ? 0.2 : 0.5))
            if score.score >= threshold, score.linkShare < 0.3 {
                result.append(sibling)
            } else if sibling.name == "p", score.length >= 80, score.linkShare < 0.25 {
                result.append(sibling)
            }
        }
        return result
    }

    /// Walks the tree once, bottom-up, skipping furniture.
    mutating func visit(_ document: HTMLNode) {
        _ = stats(of: document, parent: nil, article: nil)
    }

    private mutating func stats(of node: HTMLNode, parent: HTMLNode?, article: HTMLNode?) -> NodeScore {
        var result = NodeScore(parent: parent)
        var childOwn = 0
        let enclosingArticle = node.name == "article" ? node : article
        for child in node.children {
            if child.isText {
                let length = Self.visibleLength(child.text)
                result.length += length
                if node.name == "a" { result.linkLength += length }
                if length >= 30 { result.own += length }
                continue
            }
            var inner: NodeScore
            if child.isFurniture(lenient: lenient) {
                guard let kept = rescuedStats(of: child, parent: node, article: enclosingArticle) else { continue }
                inner = kept
            } else {
                inner = stats(of: child, parent: node, article: enclosingArticle)
            }
            if child.name == "a" { inner.linkLength = inner.length }
            result.length += inner.length
            result.linkLength += inner.linkLength
            result.paragraphLength += inner.paragraphLength
            childOwn += inner.own
            result.ownTotal += inner.ownTotal
            if inner.holdsStoryText { result.holdsStoryText = true }
            let isBlock = HTMLNode.blockElements.contains(child.name)
            if isBlock || inner.hasBlock { result.hasBlock = true }
            if child.name == "p" {
                let plain = inner.length - inner.linkLength
                result.own += plain
                result.paragraphLength += inner.length - inner.paragraphLength
            } else if !inner.hasBlock, child.name != "li", child.name != "a", inner.length >= 80 {
                result.own += inner.length - inner.linkLength
            }
        }
        pageText += result.own
        result.ownTotal += result.own
        if !result.holdsStoryText, node.namesStoryText { result.holdsStoryText = true }
        result.score = (Double(result.own) + Double(childOwn) / 2) * (1 - result.linkShare)
        scores[ObjectIdentifier(node)] = result
        if result.score > 0, result.score > (best?.score ?? 0) { best = (node, result.score, article) }
        if node.name == "article", result.paragraphLength > (bestArticle?.paragraphLength ?? 0) {
            bestArticle = (node, result.paragraphLength)
        }
        return result
    }

    /// The stats of a block dropped for its class words, when it holds a story's worth of plain
    /// paragraphs after all (a thousand characters, two fifths of its text) or the element the page
    /// names as a story's text with some text in it (Blogger's `widget Blog` around `post-body`);
    /// nil (and the block stays dropped) otherwise. Elements that are
    /// furniture by name or hidden, and boxes named for what they hold (sharing, related links,
    /// promotions, comments), are never rescued.
    private mutating func rescuedStats(of node: HTMLNode, parent: HTMLNode, article: HTMLNode?) -> NodeScore? {
        guard !HTMLNode.furnitureElements.contains(node.name), !node.isHidden,
            node.furnitureClassWords.isSubset(of: HTMLNode.layoutFurnitureWords)
        else { return nil }
        let savedBest = best
        let savedArticle = bestArticle
        let savedPage = pageText
        let inner = stats(of: node, parent: parent, article: article)
        let storyWorth = inner.ownTotal >= 1_000 && 5 * inner.ownTotal >= 2 * inner.length
        guard storyWorth || (inner.holdsStoryText && inner.ownTotal >= Self.minimumNamedStory) else {
            best = savedBest
            bestArticle = savedArticle
            pageText = savedPage
            return nil
        }
        rescued.insert(ObjectIdentifier(node))
        return inner
    }

    /// Own text needed to read a furniture-classed block for the story text it names.
    static let minimumNamedStory = 100

    /// Characters that are not white space (entities count as written; close enough for ranking).
    private static func visibleLength(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) }
    }
}
