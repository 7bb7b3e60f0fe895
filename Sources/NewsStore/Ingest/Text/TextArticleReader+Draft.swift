import Foundation

extension TextArticleReader {
    /// The article while it is being read: its lines, what each line has been recognised as, and
    /// what has been collected so far. Passes mark lines; a line is marked once, by the first
    /// pass that recognises it.
    struct Draft {
        /// What a line turned out to be.
        enum Role: Equatable {
            /// Not recognised yet: article text unless a later pass says otherwise.
            case text
            case blank
            case title
            case byline
            case stamp
            case highlight
            case caption
            /// Page furniture, dropped.
            case furniture
        }

        let lines: [String]
        var roles: [Role]
        var captions: [String] = []
        var highlights: [String] = []
        var bylineText: String?
        var authors: [Byline] = []
        var published: PublicationDateParser.Stamp?
        var updated: PublicationDateParser.Stamp?
        /// The line holding "(CNN)" or "WASHINGTON (Reuters) —": the story starts there.
        var datelineIndex: Int?
        /// That line without its dateline.
        var datelineText: String?
        var source: String?
        var titleIndex: Int?

        init(lines: [String]) {
            self.lines = lines
            self.roles = lines.map { $0.isEmpty ? .blank : .text }
        }

        /// Lines before this index are the page head, where stamps and the byline are looked for.
        var headEnd: Int {
            if let datelineIndex { return datelineIndex }
            var seen = 0
            for (index, line) in lines.enumerated() where !line.isEmpty {
                seen += 1
                if seen > 10 { return index }
            }
            return lines.count
        }

        /// The text of line `index` as the body would use it.
        func bodyText(at index: Int) -> String {
            index == datelineIndex ? (datelineText ?? lines[index]) : lines[index]
        }

        /// Indices of lines still unrecognised.
        var textIndices: [Int] { roles.indices.filter { roles[$0] == .text } }

        /// Picks the title (see `TextArticleReader`) and returns it; nil when no text is left.
        mutating func chooseTitle() -> String? {
            let candidates = textIndices
            guard let first = candidates.first else { return nil }
            let line = bodyText(at: first)
            // The dateline paragraph is the story itself, never a headline of its own.
            if first != datelineIndex, candidates.count > 1, TextArticleReader.isTitleShaped(line) {
                roles[first] = .title
                titleIndex = first
                return TextArticleReader.withoutMediaLabel(line)
            }
            return TextArticleReader.headlineStart(of: line)
        }

        /// The body: unrecognised lines from the dateline on (or from the top when there is none).
        func bodyParagraphs() -> [String] {
            let start = datelineIndex ?? 0
            return roles.indices.filter { $0 >= start && roles[$0] == .text }.map(bodyText(at:))
                .filter { !$0.isEmpty }
        }
    }

    /// A headline: at most 25 words and not a sentence ending in a period.
    static func isTitleShaped(_ line: String) -> Bool {
        let count = words(line).count
        guard count > 0, count <= 25 else { return false }
        let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’) "))
        return !(trimmed.hasSuffix(".") && !trimmed.hasSuffix("..."))
    }

    /// "VIDEO: Indonesia's super rich…" → "Indonesia's super rich…": a media label in capitals is
    /// not part of the headline.
    static func withoutMediaLabel(_ line: String) -> String {
        guard let match = line.prefixMatch(of: #/(?:VIDEO|WATCH|PHOTOS?|LIVE|BREAKING|AUDIO|LISTEN)\s*:\s+/#),
            match.output.endIndex < line.endIndex
        else { return line }
        return String(line[match.output.endIndex...])
    }

    /// The headline-ish start of running text: up to the first sentence end, at most
    /// `titleWordLimit` words, with "…" when cut.
    static func headlineStart(of line: String) -> String {
        let text = withoutMediaLabel(line)
        let sentence = SentenceSplitter().sentences(in: text).first?.text ?? text
        let parts = words(sentence)
        guard parts.count > titleWordLimit else { return sentence }
        let cut = parts.prefix(titleWordLimit).joined(separator: " ")
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: ",;:-–— ")) + "…"
    }
}
