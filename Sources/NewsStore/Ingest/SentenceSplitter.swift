/// Splits a field's text into sentences with their Unicode-scalar offsets, so place mentions and
/// events can name the sentence they stand in and be linked to each other by position.
///
/// Lines are hard boundaries (each caption and highlight is its own unit). Inside a line a
/// sentence ends at `.`, `!` or `?` followed by a space and an upper-case letter, a digit or a
/// quote — unless the word before is a known abbreviation ("Lt. Gen.", "Oct. 16", "U.S.").
struct SentenceSplitter {
    /// One sentence: its text and scalar offsets in the field.
    struct Sentence: Equatable {
        let text: String
        let start: Int
        let end: Int
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt",
        "sgt", "cpl", "adm", "gov", "sen", "rep", "rev", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c",
    ]

    func sentences(in text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var result: [Sentence] = []
        var start = 0

        func emit(_ end: Int) {
            var first = start
            var last = end
            while first < last, scalars[first].isWhitespace { first += 1 }
            while last > first, scalars[last - 1].isWhitespace { last -= 1 }
            if first < last {
                result.append(Sentence(text: String(scalars: scalars[first..<last]), start: first, end: last))
            }
            start = end
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                emit(index)
                start = index + 1
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                var close = index + 1
                while close < scalars.count, "\"'”’)".unicodeScalars.contains(scalars[close]) { close += 1 }
                if close < scalars.count, scalars[close] == " ", startsSentence(scalars, at: close + 1),
                    scalar != "." || !isAbbreviation(scalars, endingAt: index)
                {
                    emit(close)
                }
                index = close - 1
            }
            index += 1
        }
        emit(scalars.count)
        return result
    }

    private func startsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        let next = scalars[index]
        return next.isUppercase || next.isNumeric
            || "\"“'‘(".unicodeScalars.contains(next)
    }

    /// True when the word ending just before `index` (the period) is an abbreviation or an initial.
    private func isAbbreviation(_ scalars: [Unicode.Scalar], endingAt index: Int) -> Bool {
        var first = index
        while first > 0, !scalars[first - 1].isWhitespace, scalars[first - 1] != "(" { first -= 1 }
        let token = String(scalars: scalars[first..<index]).lowercased()
        if token.count == 1, token.first?.isLetter == true { return true }  // an initial: "George W. Bush"
        return SentenceSplitter.abbreviations.contains(token)
    }
}
