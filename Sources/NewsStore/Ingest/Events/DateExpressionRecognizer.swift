/// Finds date expressions in one sentence: explicit dates ("Oct. 16, 2016", "17 October", "June
/// 2014", "in 2014"), weekdays ("Monday", "Wednesday night", "last Friday"), and words relative to
/// the day of writing ("yesterday", "last week", "earlier this month", "more than two years ago").
///
/// Matching is over whole tokens, longest pattern first, left to right; a token belongs to at most
/// one expression. Month names count only when capitalised and tied to a day, a year or a
/// preposition, so "may", "to march" and "Theresa May" are not dates. Bare years need a
/// preposition or a possessive ("in 2014", "2014's"), so "2 million" and "the 2012 election" are
/// not dates.
struct DateExpressionRecognizer {
    /// A matched pattern: what it means and the last token it used.
    struct Match {
        let kind: DateExpression.Kind
        let first: Int
        let last: Int
    }

    /// Every date expression in `text`, in order, with scalar offsets into `text`.
    func expressions(in text: String) -> [DateExpression] {
        let scalars = Array(text.unicodeScalars)
        let tokens = DateToken.tokens(in: scalars)
        var result: [DateExpression] = []
        var index = 0
        while index < tokens.count {
            guard let match = match(tokens, at: index) else {
                index += 1
                continue
            }
            let start = tokens[match.first].start
            let end = tokens[match.last].end
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            result.append(DateExpression(kind: match.kind, text: String(view), start: start, end: end))
            index = match.last + 1
        }
        return result
    }

    private func match(_ tokens: [DateToken], at index: Int) -> Match? {
        // The explicit date here, found once: "December 3 last year" extends it, and it is also
        // the plain answer when no longer pattern holds (finding it twice per token was 4 % of
        // an import).
        let date = weekdayWithDate(tokens, at: index) ?? monthFirst(tokens, at: index) ?? dayFirst(tokens, at: index)
        if let long = inRelativeYear(tokens, at: index, date: date) ?? partOfRelativeYear(tokens, at: index)
            ?? season(tokens, at: index) ?? decade(tokens, at: index) ?? anaphoric(tokens, at: index)
        {
            return long
        }
        return date
            ?? prepositionalMonth(tokens, at: index)
            ?? prepositionalYear(tokens, at: index)
            ?? weekday(tokens, at: index)
            ?? relativeDay(tokens, at: index)
            ?? relativeSpan(tokens, at: index)
            ?? ago(tokens, at: index)
    }

    // MARK: explicit dates

    /// "Sunday, October 16", "Mon October 17, 2016", "Monday 17 October".
    private func weekdayWithDate(_ tokens: [DateToken], at index: Int) -> Match? {
        let token = tokens[index]
        guard token.kind == .word,
            DateVocabulary.weekdays[token.key] != nil || DateVocabulary.weekdayAbbreviations[token.key] != nil
        else { return nil }
        var next = index + 1
        if isMark(tokens, next, ".") { next += 1 }
        if isMark(tokens, next, ",") { next += 1 }
        guard next < tokens.count, let date = monthFirst(tokens, at: next) ?? dayFirst(tokens, at: next),
            case .monthDay = date.kind
        else { return nil }
        return Match(kind: date.kind, first: index, last: date.last)
    }

    /// "October 17", "Oct. 16, 2016", "October 17th", "June 2014", "June of 2014".
    private func monthFirst(_ tokens: [DateToken], at index: Int) -> Match? {
        guard let month = month(tokens, at: index) else { return nil }
        var next = index + 1
        if isMark(tokens, next, "."), DateVocabulary.months[tokens[index].key] != nil, tokens[index].key.count <= 4 {
            next += 1
        }
        if let day = day(tokens, at: next) {
            if let year = trailingYear(tokens, after: day.last) {
                return Match(
                    kind: .monthDay(month: month, day: day.value, year: year.value), first: index, last: year.last)
            }
            return Match(kind: .monthDay(month: month, day: day.value, year: nil), first: index, last: day.last)
        }
        var yearIndex = next
        if yearIndex < tokens.count, tokens[yearIndex].key == "of" || isMark(tokens, yearIndex, ",") { yearIndex += 1 }
        if let year = year(tokens, at: yearIndex) {
            return Match(kind: .month(month: month, year: year), first: index, last: yearIndex)
        }
        return nil
    }

