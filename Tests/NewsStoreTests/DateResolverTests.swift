import Testing

@testable import NewsStore

@Suite struct DateResolverTests {
    let recognizer = DateExpressionRecognizer()
    let resolver = DateResolver()
    /// Monday, 2016-10-17: the seed article's publication day.
    let monday = CalendarDay(year: 2016, month: 10, day: 17)

    /// Resolves the only expression in `text` as the extractor would.
    private func resolve(_ text: String, on day: CalendarDay?) throws -> ResolvedDate? {
        let expression = try #require(recognizer.expressions(in: text).first)
        return resolver.resolve(expression, publishedOn: day, aboutFuture: FutureCue.isAboutFuture(text))
    }

    private func summary(_ text: String, on iso: String) throws -> String? {
        let day = try #require(CalendarDay(iso: iso))
        return try resolve(text, on: day).map {
            "\($0.date.label) \($0.start.iso)…\($0.end.iso) \($0.precision) \($0.rule)"
        }
    }

    @Test func readsAPastWeekdayAsTheLatestSuchDayOnOrBeforePublication() throws {
        #expect(
            try summary("On Sunday, ISIS surrendered Dabiq.", on: "2016-10-17")
                == "2016-10-16 2016-10-16…2016-10-16 day weekday-past")
        #expect(
            try summary("On Monday, the commander released a statement.", on: "2016-10-17")
                == "2016-10-17 2016-10-17…2016-10-17 day weekday-past")
        #expect(
            try summary("Fighters attacked on Tuesday.", on: "2016-10-17")
                == "2016-10-11 2016-10-11…2016-10-11 day weekday-past")
    }

    @Test func readsAWeekdayInAFutureSentenceAsTheNextSuchDay() throws {
        let text = "It will be interesting to see them during the final presidential debate on Wednesday night."
        #expect(try summary(text, on: "2016-10-17") == "2016-10-19 2016-10-19…2016-10-19 day weekday-future")
        #expect(try summary("The vote is scheduled for Sunday.", on: "2016-10-17")?.hasPrefix("2016-10-23") == true)
        // Wire style: "will speak Monday" in a Monday story is that very day.
        #expect(try summary("The president will speak Monday.", on: "2016-10-17")?.hasPrefix("2016-10-17") == true)
    }

    @Test func ignoresFutureWordsInsideQuotesWhenReadingTheTense() throws {
        let text = "On Monday, the general said the operation \"will likely continue for weeks.\""
        #expect(try summary(text, on: "2016-10-17")?.hasPrefix("2016-10-17") == true)
    }

    @Test func readsLastAndNextWeekdaysStrictlyBeforeAndAfterPublication() throws {
        #expect(try summary("He left last Monday.", on: "2016-10-17")?.hasPrefix("2016-10-10 ") == true)
        #expect(try summary("He returns next Monday.", on: "2016-10-17")?.hasPrefix("2016-10-24 ") == true)
        #expect(try summary("He left last Friday.", on: "2016-10-17")?.hasPrefix("2016-10-14 ") == true)
    }

    @Test func takesTheYearOfAMonthDayFromPublicationAcrossNewYear() throws {
        #expect(try summary("It happened on October 16.", on: "2016-10-17")?.hasPrefix("2016-10-16 ") == true)
        #expect(try summary("It happened on December 28.", on: "2017-01-03")?.hasPrefix("2016-12-28 ") == true)
        #expect(try summary("Talks open on January 3.", on: "2016-12-28")?.hasPrefix("2017-01-03 ") == true)
        #expect(try summary("It happened on March 1.", on: "2016-10-17")?.hasPrefix("2016-03-01 ") == true)
        #expect(
            try summary("It happened on Oct. 16, 2015.", on: "2016-10-17")
                == "2015-10-16 2015-10-16…2015-10-16 day absolute-day")
    }

    @Test func letsTheExplicitDateWinOverAMismatchedWeekday() throws {
        #expect(try summary("He arrived on Friday, October 16.", on: "2016-10-17")?.hasPrefix("2016-10-16 ") == true)
    }

    @Test func resolvesYearsAgoToAWholeYear() throws {
        #expect(
            try summary("He declared the caliphate more than two years ago.", on: "2016-10-17")
                == "2014 2014-01-01…2014-12-31 year years-ago")
        #expect(try summary("It fell three years ago.", on: "2016-10-17")?.hasPrefix("2013 ") == true)
        #expect(try summary("It fell 3 days ago.", on: "2016-10-17") == "2016-10-14 2016-10-14…2016-10-14 day days-ago")
        #expect(
            try summary("It fell two months ago.", on: "2016-01-15")
                == "2015-11 2015-11-01…2015-11-30 month months-ago")
        #expect(
            try summary("It fell two weeks ago.", on: "2016-10-17")
                == "2016-09-30 2016-09-30…2016-10-06 approximate weeks-ago")
    }

    @Test func resolvesMonthsAndYearsToTheirWholeSpan() throws {
        #expect(
            try summary("ISIS took Mosul in June 2014.", on: "2016-10-17")
                == "2014-06 2014-06-01…2014-06-30 month absolute-month")
        #expect(try summary("It rose in 2014.", on: "2016-10-17") == "2014 2014-01-01…2014-12-31 year absolute-year")
        #expect(try summary("It fell last year.", on: "2016-10-17") == "2015 2015-01-01…2015-12-31 year relative-year")
        #expect(
            try summary("It began in February.", on: "2016-10-17")?.hasPrefix("2016-02 2016-02-01…2016-02-29") == true)
        #expect(try summary("Elections will be held in March.", on: "2016-10-17")?.hasPrefix("2017-03 ") == true)
        #expect(
            try summary("In December last year, the council met.", on: "2015-06-10")
                == "2014-12 2014-12-01…2014-12-31 month absolute-month")
    }

    @Test func boundsApproximateSpansAndNamesThemByTheirFirstDay() throws {
        #expect(
            try summary("Talks stalled last week.", on: "2016-10-17")
                == "2016-10-10 2016-10-10…2016-10-16 approximate relative-week")
        #expect(
            try summary("Talks stalled earlier this month.", on: "2016-10-17")
                == "2016-10-01 2016-10-01…2016-10-16 approximate relative-month")
        #expect(
            try summary("Talks stalled last month.", on: "2016-10-17")
                == "2016-09-01 2016-09-01…2016-09-30 approximate relative-month")
        #expect(
            try summary("Talks resume this week.", on: "2016-10-19")
                == "2016-10-17 2016-10-17…2016-10-23 approximate relative-week")
        #expect(
            try summary("Talks stalled over the weekend.", on: "2016-10-17")
                == "2016-10-15 2016-10-15…2016-10-16 approximate relative-weekend")
        #expect(
            try summary("Talks stalled last month.", on: "2016-01-10")?.hasPrefix("2015-12-01 2015-12-01…2015-12-31")
                == true)
    }

    @Test func resolvesRelativeDaysAroundPublication() throws {
        #expect(try summary("Shelling continued yesterday.", on: "2016-10-17")?.hasPrefix("2016-10-16 ") == true)
        #expect(try summary("Shelling continued last night.", on: "2016-10-17")?.hasPrefix("2016-10-16 ") == true)
        #expect(try summary("Voting begins tomorrow.", on: "2016-12-31")?.hasPrefix("2017-01-01 ") == true)
    }

    @Test func needsAPublicationDayOnlyForRelativeExpressions() throws {
        #expect(try resolve("On Sunday, ISIS surrendered Dabiq.", on: nil) == nil)
        #expect(try resolve("It happened on October 16.", on: nil) == nil)
        #expect(try resolve("It happened on Oct. 16, 2016.", on: nil)?.date.label == "2016-10-16")
        #expect(try resolve("It rose in 2014.", on: nil)?.date.label == "2014")
    }

    @Test func refusesDaysThatDoNotExist() throws {
        #expect(try resolve("It happened on February 30.", on: monday) == nil)
        #expect(try resolve("It happened on February 29, 2015.", on: monday) == nil)
        #expect(try resolve("It happened on February 29.", on: monday)?.date.label == "2016-02-29")
        #expect(try resolve("It happened 5000 years ago.", on: monday) == nil)
    }
}
