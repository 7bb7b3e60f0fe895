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

    /// The blocks judged to be story, in page order.
    static func storyBlocks(_ blocks: [ParagraphCollector.Block]) -> [ParagraphCollector.Block] {
        let kinds = blocks.map { kind(of: $0) }
        var keep = [Bool](repeating: false, count: blocks.count)
        for index in kinds.indices {
            switch kinds[index] {
            case .good:
                keep[index] = true
            case .bad:
                keep[index] = false
            case .nearGood:
                keep[index] = neighbour(of: index, in: kinds, step: -1) == .good
                    || neighbour(of: index, in: kinds, step: 1) == .good
            case .short:
                keep[index] = neighbour(of: index, in: kinds, step: -1) == .good
                    && neighbour(of: index, in: kinds, step: 1) == .good
            }
        }
        return zip(blocks, keep).filter(\.1).map(\.0)
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
