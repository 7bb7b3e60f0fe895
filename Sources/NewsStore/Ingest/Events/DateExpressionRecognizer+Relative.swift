/// The patterns that need the day of writing to mean anything: weekdays, "yesterday", "last week",
/// "N years ago".
extension DateExpressionRecognizer {
    /// "Monday", "Monday's", "Wednesday night", "early Monday morning", "last Friday", "next Monday",
    /// "this coming Monday", "this past Sunday".
    func weekday(_ tokens: [DateToken], at index: Int) -> Match? {
        var relation = DateExpression.WeekdayRelation.fromContext
        var next = index
        switch key(tokens, index) {
        case "last":
            relation = .past
            next += 1
        case "next":
            relation = .future
            next += 1
        case "this":
            next += 1
            if key(tokens, next) == "coming" {
                relation = .future
                next += 1
            } else if key(tokens, next) == "past" {
                relation = .past
                next += 1
            }
        case "early", "late":
            next += 1
        default:
            break
        }
        guard next < tokens.count, tokens[next].kind == .word, let weekday = DateVocabulary.weekdays[tokens[next].key]
        else { return nil }
        if relation != .fromContext, index > 0, key(tokens, index - 1) == "the" { return nil }
        var last = next
        // "Wednesday night" but not "Monday's night" (a possessive names something else).
        if tokens[next].text.lowercased() == tokens[next].key, DateVocabulary.partsOfDay.contains(key(tokens, next + 1))
        {
            last += 1
        }
        return Match(kind: .weekday(weekday, relation), first: index, last: last)
    }

    /// "today", "tonight", "yesterday", "tomorrow", "last night", "this morning".
    func relativeDay(_ tokens: [DateToken], at index: Int) -> Match? {
        switch key(tokens, index) {
        case "today", "tonight":
            // "today's 3-D printers", "the world of today": today as an era, not a day.
            let possessive = tokens[index].text.lowercased() != tokens[index].key
            if possessive || isMark(tokens, index + 1, "'") || isMark(tokens, index + 1, "\u{2019}")
                || key(tokens, index - 1) == "of"
            {
                return nil
            }
            return Match(kind: .relativeDay(0), first: index, last: index)
        case "yesterday":
            return Match(kind: .relativeDay(-1), first: index, last: index)
        case "tomorrow":
            return Match(kind: .relativeDay(1), first: index, last: index)
        case "last" where key(tokens, index + 1) == "night" && key(tokens, index - 1) != "the":
            return Match(kind: .relativeDay(-1), first: index, last: index + 1)
        case "this" where ["morning", "afternoon", "evening"].contains(key(tokens, index + 1)):
            return Match(kind: .relativeDay(0), first: index, last: index + 1)
        default:
            return nil
        }
    }

    /// "last week", "this month", "next year", "earlier this month", "later this year",
    /// "this past week", "last weekend", "over the weekend".
    func relativeSpan(_ tokens: [DateToken], at index: Int) -> Match? {
        if key(tokens, index) == "over", key(tokens, index + 1) == "the", key(tokens, index + 2) == "weekend" {
            return Match(kind: .relativeWeekend(.recent), first: index, last: index + 2)
        }
        guard key(tokens, index - 1) != "the" else { return nil }
        var next = index
        var span: DateExpression.RelativeSpan
        switch key(tokens, index) {
        case "earlier" where key(tokens, index + 1) == "this":
            span = .earlierThis
            next += 2
        case "later" where key(tokens, index + 1) == "this":
            span = .laterThis
            next += 2
        case "this" where key(tokens, index + 1) == "past":
            span = .last
            next += 2
        default:
            guard let plain = DateVocabulary.spans[key(tokens, index)] else { return nil }
            span = plain
            next += 1
        }
        let kind: DateExpression.Kind
        switch key(tokens, next) {
        case "week": kind = .relativeWeek(span)
        case "weekend": kind = .relativeWeekend(span)
        case "month": kind = .relativeMonth(span)
        case "year": kind = .relativeYear(span)
        default: return nil
        }
        return Match(kind: kind, first: index, last: next)
    }

    /// "two years ago", "more than two years ago", "3 days ago", "a couple of weeks ago".
    func ago(_ tokens: [DateToken], at index: Int) -> Match? {
        var next = index
        while next - index < 4, DateVocabulary.agoQualifiers.contains(key(tokens, next)) { next += 1 }
        let count: Int
        if key(tokens, next) == "a", key(tokens, next + 1) == "couple" {
            count = 2
            next += key(tokens, next + 2) == "of" ? 3 : 2
        } else if let value = tokens.indices.contains(next) ? tokens[next].number : nil {
            count = value
            next += 1
        } else if let value = DateVocabulary.numberWords[key(tokens, next)] {
            count = value
            next += 1
        } else {
            return nil
        }
        guard let unit = DateVocabulary.agoUnits[key(tokens, next)], key(tokens, next + 1) == "ago" else { return nil }
        return Match(kind: .ago(count, unit), first: index, last: next + 1)
    }
}
