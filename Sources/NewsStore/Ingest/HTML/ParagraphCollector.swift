import Foundation

/// Renders an element into paragraphs: a block element or two `<br>` in a row end a paragraph, one
/// `<br>` is a space; furniture is skipped and `<figcaption>` text goes to the captions.
struct ParagraphCollector {
    /// One paragraph, how much of its text is link text, and whether it is (in) a list item.
    struct Block {
        var text: String
        var linkShare: Double
        var inListItem = false
    }

    /// Judge only visibility, not furniture (see `HTMLNode.isFurniture(lenient:)`).
    let lenient: Bool
    /// Blocks read although their class reads as furniture (see `ContainerScores.rescued`).
    let rescued: Set<ObjectIdentifier>
    private(set) var blocks: [Block] = []
    private(set) var captions: [String] = []
    private var parts: [String] = []
    private var characters = 0
    private var linkCharacters = 0
    private var pendingBreaks = 0
    private var listItemDepth = 0

    init(lenient: Bool, rescued: Set<ObjectIdentifier> = []) {
        self.lenient = lenient
        self.rescued = rescued
    }

    mutating func render(_ node: HTMLNode) {
        walk(node, inLink: false)
        finishParagraph()
    }

    /// Renders several elements in turn, each ending a paragraph.
    mutating func render(_ nodes: [HTMLNode]) {
        for node in nodes { render(node) }
    }

    private mutating func walk(_ node: HTMLNode, inLink: Bool) {
        for child in node.children {
            if child.isText {
                add(child.text, inLink: inLink)
                continue
            }
            guard !child.isFurniture(lenient: lenient) || rescued.contains(ObjectIdentifier(child)) else { continue }
            switch child.name {
            case "br":
                if !parts.isEmpty { pendingBreaks += 1 }
            case "figcaption":
                let caption = child.plainText
                if !caption.isEmpty, !captions.contains(caption) { captions.append(caption) }
            default:
                let isBlock = HTMLNode.blockElements.contains(child.name)
                if isBlock { finishParagraph() }
                if child.name == "li" { listItemDepth += 1 }
                walk(child, inLink: inLink || child.name == "a")
                if isBlock { finishParagraph() }
                if child.name == "li" { listItemDepth -= 1 }
            }
        }
    }

    private mutating func add(_ text: String, inLink: Bool) {
        let length = text.utf8.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) }
        guard length > 0 else {
            if !parts.isEmpty { parts.append(" ") }
            return
        }
        if pendingBreaks >= 2 {
            finishParagraph()
        } else if pendingBreaks == 1 {
            parts.append(" ")
        }
        pendingBreaks = 0
        parts.append(text)
        characters += length
        if inLink { linkCharacters += length }
    }

    private mutating func finishParagraph() {
        defer {
            parts = []
            characters = 0
            linkCharacters = 0
            pendingBreaks = 0
        }
        guard !parts.isEmpty else { return }
        let text = TextArticleReader.cleanLine(HTMLEntities.decode(parts.joined()))
        guard !text.isEmpty else { return }
        blocks.append(
            Block(
                text: text, linkShare: Double(linkCharacters) / Double(max(characters, 1)),
                inListItem: listItemDepth > 0))
    }
}
