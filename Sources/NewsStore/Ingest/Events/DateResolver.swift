/// Pins date expressions to the calendar the way news is written: relative to the day the article
/// was published.
///
/// Rule ids (stable; stored in `events.rule` and listed in the README):
/// - `absolute-day`: a month and day ("October 17", "Oct. 16, 2016", "Sunday, October 16"). The
///   explicit date wins over a weekday beside it. With no year, the publication year is used, one
///   year earlier when that lands more than 183 days after publication, one year later when it
///   lands more than 305 days before it (late-December stories about "January 3").
///   "October 17 last year" takes the publication year − 1.
/// - `absolute-month`: "June 2014" → "2014-06"; "December last year" → the publication year − 1;
///   "in June" → the month, year chosen as above, except that in a sentence about the future a
///   month already over is next year's.
/// - `absolute-year`: "in 2014", "since 2014", "2014's" → "2014".
/// - `weekday-past`: a weekday in a sentence about the past → the latest such day on or before
///   publication (the publication day itself when the weekday matches); "last Monday" and
///   "this past Monday" → strictly before publication.
/// - `weekday-future`: a weekday in a sentence about the future ("will", "next", "is scheduled",
///   …; see `FutureCue`) → the first such day after publication; a weekday equal to the
///   publication day's is that day (wire style: "will speak Monday" in a Monday story means today).
///   "next Monday" and "this coming Monday" → strictly after publication.
/// - `relative-day`: "today", "tonight", "this morning" (publication day), "yesterday",
///   "last night" (the day before), "tomorrow" (the day after).
/// - `relative-week`: "last week", "this week", "next week", "earlier this week", "later this
///   week", "this past week" → approximate, weeks running Monday to Sunday.
/// - `relative-weekend`: "last weekend", "this weekend", "next weekend", "over the weekend" (the
///   latest Saturday–Sunday that began on or before publication) → approximate.
/// - `relative-month`: "last month", "this month", "next month", "earlier this month", "later
///   this month" → approximate, bounded by the month (and the publication day).
/// - `relative-year`: "last year", "this year", "next year" → year precision; "earlier this year",
///   "later this year" → approximate.
/// - `days-ago`: "three days ago" → that day.
/// - `weeks-ago`: "two weeks ago" → approximate, the day 14 days back ± 3 days.
/// - `months-ago`: "six months ago" → month precision.
/// - `years-ago`: "more than two years ago" → year precision (2016 − 2 = "2014"). Hedges such as
///   "more than" or "about" stay in the expression but do not move the date.
///
/// - `anaphoric-day`, `anaphoric-month`, `anaphoric-year`: "the next day", "two days later",
///   "the following month", "that year", "a year earlier" → counted from the date the text last
///   named (`anchor`); dropped when it named none.
///
/// A month or month and day without a year in a paragraph that named another year than the
/// publication's ("In June 1940, … In April, …": `yearAnchor`) takes that narrative's year.
///
/// For approximate dates `date` is the first day and `start`…`end` bound the span.
struct DateResolver {
    /// The resolved date, or nil when the expression needs a publication day (or an anchor) and
    /// there is none, or names no real day ("February 30").
    func resolve(
        _ expression: DateExpression, publishedOn publication: CalendarDay?, aboutFuture: Bool, aboutPast: Bool = false,
        anchor: NarrativeAnchor? = nil, yearAnchor: NarrativeAnchor? = nil
    ) -> ResolvedDate? {
        switch expression.kind {
        case .anaphoric(let unit, let offset):
            return resolveAnaphoric(unit, offset, anchor: anchor)
        case .monthDay(let month, let day, nil):
            if let yearAnchor, let anchored = anchoredDay(month: month, day: day, anchor: yearAnchor) {
                return ResolvedDate(day: anchored, rule: "absolute-day")
            }
        case .month(let month, nil):
            if let yearAnchor, let anchored = anchoredDay(month: month, day: 1, anchor: yearAnchor) {
                return .month(of: anchored, rule: "absolute-month")
            }
        default:
            break
        }
        switch expression.kind {
        case .monthDay(let month, let day, let year?):
            return CalendarDay(year: year, month: month, day: day).map { ResolvedDate(day: $0, rule: "absolute-day") }
        case .month(let month, let year?):
            return CalendarDay(year: year, month: month, day: 1).map {
                ResolvedDate.month(of: $0, rule: "absolute-month")
            }
        case .year(let year):
            return CalendarDay(year: year, month: 1, day: 1).map { ResolvedDate.year(of: $0, rule: "absolute-year") }
        case .decade(let year):
            guard let start = CalendarDay(year: year, month: 1, day: 1),
                let end = CalendarDay(year: year + 9, month: 12, day: 31)
            else { return nil }
            return ResolvedDate(start: start, end: end, precision: .approximate, rule: "decade")
        case .season(let season, let year?, _):
            return Self.season(season, startingIn: year).map { ResolvedDate($0, rule: "season") }
        default:
            break
        }
        // Everything else is relative to the day of writing; keep well inside the calendar's range
        // so that arithmetic on odd input can never leave it.
        guard let publication, (1000...9000).contains(publication.year) else { return nil }
        switch expression.kind {
        case .monthDay(let month, let day, _):
            return inferredDay(month: month, day: day, near: publication).map {
                ResolvedDate(day: $0, rule: "absolute-day")
            }
        case .month(let month, _):
            guard var first = inferredDay(month: month, day: 1, near: publication) else { return nil }
            // "Elections will be held in March": a bare month in a sentence about the future is
            // the next such month, not the one already gone.
            if aboutFuture, first.lastOfMonth < publication { first = first.adding(years: 1) }
            // "In June, troops entered the city": in past narrative a month not yet come is last year's.
            if aboutPast, !aboutFuture, first > publication { first = first.adding(years: -1) }
            return .month(of: first, rule: "absolute-month")
        case .monthDayInRelativeYear(let month, let day, let offset):
            return CalendarDay(year: publication.year + offset, month: month, day: day).map {
                ResolvedDate(day: $0, rule: "absolute-day")
            }
        case .monthInRelativeYear(let month, let offset):
            return CalendarDay(year: publication.year + offset, month: month, day: 1).map {
                ResolvedDate.month(of: $0, rule: "absolute-month")
            }
        case .year, .decade, .anaphoric:
            return nil
        case .season(let season, _, let span):
            return resolveSeason(season, span ?? .this, publication)
        case .partOfRelativeYear(let part, let offset):
            guard let start = CalendarDay(year: publication.year + offset, month: part.rawValue, day: 1) else {
                return nil
            }
            return ResolvedDate(
                start: start, end: start.adding(months: 4).adding(days: -1), precision: .approximate,
                rule: "relative-year")
        case .weekday(let weekday, let relation):
            return resolveWeekday(weekday, relation, publication, aboutFuture: aboutFuture)
        case .relativeDay(let offset):
            return ResolvedDate(day: publication.adding(days: offset), rule: "relative-day")
        case .relativeWeek(let span):
            return resolveWeek(span, publication)
        case .relativeWeekend(let span):
            return resolveWeekend(span, publication)
        case .relativeMonth(let span):
            return resolveMonth(span, publication)
        case .relativeYear(let span):
            return resolveYear(span, publication)
        case .ago(let count, let unit):
            return resolveAgo(count, unit, publication)
        }
    }