    /// "17 October", "17 October 2016", "17th of October".
    private func dayFirst(_ tokens: [DateToken], at index: Int) -> Match? {
        guard let day = day(tokens, at: index) else { return nil }
        var next = day.last + 1
        if next < tokens.count, tokens[next].key == "of" { next += 1 }
        guard let month = month(tokens, at: next) else { return nil }
        var last = next
        if isMark(tokens, last + 1, "."), tokens[next].key.count <= 4 { last += 1 }
        if let year = trailingYear(tokens, after: last) {
            return Match(kind: .monthDay(month: month, day: day.value, year: year.value), first: index, last: year.last)
        }
        return Match(kind: .monthDay(month: month, day: day.value, year: nil), first: index, last: last)
    }

    /// "December last year", "March 3 this year", "January of next year": a month (and day) whose
    /// year is given relative to the day of writing; `date` is the explicit date at `index`, if any.
    private func inRelativeYear(_ tokens: [DateToken], at index: Int, date: Match?) -> Match? {
        var month: Int
        var day: Int?
        var last: Int
        if let date {
            guard case .monthDay(let dateMonth, let dateDay, nil) = date.kind else { return nil }
            (month, day, last) = (dateMonth, dateDay, date.last)
        } else if let bare = self.month(tokens, at: index), tokens[index].text.lowercased() == tokens[index].key {
            (month, day, last) = (bare, nil, index)
        } else {
            return nil
        }
        var next = last + 1
        if key(tokens, next) == "of" { next += 1 }
        guard let offset = Self.yearOffsets[key(tokens, next)], key(tokens, next + 1) == "year" else { return nil }
        let kind: DateExpression.Kind =
            day.map { .monthDayInRelativeYear(month: month, day: $0, yearOffset: offset) }
            ?? .monthInRelativeYear(month: month, yearOffset: offset)
        return Match(kind: kind, first: index, last: next + 1)
    }

    private static let yearOffsets = ["last": -1, "this": 0, "next": 1]

    /// "in June", "since March", "early May" — a month with no day or year, tied by a preposition.
    private func prepositionalMonth(_ tokens: [DateToken], at index: Int) -> Match? {
        guard index > 0, DateVocabulary.monthPrepositions.contains(tokens[index - 1].key),
            let month = month(tokens, at: index), tokens[index].key.count > 3 || tokens[index].key == "may"
        else { return nil }
        // "in May's cabinet" is the politician; a possessive month is rare enough to give up.
        if tokens[index].text.lowercased() != tokens[index].key { return nil }
        return Match(kind: .month(month: month, year: nil), first: index, last: index)
    }

    /// "in 2014", "since 2014", "mid-2014", "2014's".
    private func prepositionalYear(_ tokens: [DateToken], at index: Int) -> Match? {
        guard let year = year(tokens, at: index) else { return nil }
        // "the 1980s" is a decade, not the year 1980; decades are not modelled, so leave it.
        if index + 1 < tokens.count, tokens[index + 1].text == "s", !tokens[index + 1].spaced { return nil }
        let possessive = isMark(tokens, index + 1, "'") || isMark(tokens, index + 1, "’")
        if possessive, index + 2 < tokens.count, tokens[index + 2].key == "s", !tokens[index + 2].spaced {
            return Match(kind: .year(year), first: index, last: index + 2)
        }
        var before = index - 1
        if before >= 0, isMark(tokens, before, "-"), !tokens[index].spaced { before -= 1 }
        guard before >= 0, isYearOpener(tokens, before) else { return nil }
        // "during 2012 budget talks": the year names which budget, not when.
        if index + 1 < tokens.count, tokens[index + 1].spaced,
            DateVocabulary.yearModified.contains(tokens[index + 1].key)
        {
            return nil
        }
        // An older year is as often a count ("in 1850 were reported"): it must end the phrase, before
        // punctuation, the end of the sentence or a capitalised word ("In 1776, …", "in 1861 Lincoln").
        if year < 1900, index + 1 < tokens.count, tokens[index + 1].kind != .mark, !tokens[index + 1].isCapitalized {
            return nil
        }
        let first = ["early", "late", "mid"].contains(tokens[before].key) ? before : index
        return Match(kind: .year(year), first: first, last: index)
    }

