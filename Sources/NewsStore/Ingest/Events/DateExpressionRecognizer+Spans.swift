/// Dates longer than a month: decades, seasons and parts of a year.
extension DateExpressionRecognizer {
    /// "the 1990s", "the 1990's", "the early 2000s": a year ending in 0 with a plural "s", after
    /// "the", "early", "mid" or "late" (so "2010's budget" stays the year's possessive).
    func decade(_ tokens: [DateToken], at index: Int) -> Match? {
        guard let year = tokens.indices.contains(index) ? tokens[index].number : nil, tokens[index].text.count == 4,
            (1800...2090).contains(year), year % 10 == 0,
            DateVocabulary.decadeOpeners.contains(key(tokens, index - 1))
        else { return nil }
        var last = index + 1
        if isMark(tokens, last, "'") || isMark(tokens, last, "\u{2019}") { last += 1 }
        guard last < tokens.count, tokens[last].key == "s", !tokens[last].spaced else { return nil }
        return Match(kind: .decade(year), first: index, last: last)
    }

    /// "last summer", "this winter", "next spring", "summer 2014", "the summer of 2014",
    /// "fall 2016". A bare season ("in the summer") names no year and is left alone.
    func season(_ tokens: [DateToken], at index: Int) -> Match? {
        if let span = DateVocabulary.seasonSpans[key(tokens, index)],
            let season = DateVocabulary.seasons[key(tokens, index + 1)],
            key(tokens, index - 1) != "the", !(key(tokens, index) == "past" && key(tokens, index - 1) != "this")
        {
            return Match(kind: .season(season, year: nil, relative: span), first: index, last: index + 1)
        }
        guard let season = DateVocabulary.seasons[key(tokens, index)] else { return nil }
        var next = index + 1
        if key(tokens, next) == "of" { next += 1 }
        guard next < tokens.count, let year = tokens[next].number, tokens[next].text.count == 4,
            (1800...2099).contains(year)
        else { return nil }
        return Match(kind: .season(season, year: year, relative: nil), first: index, last: next)
    }

    /// "late last year", "early this year", "mid next year".
    func partOfRelativeYear(_ tokens: [DateToken], at index: Int) -> Match? {
        // Called at every word: the vocabulary is static, never built here.
        guard let part = DateVocabulary.yearParts[key(tokens, index)] else { return nil }
        var next = index + 1
        if isMark(tokens, next, "-") { next += 1 }
        guard let offset = DateVocabulary.yearOffsets[key(tokens, next)], key(tokens, next + 1) == "year"
        else { return nil }
        return Match(kind: .partOfRelativeYear(part, yearOffset: offset), first: index, last: next + 1)
    }
}
