/// A date expression found in a sentence, before it is resolved against the publication day.
struct DateExpression: Hashable, Sendable {
    /// What the words say, still relative to an unknown "now".
    enum Kind: Hashable, Sendable {
        /// "October 17", "Oct. 16, 2016", "17 October 2016", "Sunday, October 16" (the weekday is
        /// dropped: the explicit date wins). `year` is nil when the text gives none.
        case monthDay(month: Int, day: Int, year: Int?)
        /// "June 2014"; "in June" (year nil).
        case month(month: Int, year: Int?)
        /// "March 3 this year", "October 17 last year": the year is the publication year + offset.
        case monthDayInRelativeYear(month: Int, day: Int, yearOffset: Int)
        /// "December last year", "in March next year".
        case monthInRelativeYear(month: Int, yearOffset: Int)
        /// "in 2014", "since 2014", "2014's".
        case year(Int)
        /// "Monday", "Wednesday night", "last Friday". Weekday 1 = Sunday … 7 = Saturday.
        case weekday(Int, WeekdayRelation)
        /// "today" / "tonight" (0), "yesterday" / "last night" (−1), "tomorrow" (+1).
        case relativeDay(Int)
        /// "last week", "this week", "earlier this week" …
        case relativeWeek(RelativeSpan)
        /// "last weekend", "over the weekend", "this weekend", "next weekend".
        case relativeWeekend(RelativeSpan)
        /// "last month", "earlier this month" …
        case relativeMonth(RelativeSpan)
        /// "last year", "this year", "later this year" …
        case relativeYear(RelativeSpan)
        /// "two years ago", "more than two years ago", "3 days ago".
        case ago(Int, Unit)
        /// "the 1990s", "the 1990's": the decade starting that year.
        case decade(Int)
        /// "summer 2014", "the summer of 2014" (year set); "last summer", "this winter", "next
        /// spring" (relative set, to the day of writing).
        case season(Season, year: Int?, relative: RelativeSpan?)
        /// "late last year", "early this year", "mid next year": a third of a relative year.
        case partOfRelativeYear(YearPart, yearOffset: Int)
        /// "the next day", "two days later", "the following year", "that year", "the previous
        /// month": a count of units from the date the text last named, not from the day of writing.
        case anaphoric(Unit, offset: Int)
    }

    /// A season of the northern hemisphere, by its first month.
    enum Season: Int, Hashable, Sendable {
        case spring = 3
        case summer = 6
        case autumn = 9
        case winter = 12
    }

    /// "early" (January–April), "mid" (May–August), "late" (September–December).
    enum YearPart: Int, Hashable, Sendable {
        case early = 1
        case mid = 5
        case late = 9
    }

    /// Which occurrence of a weekday the words pick.
    enum WeekdayRelation: Hashable, Sendable {
        /// A bare weekday: the sentence's tense decides.
        case fromContext
        /// "last Monday", "this past Monday".
        case past
        /// "next Monday", "this coming Monday".
        case future
    }

    /// A calendar unit relative to the publication day.
    enum RelativeSpan: Hashable, Sendable {
        case last, this, next, earlierThis, laterThis
        /// "over the weekend": the latest one that began on or before the day of writing.
        case recent
    }

    /// The unit counted in "N … ago".
    enum Unit: Hashable, Sendable {
        case day, week, month, year
    }

    let kind: Kind
    /// As written ("Wednesday night", "more than two years ago").
    let text: String
    /// Unicode-scalar offsets in the text that was scanned.
    let start: Int
    let end: Int
}