    /// The year for a month and day written without one: the publication year unless that puts
    /// it far in the future (then last year) or far in the past (then next year).
    private func inferredDay(month: Int, day: Int, near publication: CalendarDay) -> CalendarDay? {
        var year = publication.year
        // Feb 29 is compared as Feb 28 so that the year can still be chosen before validating.
        let comparable = min(day, CalendarDay.numberOfDays(inMonth: month, year: year))
        if (1...12).contains(month), let candidate = CalendarDay(year: year, month: month, day: comparable) {
            let offset = publication.days(to: candidate)
            if offset > 183 {
                year -= 1
            } else if offset < -305 {
                year += 1
            }
        }
        return CalendarDay(year: year, month: month, day: day)
    }

    private func resolveWeekday(
        _ weekday: Int, _ relation: DateExpression.WeekdayRelation, _ publication: CalendarDay, aboutFuture: Bool
    ) -> ResolvedDate {
        let back = (publication.weekday - weekday + 7) % 7
        let forward = (weekday - publication.weekday + 7) % 7
        switch relation {
        case .past:
            return ResolvedDate(day: publication.adding(days: -(back == 0 ? 7 : back)), rule: "weekday-past")
        case .future:
            return ResolvedDate(day: publication.adding(days: forward == 0 ? 7 : forward), rule: "weekday-future")
        case .fromContext where aboutFuture:
            return ResolvedDate(day: publication.adding(days: forward), rule: "weekday-future")
        case .fromContext:
            return ResolvedDate(day: publication.adding(days: -back), rule: "weekday-past")
        }
    }

