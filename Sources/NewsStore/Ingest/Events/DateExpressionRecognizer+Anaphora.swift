/// Dates given from the date the text last named rather than from the day of writing.
extension DateExpressionRecognizer {
    /// "the next day", "the following year", "the previous month", "the same day", "that year",
    /// "later that month", "two days later", "a year earlier". Resolved only when the text named a
    /// date before (see `NarrativeAnchor`).
    func anaphoric(_ tokens: [DateToken], at index: Int) -> Match? {
        let word = key(tokens, index)
        // "the next day", "the following year".
        if word == "the", let offset = DateVocabulary.anaphoricWords[key(tokens, index + 1)],
            let unit = singularUnit(tokens, index + 2)
        {
            // "over the next year" is a span still to come, not the year after a named one.
            if offset == 1, key(tokens, index + 1) == "next",
                DateVocabulary.spanOpeners.contains(key(tokens, index - 1))
            {
                return nil
            }
            return Match(kind: .anaphoric(unit, offset: offset), first: index, last: index + 2)
        }
        // "that year", "later that month", "earlier that day".
        var start = index
        if word == "later" || word == "earlier" { start += 1 }
        if key(tokens, start) == "that", let unit = singularUnit(tokens, start + 1), unit != .day || start > index {
            return Match(kind: .anaphoric(unit, offset: 0), first: index, last: start + 1)
        }
        // "two days later", "a year earlier".
        let count: Int?
        if let number = tokens.indices.contains(index) ? tokens[index].number : nil, number < 100 {
            count = number
        } else {
            count = DateVocabulary.numberWords[word]
        }
        guard let count, count > 0, let unit = DateVocabulary.anaphoricUnits[key(tokens, index + 1)] else { return nil }
        switch key(tokens, index + 2) {
        case "later": return Match(kind: .anaphoric(unit, offset: count), first: index, last: index + 2)
        case "earlier": return Match(kind: .anaphoric(unit, offset: -count), first: index, last: index + 2)
        default: return nil
        }
    }

    /// "day", "month" or "year" (singular) at `index`.
    private func singularUnit(_ tokens: [DateToken], _ index: Int) -> DateExpression.Unit? {
        let word = key(tokens, index)
        guard !word.hasSuffix("s") else { return nil }
        return DateVocabulary.anaphoricUnits[word]
    }
}
