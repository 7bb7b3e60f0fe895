import Foundation

/// Passes over the head of the page: dateline, highlights, stamps, byline, contributor note.
extension TextArticleReader.Draft {
    /// Finds the first paragraph that opens with a dateline ("(CNN)", "BAGHDAD, Iraq (Reuters) —")
    /// and records its source; the story starts there.
    mutating func findDateline() {
        for index in lines.indices where roles[index] == .text {
            // Only the opening can be a dateline; matching a short prefix keeps long paragraphs cheap.
            let line = lines[index]
            guard line.prefix(80).contains("("), let match = line.prefix(120).prefixMatch(of: Self.datelinePattern)
            else { continue }
            // The match is a slice of `line`, so its end is an index into `line`.
            let rest = line[match.output.0.endIndex...]
            let outlet = String(match.outlet)
            let isKnown = BylineParser.outlets.contains { $0.lowercased() == outlet.lowercased() }
            // "The Sri Lankan Navy (SLN) took…" is a sentence with an acronym, not a dateline: an
            // unknown outlet needs its place in capitals ("COLOMBO (SLN) —") or no place at all.
            guard isKnown || (Self.isCapitalsAcronym(outlet) && Self.isCapitalsPlace(match.place)) else { continue }
            if let place = match.place, !Self.isPlaceName(place) { continue }
            datelineIndex = index
            datelineText = String(rest)
            source = BylineParser.outlets.first { $0.lowercased() == outlet.lowercased() } ?? outlet
            return
        }
    }

    /// An optional place of a few words, an outlet in brackets, an optional dash, and text must follow.
    private static var datelinePattern: Regex<(Substring, place: Substring?, outlet: Substring)> {
        #/(?:(?<place>[^\s()][^()]{0,60}?),? )?\((?<outlet>[A-Za-z][A-Za-z.& ]{0,30})\)\s*(?:(?:--|[-–—:])\s*)?(?=["“'‘\p{L}\p{N}])/#
    }

    /// "(UPI)", "(KTLA)": a short name in capitals; not "(Opinion)".
    private static func isCapitalsAcronym(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return (2...10).contains(letters.count) && letters.allSatisfy(\.isUppercase)
    }

    /// "BAGHDAD, Iraq", "Washington", "دمشق، سوريا": up to five words, starting with a capital (or a
    /// letter of a script without case), and not "The …" — that is the start of a sentence.
    private static func isPlaceName(_ place: Substring) -> Bool {
        guard let first = place.first, first.isLetter, !first.isLowercase, !place.contains(where: \.isNumber),
            place.split(separator: " ").count <= 5
        else { return false }
        return !(place.hasPrefix("The ") || place.hasPrefix("A ") || place.hasPrefix("An "))
    }

    /// No place, or one whose first part is in capitals ("COLOMBO, Sri Lanka").
    private static func isCapitalsPlace(_ place: Substring?) -> Bool {
        guard let place else { return true }
        let head = place.prefix { $0 != "," }.filter(\.isLetter)
        return !head.isEmpty && head.allSatisfy(\.isUppercase)
    }

    /// "Story highlights" followed by bullets: the bullets, without their bullet, are highlights.
    mutating func markHighlights() {
        for index in lines.indices where roles[index] == .text && Self.isHighlightsHeader(lines[index]) {
            var next = index + 1
            var found: [Int] = []
            while next < lines.count,
                roles[next] == .blank || (roles[next] == .text && Self.bulletText(lines[next]) != nil)
            {
                if roles[next] == .text { found.append(next) }
                next += 1
            }
            guard !found.isEmpty else { continue }
            roles[index] = .furniture
            for bullet in found {
                roles[bullet] = .highlight
                if let text = Self.bulletText(lines[bullet]) { highlights.append(text) }
            }
        }
    }

    private static func isHighlightsHeader(_ line: String) -> Bool {
        let lowered = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        return ["story highlights", "highlights", "key points", "what you need to know", "in brief", "at a glance"]
            .contains(lowered)
    }

    /// The text of a bullet line ("• Bergen: Not all …" → "Bergen: Not all …"), nil for other lines.
    static func bulletText(_ line: String) -> String? {
        guard let first = line.unicodeScalars.first, "•·▪●◦‣–-*".unicodeScalars.contains(first) else { return nil }
        let text = String(line.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
        // "-5 degrees" or "--" is not a bullet: a bullet is followed by a space and words.
        guard line.unicodeScalars.dropFirst().first == " ", !text.isEmpty else { return nil }
        return text
    }

    /// Stamps ("Updated 1:01 PM ET, …", "date 2016-10-17 …", "Minneapolis | October 7, 2010") and the
    /// first byline in the head of the page.
    mutating func markMetadata() {
        let parser = PublicationDateParser()
        let bylines = BylineParser()
        for index in 0..<headEnd where roles[index] == .text {
            let line = lines[index]
            if let stamp = Self.stamp(in: line, parser: parser) {
                roles[index] = .stamp
                if stamp.isUpdate {
                    if updated == nil { updated = stamp }
                } else if published == nil {
                    published = stamp
                }
            } else if bylineText == nil, bylines.isBylineLine(line) {
                let people = bylines.parse(line)
                guard !people.isEmpty else { continue }
                roles[index] = .byline
                bylineText = line
                authors = people
            }
        }
    }

    /// A stamp that is the whole line, a labelled stamp followed by other words ("date 2016-10-17
    /// Breaking News"), or one part of a short line split by bars.
    private static func stamp(in line: String, parser: PublicationDateParser) -> PublicationDateParser.Stamp? {
        if let stamp = parser.parse(line) { return stamp }
        let parts = TextArticleReader.words(line)
        let lowered = line.lowercased()
        let labels = ["date ", "published ", "updated ", "posted ", "last updated ", "first published "]
        if labels.contains(where: { lowered.hasPrefix($0) }) {
            for count in stride(from: parts.count - 1, through: 2, by: -1) {
                if let stamp = parser.parse(parts.prefix(count).joined(separator: " ")) { return stamp }
            }
        }
        guard parts.count <= 12, line.contains(" | ") else { return nil }
        return line.components(separatedBy: " | ").lazy.compactMap { parser.parse($0) }.first
    }

    /// Drops a contributor note in the head of the page (before the dateline) or at its end.
    mutating func markContributorNotes() {
        let candidates = textIndices
        for index in candidates where index < headEnd || index == candidates.last {
            if index != datelineIndex, TextArticleReader.isContributorNote(lines[index]) {
                roles[index] = .furniture
            }
        }
    }
}
