import Foundation

/// The end of a story: what a page prints after the last sentence of the article — "Tagged:",
/// "Related stories", a newsletter heading, "Last Modified: …", a copyright line — is left out.
///
/// Like jusText, which keeps a short paragraph only between story paragraphs, and trafilatura,
/// which drops link-heavy and boilerplate-shaped elements at the end of the main text: walking back
/// from the last block, a block is dropped while it is a *label* (a few words not ending as a
/// sentence ends: a heading with nothing to head, a date, a credit, "Sign up here"), a copyright
/// line or a short block that is mostly links. The walk stops at the first block that reads as a
/// sentence, so a story's own short closing lines ("He declined to comment.") stay, and so does a
/// list item without links. Nothing is dropped when the labels are a list the story ends with: more
/// than `maximumDropped` of them, or
/// announced by a sentence ending in a colon ("The line-ups:"); nor when the body would be left
/// near-empty.
enum StoryTail {
    /// Labels longer than this (characters, words) are kept: more likely text without a full stop.
    static let maximumLabelLength = 120
    static let maximumLabelWords = 10
    /// Copyright lines and link lists longer than this are kept.
    static let maximumBoilerplateLength = 200
    /// Short blocks with more link text than this share are dropped at the end.
    static let maximumLinkShare = 0.3
    /// More trailing labels than this are a list that belongs to the story (a line-up, a table).
    static let maximumDropped = 8
    /// A trim that leaves less text than this is not made.
    static let minimumKept = 250

    /// Characters that end a sentence (or a quotation or parenthesis closing one).
    private static let sentenceEnds: Set<Character> = [
        ".", "!", "?", "…", "\"", "”", "“", "»", "«", "’", "'", ")", "]", "。", "！", "？", "）", "」", "』", "】",
    ]

    /// The blocks without the boilerplate at their end.
    static func trimmed(_ blocks: [ParagraphCollector.Block]) -> [ParagraphCollector.Block] {
        var end = blocks.count
        while end > 1, isTailBoilerplate(blocks[end - 1]) { end -= 1 }
        guard end < blocks.count, blocks.count - end <= maximumDropped,
            !announcesList(blocks[end - 1].text),
            blocks[..<end].contains(where: { !isLabel($0.text) }),
            blocks[..<end].reduce(0, { $0 + $1.text.count }) >= minimumKept
        else { return blocks }
        return Array(blocks[..<end])
    }

    /// True for a block that ends a page rather than a story.
    static func isTailBoilerplate(_ block: ParagraphCollector.Block) -> Bool {
        let length = block.text.count
        // A list item of a few words without links is the story's own list ("Slotted classes save
        // memory"); "Tagged:" is not.
        let plainListItem =
            block.inListItem && block.linkShare <= maximumLinkShare && !block.text.hasSuffix(":")
            && block.text.split(separator: " ").count >= 3
        if length <= maximumLabelLength, !plainListItem, isLabel(block.text) { return true }
        guard length <= maximumBoilerplateLength else { return false }
        return block.linkShare > maximumLinkShare || isCopyrightLine(block.text)
    }

    /// True when the text is a few words that do not end as a sentence does (a sentence ending
    /// in a colon is no label: it announces what follows).
    static func isLabel(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return true }
        guard !sentenceEnds.contains(last), !announcesList(text) else { return false }
        return text.split(separator: " ").count <= maximumLabelWords
    }

    /// True for a sentence of five words or more ending in a colon.
    static func announcesList(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }), last == ":" || last == "：" else { return false }
        return text.split(separator: " ").count >= 5
    }

    /// True for "© 2020 …", "Copyright …", "All rights reserved." and the like.
    static func isCopyrightLine(_ text: String) -> Bool {
        if text.contains("©") { return true }
        let lower = text.lowercased()
        return lower.contains("copyright") || lower.contains("all rights reserved")
    }
}
