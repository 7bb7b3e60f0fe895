/// The English words the date recogniser knows, keyed by lower-cased token (`DateToken.key`).
enum DateVocabulary {
    /// Full month names and their usual abbreviations → 1…12. Only capitalised words count, so
    /// "may" and "to march" are never months.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Full weekday names → 1 (Sunday) … 7 (Saturday), Foundation's numbering.
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// Weekday abbreviations, trusted only right before a month and day ("Mon October 17"), since
    /// "Sun" and "Sat" are ordinary words.
    static let weekdayAbbreviations: [String: Int] = [
        "sun": 1, "mon": 2, "tue": 3, "tues": 3, "wed": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6, "sat": 7,
    ]

    /// Words that may follow a weekday and belong to the expression ("Wednesday night").
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "overnight"]

    /// Words before a bare year that make it a date ("in 2014", "since 2014"). "the 2012 election"
    /// has none and is skipped: a year inside a noun phrase names a thing, not when it happened.
    static let yearPrepositions: Set<String> = [
        "in", "since", "during", "from", "through", "throughout", "early", "late", "mid", "until", "till", "by",
        "after", "before",
    ]

    /// Words before a bare month that make it a date ("in June", "since March", "early May").
    static let monthPrepositions: Set<String> = ["in", "since", "during", "until", "till", "early", "late", "mid"]

    /// Words after a number that make it a quantity, not a day ("May 2 million").
    static let quantityWords: Set<String> = [
        "million", "millions", "billion", "billions", "thousand", "thousands", "hundred", "hundreds", "percent",
        "per", "people", "km", "kilometers", "kilometres", "miles", "mi", "m", "kg", "tons", "tonnes",
    ]

    /// Number words for "N … ago" ("two years ago", "a week ago").
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]

    /// Hedges before the count in "N … ago" that stay in the expression but do not move the date
    /// ("more than two years ago" is still read as two years).
    static let agoQualifiers: Set<String> = [
        "about", "around", "almost", "nearly", "some", "over", "roughly", "just", "only", "exactly",
        "approximately", "barely", "more", "less", "fewer", "than", "under", "at", "least", "most", "little",
    ]

    /// Units counted in "N … ago".
    static let agoUnits: [String: DateExpression.Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year,
    ]

    /// "last", "this", "next" before week, weekend, month or year.
    static let spans: [String: DateExpression.RelativeSpan] = ["last": .last, "this": .this, "next": .next]

    /// Season words (northern hemisphere).
    static let seasons: [String: DateExpression.Season] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]

    /// Nouns a year modifies rather than dates: "during 2012 budget talks", "in 2016 election ads".
    static let yearModified: Set<String> = [
        "budget", "budgets", "election", "elections", "campaign", "campaigns", "season", "census", "race", "races",
        "model", "models", "olympics", "games", "law", "act", "plan", "plans", "report", "survey", "study",
        "figures", "levels", "dollars", "presidential", "midterm", "midterms", "primary", "primaries",
        "edition", "version", "tax", "fiscal", "world", "cup", "film", "movie", "album", "novel", "book",
    ]

    /// "last summer", "this past winter", "next spring".
    static let seasonSpans: [String: DateExpression.RelativeSpan] = [
        "last": .last, "this": .this, "next": .next, "past": .last,
    ]

    /// "early/mid/late last year".
    static let yearParts: [String: DateExpression.YearPart] = ["early": .early, "mid": .mid, "late": .late]
    static let yearOffsets: [String: Int] = ["last": -1, "this": 0, "next": 1]

    /// "the next day", "the following year", "the previous month", "the same day", "that year":
    /// the word before the unit and how many units it moves from the date last named.
    static let anaphoricWords: [String: Int] = [
        "next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0,
    ]

    /// Units an anaphoric expression may count ("the next day", "three months later").
    static let anaphoricUnits: [String: DateExpression.Unit] = [
        "day": .day, "days": .day, "month": .month, "months": .month, "year": .year, "years": .year,
    ]

    /// Words before "the next year" that make it a span still to come ("over the next year").
    static let spanOpeners: Set<String> = ["over", "within", "for", "throughout", "during", "in", "into", "of"]

    /// Nouns that "of" ties a bare year to as a date ("the end of 1941", "the spring of 1862" is a
    /// season).
    static let yearOfNouns: Set<String> = [
        "end", "beginning", "start", "middle", "rest", "remainder", "half", "course", "months", "years", "autumn",
        "fall", "winter", "spring", "summer",
    ]

    /// Words before a decade ("the 1990s", "the early 2000s").
    static let decadeOpeners: Set<String> = ["the", "early", "mid", "late"]
}
