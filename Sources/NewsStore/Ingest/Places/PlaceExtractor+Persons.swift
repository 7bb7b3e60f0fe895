extension PlaceExtractor {
    /// Verbs of speech: the capitalised word just before or after one is a speaker, not a place
    /// ("Tillerson said", "said Haley.").
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "wrote", "tweeted", "argued", "explained", "noted", "warned", "insisted",
        "replied", "recalled", "asked", "stressed",
    ]

    /// Folded forms of the last word of a person's name ("al-Abadi" → "al abadi", "abadi").
    func nameKeys(lastWordOf name: String) -> [String] {
        guard let last = name.split(separator: " ").last else { return [] }
        let key = PlaceNameKey.fold(String(last))
        return [key, PlaceNameKey.withoutArticle(key)].compactMap { $0 }
    }

    /// A name a reader takes for a place on its own: a country, a region or state, a people, or a
    /// city of 100,000 or more ("Jordan", "Georgia", "Charlotte").
    func isWellKnownPlace(_ key: String) -> Bool {
        if index.regions[key] != nil || index.demonyms[key] != nil { return true }
        return index.candidates(forKey: key).contains { $0.kind == .country || ($0.population ?? 0) >= 100_000 }
    }

    /// Words that belong to person names: after a title ("Lt. Gen. Stephen Townsend", "Prime
    /// Minister Haider al-Abadi"), or a given name and what follows ("Donald Trump"). Their last
    /// words are added to `surnames`, so "Trump" alone is not a place either. In a Title-Case line
    /// a name is one word after its title or given name, and a place there is never a surname
    /// ("President Visits Charlotte" must not hide Charlotte for the whole article).
    func personTokens(
        in tokens: [PlaceToken], scalars: [Unicode.Scalar], titleCase: Set<Int>, surnames: inout Set<String>
    ) -> Set<Int> {
        var persons: Set<Int> = []
        var position = 0
        while position < tokens.count {
            let key = tokens[position].key
            // The flags first: most words are lowercase, and then neither table is asked.
            let isTitle = tokens[position].isCapitalised && PlaceVocabulary.titles.contains(key)
            let isGiven =
                tokens[position].isCapitalised && !tokens[position].isAllCaps
                && PlaceVocabulary.givenNames.contains(key)
            guard isTitle || isGiven, position + 1 < tokens.count, tokens[position + 1].isCapitalised,
                tokens[position + 1].gapBefore == " " || (isTitle && tokens[position + 1].gapBefore == ". ")
            else {
                position += 1
                continue
            }
            if isGiven && !isTitle {
                // "Abu Dhabi" is a place, "Abu Bakr" a person.
                let pair = PlaceExtractor.key(of: tokens[position..<position + 2], scalars: scalars)
                if !index.candidates(forKey: pair).isEmpty || !isPersonAfterGivenName(tokens, position) {
                    position += 1
                    continue
                }
                persons.insert(position)
            }
            let inTitleCase = titleCase.contains(position)
            var next = position + 1
            var last: Int?
            while next < tokens.count, tokens[next].isCapitalised, !tokens[next].isAllCaps {
                let gap = tokens[next].gapBefore
                let previousIsTitle = PlaceVocabulary.titles.contains(tokens[next - 1].key)
                guard gap == " " || (previousIsTitle && gap == ". ") else { break }
                if !PlaceVocabulary.titles.contains(tokens[next].key) {
                    persons.insert(next)
                    last = next
                    if inTitleCase { break }
                }
                next += 1
            }
            if let last, !(inTitleCase && isWellKnownPlace(tokens[last].key)) {
                surnames.formUnion(nameKeys(lastWordOf: tokens[last].text))
            }
            position = next
        }
        return persons
    }

    /// Whether the given name at `position` starts a person's name. A given name that is also a
    /// well-known place ("Jordan", "Victoria") or, opening a sentence, an ordinary word ("Will",
    /// "Mark") does only when the next word is no place, ordinary word or institution word:
    /// "Jordan Spieth", but "Jordan Valley", "Victoria Falls", "Will Iraq".
    private func isPersonAfterGivenName(_ tokens: [PlaceToken], _ position: Int) -> Bool {
        let key = tokens[position].key
        let nextKey = tokens[position + 1].key
        if index.regions[nextKey] != nil || index.demonyms[nextKey] != nil { return false }
        // Gazetteer look-ups build entries: one per word, and only when needed (import speed).
        let nextMatches = index.candidates(forKey: nextKey)
        if tokens[position + 1].isAllCaps && !nextMatches.isEmpty { return false }
        if nextMatches.contains(where: { $0.kind == .country }) { return false }
        let ambiguous =
            (tokens[position].isSentenceStart && index.englishWords.contains(key)) || isWellKnownPlace(key)
        guard ambiguous else { return true }
        return nextMatches.isEmpty && !index.englishWords.contains(nextKey)
            && !index.commonWords.contains(nextKey) && !PlaceVocabulary.institutionWords.contains(nextKey)
    }

    /// One capitalised word right before or after a verb of speech ("Tillerson said", "said
    /// Haley,"): a person, unless it is a country, a region, a people or a large city ("Iraq
    /// said", "Moscow warned"). Its key joins `surnames`.
    func speakerTokens(in tokens: [PlaceToken], surnames: inout Set<String>) -> Set<Int> {
        var speakers: Set<Int> = []
        for position in tokens.indices where tokens[position].isCapitalised && !tokens[position].isAllCaps {
            // The verbs are lower-case words: test the neighbours' text before folding anything.
            let verbAfter = position + 1 < tokens.count && Self.speechVerbs.contains(tokens[position + 1].text)
            let verbBefore = position > 0 && Self.speechVerbs.contains(tokens[position - 1].text)
            guard verbAfter || verbBefore else { continue }
            let key = tokens[position].key
            let before = position > 0 && tokens[position].gapBefore == " " && tokens[position - 1].isCapitalised
            let after = position + 1 < tokens.count && tokens[position + 1].gapBefore == " "
            let saysAfter =
                after && Self.speechVerbs.contains(tokens[position + 1].key)
                && !tokens[position + 1].isCapitalised
            let saidBefore =
                position > 0 && tokens[position].gapBefore == " "
                && Self.speechVerbs.contains(tokens[position - 1].key)
                && !tokens[position - 1].isCapitalised && !(after && tokens[position + 1].isCapitalised)
            // A lone word: "Tillerson said", not "Foreign Ministry said" or "the Pentagon said".
            guard saysAfter || saidBefore, !before || saidBefore, !isWellKnownPlace(key),
                !(position > 0 && tokens[position - 1].key == "the"),
                !PlaceVocabulary.neverPlaces.contains(key)
            else { continue }
            speakers.insert(position)
            surnames.insert(key)
        }
        return speakers
    }

    /// Marks a dateline's capitals as a name: "CHARLOTTE, N.C. (AP) —", "MOSUL, Iraq —" at the
    /// start of a line are a place written in capitals, not an acronym.
    func markDateline(_ tokens: inout [PlaceToken]) {
        var position = 0
        while position < tokens.count {
            // Capitals first: the line test reads the gap's scalars, and most words are not capitals.
            guard tokens[position].isAllCaps,
                position == 0 || tokens[position].gapBefore.unicodeScalars.contains("\n")
            else {
                position += 1
                continue
            }
            var end = position + 1
            while end < tokens.count, tokens[end].isAllCaps, tokens[end].gapBefore == " " { end += 1 }
            let gap = end < tokens.count ? tokens[end].gapBefore : ""
            if end - position <= 3, gap.hasPrefix(",") || gap.hasPrefix(" (") || gap.hasPrefix(" \u{2014}") {
                for word in position..<end { tokens[word].isAllCaps = false }
            }
            position = end
        }
    }

    /// Positions of words in Title-Case sentences: at least three words of four letters or more
    /// after the first, nearly all capitalised ("What Happens After ISIS Loses Mosul").
    func titleCaseTokens(_ tokens: [PlaceToken], sentences: [SentenceSplitter.Sentence]) -> Set<Int> {
        var result: Set<Int> = []
        var position = 0
        for (offset, sentence) in sentences.enumerated() {
            let end = offset + 1 < sentences.count ? sentences[offset + 1].start : Int.max
            var words: [Int] = []
            while position < tokens.count, tokens[position].start < end {
                if tokens[position].start >= sentence.start { words.append(position) }
                position += 1
            }
            // A token's text is its scalars from `start` to `end`: no need to count them again.
            let long = words.dropFirst().filter { tokens[$0].end - tokens[$0].start >= 4 }
            let capitalised = long.filter { tokens[$0].isCapitalised }.count
            if long.count >= 3, capitalised * 10 >= long.count * 8 { result.formUnion(words) }
        }
        return result
    }
}
