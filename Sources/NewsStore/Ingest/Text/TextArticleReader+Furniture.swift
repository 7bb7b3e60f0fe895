/// Passes that find page furniture: galleries, controls, promos, file-name debris, repeated links.
extension TextArticleReader.Draft {
    private typealias Shapes = TextArticleReader

    /// Most lines one gallery slide can hold: caption, gallery label, caption again, control.
    private static let slideLineLimit = 8

    /// Each gallery slide ends in a counter ("3 of 17") or a caption control ("Hide Caption"). The
    /// lines just before it are the slide: its caption (printed once or twice), the gallery's label
    /// and controls. Captions are kept once each; the rest is furniture.
    mutating func markGallery() {
        for index in lines.indices where roles[index] == .text && isSlideEnd(index) {
            roles[index] = .furniture
            var slide: [Int] = []
            var previous = index - 1
            while previous >= 0, roles[previous] == .text, !Shapes.isCounter(lines[previous]),
                slide.count < Self.slideLineLimit
            {
                slide.insert(previous, at: 0)
                previous -= 1
            }
            markSlide(slide, endingAt: index)
        }
    }

    /// A counter, or a caption control with no counter right after it (that counter ends the slide).
    private func isSlideEnd(_ index: Int) -> Bool {
        if Shapes.isCounter(lines[index]) { return true }
        let bare = lines[index].lowercased()
        guard ["hide caption", "show caption", "toggle caption"].contains(bare) else { return false }
        guard let next = lines.indices[(index + 1)...].first(where: { !lines[$0].isEmpty }) else { return true }
        return !Shapes.isCounter(lines[next])
    }

    /// Sorts one slide's lines. When a caption is printed twice the slide starts at its first copy;
    /// otherwise only the line nearest the end is taken as the caption, so body text right above an
    /// odd counter is not swallowed.
    private mutating func markSlide(_ slide: [Int], endingAt slideEnd: Int) {
        var candidates: [Int] = []
        var hasGalleryMarks = false
        for index in slide {
            if Shapes.isInterfaceLabel(lines[index]) || Shapes.isGalleryLabel(lines[index]) {
                roles[index] = .furniture
                hasGalleryMarks = true
            } else {
                candidates.append(index)
            }
        }
        var seen: [String: Int] = [:]
        var firstRepeated: Int?
        for index in candidates {
            let key = lines[index]
            if let earlier = seen[key] {
                firstRepeated = min(firstRepeated ?? earlier, earlier)
            } else {
                seen[key] = index
            }
        }
        let captionLines: [Int]
        if let firstRepeated {
            captionLines = candidates.filter { $0 >= firstRepeated }
        } else if hasGalleryMarks || isInCounterSeries(slideEnd),
            let last = candidates.last, !Shapes.isHeadlineShaped(lines[last], maximumWords: 3)
        {
            captionLines = [last]
        } else {
            captionLines = []
        }
        for index in captionLines {
            roles[index] = .caption
            if !captions.contains(lines[index]) { captions.append(lines[index]) }
        }
    }

    /// True when the counter at `index` is one of several with the same total ("1 of 5", "2 of 5"):
    /// a lone "3 of 10" is no proof of a gallery, and the line above it may be article text.
    private func isInCounterSeries(_ index: Int) -> Bool {
        guard let total = Self.counterTotal(lines[index]) else { return false }
        return lines.indices.contains { $0 != index && Self.counterTotal(lines[$0]) == total }
    }

    private static func counterTotal(_ line: String) -> Substring? {
        guard Shapes.isCounter(line) else { return nil }
        return line.split(whereSeparator: { !$0.isNumber }).last
    }

    /// Counters, controls, share bars, gallery labels, promos and file-name runs, anywhere.
    mutating func markFurniture() {
        for index in lines.indices where roles[index] == .text {
            let line = lines[index]
            if Shapes.isCounter(line) || Shapes.isInterfaceLabel(line) || Shapes.isShareBar(line)
                || Shapes.isGalleryLabel(line) || Shapes.isPromo(line) || Shapes.isFileNameRun(line)
            {
                roles[index] = .furniture
            } else if Shapes.isCreditedCaption(line) {
                roles[index] = .caption
                if !captions.contains(line) { captions.append(line) }
            }
        }
    }

    /// After the title is chosen: link-like lines that repeat anywhere in the page, copies of the
    /// title, and neighbouring twin headlines ("… ISIS" then "… ISIS (Opinion)") are furniture.
    mutating func markRepeatedHeadlines() {
        let title = titleIndex.map { lines[$0] }
        var counts: [String: Int] = [:]
        for index in textIndices where Shapes.isHeadlineShaped(lines[index], maximumWords: 10) {
            counts[lines[index], default: 0] += 1
        }
        for index in textIndices where index != datelineIndex {
            let line = lines[index]
            if line == title || (counts[line] ?? 0) > 1 { roles[index] = .furniture }
        }

        let remaining = textIndices
        for (first, second) in zip(remaining, remaining.dropFirst()) {
            let onlyBlanksBetween = (first + 1..<second).allSatisfy { roles[$0] == .blank }
            guard onlyBlanksBetween, first != datelineIndex, second != datelineIndex,
                Shapes.areTwinHeadlines(lines[first], lines[second])
            else { continue }
            roles[first] = .furniture
            roles[second] = .furniture
        }
    }
}