    /// The word before a bare year that makes it a date: a preposition ("in 2014", "by 1918"), the
    /// end of a range begun by a year ("from 1915 to 1916", "between 1939 and 1945"), or "of" after
    /// a part of a year ("the end of 1941").
    private func isYearOpener(_ tokens: [DateToken], _ index: Int) -> Bool {
        let word = tokens[index].key
        if DateVocabulary.yearPrepositions.contains(word) { return true }
        if word == "to" || word == "and", index > 0, year(tokens, at: index - 1) != nil { return true }
        return word == "of" && DateVocabulary.yearOfNouns.contains(key(tokens, index - 1))
    }

    // MARK: pieces

    /// A capitalised month name or abbreviation at `index`.
    private func month(_ tokens: [DateToken], at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isCapitalized else { return nil }
        return DateVocabulary.months[tokens[index].key]
    }

    /// A day number 1…31 with an optional ordinal suffix, not part of a larger number or quantity.
    private func day(_ tokens: [DateToken], at index: Int) -> (value: Int, last: Int)? {
        guard index < tokens.count, tokens[index].spaced || index == 0, let value = tokens[index].number,
            tokens[index].text.count <= 2, (1...31).contains(value)
        else { return nil }
        var last = index
        if last + 1 < tokens.count, !tokens[last + 1].spaced, ["st", "nd", "rd", "th"].contains(tokens[last + 1].key) {
            last += 1
        }
        guard !continuesNumber(tokens, after: last) else { return nil }
        if last + 1 < tokens.count, DateVocabulary.quantityWords.contains(tokens[last + 1].key) { return nil }
        return (value, last)
    }

    /// ", 2016" or " 2016" after a day.
    private func trailingYear(_ tokens: [DateToken], after index: Int) -> (value: Int, last: Int)? {
        var next = index + 1
        if isMark(tokens, next, ",") { next += 1 }
        guard let year = year(tokens, at: next) else { return nil }
        return (year, next)
    }

    /// A four-digit year 1600…2099 standing alone ("2016", not "2,016", "2016.5" or "2016%").
    private func year(_ tokens: [DateToken], at index: Int) -> Int? {
        guard index < tokens.count, index >= 0, let value = tokens[index].number, tokens[index].text.count == 4,
            (1600...2099).contains(value), !continuesNumber(tokens, after: index)
        else { return nil }
        if index > 0, !tokens[index].spaced, tokens[index - 1].kind == .number || isMark(tokens, index - 1, "$") {
            return nil
        }
        if index > 1, !tokens[index].spaced, isMark(tokens, index - 1, ","), tokens[index - 2].kind == .number,
            !tokens[index - 1].spaced
        {
            return nil
        }
        return value
    }

    /// True when the number at `index` goes on ("2,000", "1.5", "20%", "10:30").
    private func continuesNumber(_ tokens: [DateToken], after index: Int) -> Bool {
        guard index + 1 < tokens.count, !tokens[index + 1].spaced else { return false }
        let next = tokens[index + 1]
        if next.kind == .number || next.text == "%" { return true }
        if [",", ".", ":"].contains(next.text), index + 2 < tokens.count, !tokens[index + 2].spaced,
            tokens[index + 2].kind == .number
        {
            return true
        }
        return false
    }

    /// The lower-cased key of the token at `index`, or "" outside the sentence.
    func key(_ tokens: [DateToken], _ index: Int) -> String {
        tokens.indices.contains(index) ? tokens[index].key : ""
    }

    func isMark(_ tokens: [DateToken], _ index: Int, _ text: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .mark && tokens[index].text == text
    }
}
