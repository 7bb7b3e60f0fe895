import Foundation

/// The second opinion on a body that came out thin: every block of the page, kept or dropped by
/// its own length and link text and by its neighbours (jusText's paragraph classification, without
/// stop-word lists so that it reads every language alike).
///
/// A long block with little link text is story; a block of link text is navigation; a short block
/// (a subheading) or a middling one counts as story only next to story, so menus and footers that
/// stand apart are left out.
enum BodyFallback {
    /// How a block is judged before its neighbours are looked at.
    private enum Kind {
        case good, nearGood, short, bad
    }

    /// Blocks of at least this many characters with little link text are story on their own.
    static let goodLength = 200
    /// Blocks shorter than this are judged by their neighbours only.
    static let shortLength = 70
    /// Blocks with more link text than this share are navigation.
    static let maximumLinkShare = 0.25

    /// Chosen blocks shorter than this are no story at all (a footer, a caption, a teaser).
    static let nearEmpty = 250
    /// A near-empty choice is replaced only by at least this much story text.
    static let minimumReplacement = 400
    /// Dropped blocks allowed inside one run of story (an ad slot, an embed's caption).
    static let runGap = 3

    /// The story blocks that should replace a thin choice, or nil to keep it.
    ///
    /// A near-empty choice gives way to all of the page's story blocks when they hold at least
    /// `minimumReplacement` characters and twice its text. A longer one first to the run that holds
    /// it (the rest of a story cut by ads or boxes) when that run holds twice its text, else to all
    /// story blocks only when they hold three times its text.
    static func storyRun(_ page: [ParagraphCollector.Block], replacing chosen: [ParagraphCollector.Block])
        -> [ParagraphCollector.Block]?
    {
        let chosenLength = textLength(chosen)
        let story = storyBlocks(page)
        let storyLength = textLength(story)
        if chosenLength < nearEmpty {
            return storyLength >= max(minimumReplacement, 2 * chosenLength) ? story : nil
        }
        let chosenTexts = Set(chosen.map(\.text))
        if let run = storyRuns(page).first(where: { run in run.contains { chosenTexts.contains($0.text) } }),
            textLength(run) >= 2 * chosenLength
        {
            return run
        }
        // The choice is not part of any long run: only a page with far more story text outweighs it.
        return storyLength >= 3 * chosenLength ? story : nil
    }

    /// Characters of text in blocks that are not mostly links.
    static func textLength(_ blocks: [ParagraphCollector.Block]) -> Int {
        blocks.reduce(0) { $0 + ($1.linkShare <= 0.6 ? $1.text.count : 0) }
    }

    /// The page's story blocks grouped into runs: blocks kept with at most `runGap` dropped ones
    /// between them.
    static func storyRuns(_ blocks: [ParagraphCollector.Block]) -> [[ParagraphCollector.Block]] {
        let keep = storyMask(blocks)
        var runs: [[ParagraphCollector.Block]] = []
        var current: [ParagraphCollector.Block] = []
        var gap = 0
        for (block, kept) in zip(blocks, keep) {
            if kept {
                current.append(block)
                gap = 0
            } else if !current.isEmpty {
                gap += 1
                if gap > runGap {
                    runs.append(current)
                    current = []
                }
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The blocks judged to be story, in page order.
    static func storyBlocks(_ blocks: [ParagraphCollector.Block]) -> [ParagraphCollector.Block] {
        zip(blocks, storyMask(blocks)).filter(\.1).map(\.0)
    }

    /// For each block, whether it is judged to be story.
    private static func storyMask(_ blocks: [ParagraphCollector.Block]) -> [Bool] {
        let kinds = blocks.map { kind(of: $0) }
        var keep = [Bool](repeating: false, count: blocks.count)
        for index in kinds.indices {
            switch kinds[index] {
            case .good:
                keep[index] = true
            case .bad:
                keep[index] = false
            case .nearGood:
                let before = neighbour(of: index, in: kinds, step: -1)
                let after = neighbour(of: index, in: kinds, step: 1)
                keep[index] = before == .good || after == .good
            case .short:
                let before = neighbour(of: index, in: kinds, step: -1)
                let after = neighbour(of: index, in: kinds, step: 1)
                keep[index] = before == .good && after == .good
            }
        }
        return keep
    }

    private static func kind(of block: ParagraphCollector.Block) -> Kind {
        if block.linkShare > maximumLinkShare { return .bad }
        let length = block.text.count
        if length >= goodLength { return .good }
        if length < shortLength { return .short }
        return .nearGood
    }

    /// The nearest block in direction `step` that is not short, skipping short ones (as jusText
    /// does); `.bad` past either end.
    private static func neighbour(of index: Int, in kinds: [Kind], step: Int) -> Kind {
        var position = index + step
        while kinds.indices.contains(position) {
            if kinds[position] != .short { return kinds[position] == .nearGood ? .bad : kinds[position] }
            position += step
        }
        return .bad
    }
}
