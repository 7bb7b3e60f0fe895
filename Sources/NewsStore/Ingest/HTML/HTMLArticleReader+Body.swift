import Foundation

extension HTMLArticleReader {
    /// Finds the element holding the story and reads it into paragraphs, captions and a byline.
    struct BodyExtraction {
        /// Figure captions in the story, each once.
        private(set) var captions: [String] = []
        /// A visible byline ("By Jane Doe"), when the page prints one.
        private(set) var bylineText: String?
        private var blocks: [ParagraphCollector.Block] = []

        init(document: HTMLNode, lenient: Bool = false) {
            var scores = ContainerScores(lenient: lenient)
            scores.visit(document)
            let chosen = scores.chosenBlocks
            var collector = ParagraphCollector(lenient: lenient, rescued: scores.rescued)
            collector.render(chosen.isEmpty ? [document] : chosen)
            captions = collector.captions
            blocks = collector.blocks
            if Self.isThin(blocks, pageText: scores.pageText) {
                // A footer, caption or teaser chosen although the page has more text: take the
                // page's best run of story-like paragraphs when it says clearly more.
                var page = ParagraphCollector(lenient: lenient, rescued: scores.rescued)
                page.render(document)
                if let run = BodyFallback.storyRun(page.blocks, replacing: blocks) {
                    blocks = run
                    captions = page.captions
                }
            }
            bylineText = Self.markedByline(in: document)
        }

        /// True when the chosen blocks hold little text of their own or much less than the page's
        /// paragraphs.
        private static func isThin(_ blocks: [ParagraphCollector.Block], pageText: Int) -> Bool {
            let length = BodyFallback.textLength(blocks)
            return length < 1_000 || 3 * length < pageText
        }

        /// The body paragraphs: the story's blocks without the headline, a byline line (kept as
        /// `bylineText`), blocks that are mostly link text (lists of other stories) and what the
        /// page prints after the story's last sentence (`StoryTail`).
        mutating func paragraphs(droppingTitle title: String?) -> [String] {
            var result: [ParagraphCollector.Block] = []
            let parser = BylineParser()
            for (index, block) in blocks.enumerated() {
                guard block.linkShare <= 0.6 || block.text.count > 300 else { continue }
                if let title, result.isEmpty, block.text.caseInsensitiveCompare(title) == .orderedSame { continue }
                if index < 8, block.text.count <= 120, parser.isBylineLine(block.text) {
                    if bylineText == nil { bylineText = block.text }
                    continue
                }
                result.append(block)
            }
            return StoryTail.trimmed(result).map(\.text)
        }

        /// A short element the page marks as the byline or author ("byline" or "author" in its class or
        /// id, `rel="author"`, `itemprop="author"`) whose text reads as a byline or a name.
        private static func markedByline(in document: HTMLNode) -> String? {
            let parser = BylineParser()
            for node in document.descendants(named: ["div", "span", "p", "a", "address", "li"]) {
                let marks = HTMLNode.classWords(of: node)
                guard
                    marks.contains("byline") || marks.contains("author") || node["rel"] == "author"
                        || node["itemprop"] == "author"
                else { continue }
                let text = node.plainText
                guard !text.isEmpty, text.split(separator: " ").count <= 15 else { continue }
                if parser.isBylineLine(text) { return text }
                if text.split(separator: " ").count >= 2, BylineParser.looksLikeName(text) { return text }
            }
            return nil
        }
    }
}
