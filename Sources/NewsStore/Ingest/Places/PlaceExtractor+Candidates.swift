extension PlaceExtractor {
    /// What a capitalised window turned out to be while scanning a run.
    private enum Item {
        case place(Range<Int>, [GazetteerEntry], RegionRecord?)
        case demonym(Range<Int>)
        case mountain(Range<Int>)
        case unknown(Int)
    }

    /// The place candidates of one field; demonyms go into `context` as they are met.
    func candidates(in scan: FieldScan, surnames: Set<String>, context: inout PlaceContext) -> [PlaceCandidate] {
        let tokens = scan.tokens
        var found: [Item] = []
        var position = 0
        while position < tokens.count {
            guard tokens[position].isCapitalised, !scan.personTokens.contains(position) else {
                position += 1
                continue
            }
            var runEnd = position + 1
            while runEnd < tokens.count, tokens[runEnd].isCapitalised, !scan.personTokens.contains(runEnd),
                tokens[runEnd].gapBefore == " "
            {
                runEnd += 1
            }
            // "University of Texas", "Bank of America": the name of an institution, not a place.
            if !isInstitutionOf(scan, before: position) {
                found += items(in: scan, run: position..<runEnd, surnames: surnames, context: &context)
            }
            position = runEnd
        }
        var result: [PlaceCandidate] = []
        for (offset, item) in found.enumerated() {
            switch item {
            case .place(let range, let matches, let region):
                result.append(candidate(scan, range, matches: matches, region: region))
            case .mountain(let range):
                var mountain = candidate(scan, range, matches: [], region: nil)
                mountain.patternKind = .mountain
                result.append(mountain)
            case .unknown(let position):
                guard isPossibleName(tokens[position], surnames: surnames) else { continue }
                var unknown = candidate(scan, position..<position + 1, matches: [], region: nil)
                if unknown.patternKind == nil, isListed(offset, in: found, scan: scan) { unknown.patternKind = .place }
                // Weak evidence ("X, China", a list) is not enough for an English word or a word
                // that opens a sentence: "However, China's record…", "…the World Bank".
                let isWeak = unknown.patternKind == nil || unknown.patternKind == .place
                if isWeak && (unknown.isSentenceStart || index.englishWords.contains(unknown.key)) { continue }
                result.append(unknown)
            case .demonym:
                continue
            }
        }
        for candidate in result {
            if let country = candidate.patternCountry { context.addCountry(country) }
        }
        return result
    }

    /// Longest-first windows of up to four words inside one run of capitalised words.
    private func items(in scan: FieldScan, run: Range<Int>, surnames: Set<String>, context: inout PlaceContext)
        -> [Item]
    {
        let tokens = scan.tokens
        var items: [Item] = []
        var start = run.lowerBound
        windows: while start < run.upperBound {
            var found: Item?
            for length in stride(from: min(4, run.upperBound - start), through: 1, by: -1) {
                let range = start..<start + length
                let key = scan.key(range)
                if PlaceVocabulary.institutionNames.contains(key) {
                    start += length  // "White House": a building, though a town in Tennessee too
                    continue windows
                }
                if length == 1 {
                    if tokens[start].isAllCaps
                        && !index.candidates(forKey: key).contains(where: { $0.kind == .country })
                    {
                        break  // acronyms: ISIS, CNN; but US, UK, UAE are countries
                    }
                    if PlaceVocabulary.neverPlaces.contains(key) || surnames.contains(key) { break }
                }
                let matches = index.candidates(forKey: key)
                let region = index.regions[key]
                if let demonym = index.demonyms[key] {
                    let followedByWord = range.upperBound < tokens.count && tokens[range.upperBound].gapBefore == " "
                    if followedByWord || (matches.isEmpty && region == nil) {
                        context.addCountry(demonym.countryCode)
                        found = .demonym(range)
                        break
                    }
                }
                if !matches.isEmpty || region != nil {
                    // The hand-written regions win over homonyms ("Middle East", a US village).
                    found = .place(range, region == nil ? matches : [], region)
                    break
                }
                if length == 2, PlaceVocabulary.mountainWords.contains(tokens[start].key) {
                    found = .mountain(range)
                    break
                }
            }
            switch found {
            case .place(let range, _, _), .demonym(let range), .mountain(let range):
                items.append(found ?? .unknown(start))
                start = range.upperBound
            default:
                items.append(.unknown(start))
                start += 1
            }
        }
        // A place inside the name of an institution ("New York University", "Louvre Museum",
        // "Las Vegas Sands Corp") is part of that name, whatever its length.
        // The word counts even when it is a town's name too ("University", Florida), unless it
        // ends a longer place's name ("Menlo Park").
        let institution = items.contains { item in
            switch item {
            case .unknown(let position):
                return PlaceVocabulary.institutionWords.contains(tokens[position].key)
            case .place(let range, _, _) where range.count == 1:
                return PlaceVocabulary.institutionWords.contains(tokens[range.lowerBound].key)
            default:
                return false
            }
        }
        if institution {
            return items.compactMap { item in
                guard case .place(let range, _, _) = item else { return item }
                return range.count == 1 ? .unknown(range.lowerBound) : nil
            }
        }
        // A single word inside a longer name of something else ("New America", "Harvard Kennedy
        // School") is not a place. In a Title-Case line every word is capitalised, so the words
        // around a place there say nothing ("ISIS Loses Mosul").
        let inTitleCase = scan.titleCaseTokens.contains(run.lowerBound)
        let foreign =
            !inTitleCase
            && items.contains { item in
                guard case .unknown(let position) = item else { return false }
                let key = tokens[position].key
                return !PlaceVocabulary.placeCompatible.contains(key) && !PlaceVocabulary.titles.contains(key)
                    && PlaceVocabulary.kindAfter[key] == nil && !(tokens[position].isSentenceStart && key == "the")
            }
        // Two one-word places side by side with nothing between them are a person or an
        // organisation ("Ron Paul", "Harvard Kennedy"), not two places.
        let pairedPlaces = zip(items, items.dropFirst()).contains { pair in
            if case .place(let first, _, nil) = pair.0, case .place(let second, _, nil) = pair.1 {
                return first.count == 1 && second.count == 1
            }
            return false
        }
        guard foreign || pairedPlaces, items.count > 1 else { return items }
        return items.map { item in
            if case .place(let range, _, _) = item, range.count == 1 { return .unknown(range.lowerBound) }
            return item
        }
    }

    private func candidate(_ scan: FieldScan, _ range: Range<Int>, matches: [GazetteerEntry], region: RegionRecord?)
        -> PlaceCandidate
    {
        let tokens = scan.tokens
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        let surface = scan.surface(range)
        let key = scan.key(range)
        let sentence = scan.sentence(containing: first.start)
        let pattern = self.pattern(around: range, in: scan)
        return PlaceCandidate(
            field: scan.field, tokens: range, surface: surface,
            span: TextSpan(field: scan.field, start: first.start, end: last.end),
            sentence: sentence?.text ?? surface, key: key, matches: matches, region: region,
            patternKind: pattern.kind, patternCountry: pattern.country,
            isCommonWord: range.count == 1 && index.commonWords.contains(key), isSentenceStart: first.isSentenceStart,
            afterThe: range.lowerBound > 0 && scan.word(range.lowerBound - 1) == "the",
            sentenceStart: sentence?.start ?? 0)
    }

    /// True when the run starting at `position` follows "<Institution> of" ("University of
    /// Texas", "Bank of America", "Museum of London").
    private func isInstitutionOf(_ scan: FieldScan, before position: Int) -> Bool {
        guard position >= 2, scan.tokens[position].gapBefore == " ", scan.word(position - 1) == "of",
            scan.tokens[position - 1].gapBefore == " ", scan.tokens[position - 2].isCapitalised
        else { return false }
        return PlaceVocabulary.institutionWords.contains(scan.word(position - 2))
    }

    /// A capitalised word the gazetteer lacks that could still be a name: not an acronym, a title,
    /// a person's surname, a common word or a word that is never a place.
    private func isPossibleName(_ token: PlaceToken, surnames: Set<String>) -> Bool {
        let key = token.key
        guard !token.isAllCaps, token.text.unicodeScalars.count >= 3,
            !token.text.unicodeScalars.contains(where: { $0.isNumeric })
        else { return false }
        return !PlaceVocabulary.neverPlaces.contains(key) && !PlaceVocabulary.titles.contains(key)
            && !PlaceVocabulary.givenNames.contains(key) && !surnames.contains(key)
            && !PlaceVocabulary.placeCompatible.contains(key) && PlaceVocabulary.kindAfter[key] == nil
            && !PlaceVocabulary.mountainWords.contains(key) && !index.commonWords.contains(key)
            && index.demonyms[key] == nil
    }

    /// True when the unknown word at `offset` stands in a list with a gazetteer place:
    /// "between Mosul and Khazir", "Baiji, Falluja, Ramadi and Tikrit".
    private func isListed(_ offset: Int, in items: [Item], scan: FieldScan) -> Bool {
        guard case .unknown(let position) = items[offset], !scan.tokens[position].isSentenceStart else { return false }
        func isPlace(_ item: Item) -> Range<Int>? {
            if case .place(let range, let matches, _) = item, !matches.isEmpty,
                range.count > 1 || !index.commonWords.contains(scan.key(range))
            {
                return range
            }
            return nil
        }
        let joins: Set<String> = [", ", " and ", " or ", ", and ", ", or "]
        if offset > 0, let previous = isPlace(items[offset - 1]), previous.upperBound == position {
            return false  // same run: handled by the run rule
        }
        if offset > 0, let previous = isPlace(items[offset - 1]) {
            let gap = scan.text(scan.tokens[previous.upperBound - 1].end..<scan.tokens[position].start)
            if joins.contains(gap) { return true }
        }
        if offset + 1 < items.count, let next = isPlace(items[offset + 1]) {
            let gap = scan.text(scan.tokens[position].end..<scan.tokens[next.lowerBound].start)
            if joins.contains(gap) { return true }
        }
        return false
    }
}