    private func resolveWeek(_ span: DateExpression.RelativeSpan, _ publication: CalendarDay) -> ResolvedDate {
        let monday = publication.adding(days: -((publication.weekday + 5) % 7))
        let sunday = monday.adding(days: 6)
        let range: (CalendarDay, CalendarDay)
        switch span {
        case .last, .recent: range = (monday.adding(days: -7), monday.adding(days: -1))
        case .this: range = (monday, sunday)
        case .next: range = (monday.adding(days: 7), sunday.adding(days: 7))
        case .earlierThis: range = (monday, max(monday, publication.adding(days: -1)))
        case .laterThis: range = (min(sunday, publication.adding(days: 1)), sunday)
        }
        return ResolvedDate(start: range.0, end: range.1, precision: .approximate, rule: "relative-week")
    }

    private func resolveWeekend(_ span: DateExpression.RelativeSpan, _ publication: CalendarDay) -> ResolvedDate {
        let monday = publication.adding(days: -((publication.weekday + 5) % 7))
        let saturday = monday.adding(days: 5)
        let offset: Int
        switch span {
        case .last: offset = -7
        case .next: offset = 7
        case .this, .earlierThis, .laterThis: offset = 0
        case .recent: offset = publication >= saturday ? 0 : -7
        }
        let start = saturday.adding(days: offset)
        return ResolvedDate(start: start, end: start.adding(days: 1), precision: .approximate, rule: "relative-weekend")
    }

    private func resolveMonth(_ span: DateExpression.RelativeSpan, _ publication: CalendarDay) -> ResolvedDate {
        let first = publication.firstOfMonth
        let last = publication.lastOfMonth
        let range: (CalendarDay, CalendarDay)
        switch span {
        case .last, .recent:
            let previous = first.adding(months: -1)
            range = (previous, previous.lastOfMonth)
        case .this: range = (first, last)
        case .next:
            let following = first.adding(months: 1)
            range = (following, following.lastOfMonth)
        case .earlierThis: range = (first, max(first, publication.adding(days: -1)))
        case .laterThis: range = (min(last, publication.adding(days: 1)), last)
        }
        return ResolvedDate(start: range.0, end: range.1, precision: .approximate, rule: "relative-month")
    }

    private func resolveYear(_ span: DateExpression.RelativeSpan, _ publication: CalendarDay) -> ResolvedDate {
        let first = publication.firstOfYear
        let last = publication.lastOfYear
        switch span {
        case .last, .recent: return .year(of: first.adding(years: -1), rule: "relative-year")
        case .this: return .year(of: first, rule: "relative-year")
        case .next: return .year(of: first.adding(years: 1), rule: "relative-year")
        case .earlierThis:
            return ResolvedDate(
                start: first, end: max(first, publication.adding(days: -1)), precision: .approximate,
                rule: "relative-year")
        case .laterThis:
            return ResolvedDate(
                start: min(last, publication.adding(days: 1)), end: last, precision: .approximate,
                rule: "relative-year")
        }
    }

    private func resolveAgo(_ count: Int, _ unit: DateExpression.Unit, _ publication: CalendarDay) -> ResolvedDate? {
        // "200 years ago" is history, not a reported event, and a huge count would leave the calendar.
        guard (1...200).contains(count) else { return nil }
        switch unit {
        case .day:
            return ResolvedDate(day: publication.adding(days: -count), rule: "days-ago")
        case .week:
            let center = publication.adding(days: -7 * count)
            return ResolvedDate(
                start: center.adding(days: -3), end: center.adding(days: 3), precision: .approximate, rule: "weeks-ago")
        case .month:
            return .month(of: publication.adding(months: -count), rule: "months-ago")
        case .year:
            return .year(of: publication.adding(years: -count), rule: "years-ago")
        }
    }
}
