import Testing

@testable import NewsStore

@Suite struct NarrativeDateTests {
    let scanner = NarrativeDateScanner()

    /// "expression=label" for every resolved expression of `text`.
    private func dates(_ text: String, on iso: String) throws -> [String] {
        let day = try #require(CalendarDay(iso: iso))
        return scanner.scan(text, publishedOn: day).map { found in
            let date = found.resolved.date
            let label = date.precision == .approximate ? "\(date.start.iso)…\(date.end.iso)" : date.label
            return "\(found.expression.text)=\(label)"
        }
    }

    @Test func aBareMonthInAParagraphAboutAnotherYearTakesThatYear() throws {
        let text = """
            The Soviet Union and Germany entered a trade pact in February of 1940. In April, Germany invaded \
            Denmark and Norway. On June 10, Italy declared war. In December 1941, Japan attacked. In January, the \
            Allies regrouped.
            """
        #expect(
            try dates(text, on: "2009-12-19") == [
                "February of 1940=1940-02", "April=1940-04", "June 10=1940-06-10", "December 1941=1941-12",
                "January=1942-01",
            ])
    }

    @Test func aBareMonthAfterADateCountedFromTheDayOfWritingIsReadFromThatDay() throws {
        let text = """
            The company was founded in 2009 in a garage.

            In March 2010, it moved its offices to Boston.

            Yesterday it said it would close. In March, it had cut a third of its staff.
            """
        #expect(
            try dates(text, on: "2016-10-17") == [
                "2009=2009", "March 2010=2010-03", "Yesterday=2016-10-16", "March=2016-03",
            ])
    }

    @Test func aMonthInASentenceAboutTheFutureIsNotPulledIntoThePast() throws {
        let text = "The plant opened in 2009. It will close in March."
        #expect(try dates(text, on: "2016-10-17") == ["2009=2009", "March=2017-03"])
    }

    @Test func countsTheNextDayAndLaterDaysFromTheDateLastNamed() throws {
        let text = """
            On September 1, 1939, Germany attacked Poland. The next day, Britain sent an ultimatum. Two days \
            later, Britain and France declared war. The following year, France fell.
            """
        #expect(
            try dates(text, on: "2009-12-19") == [
                "September 1, 1939=1939-09-01", "The next day=1939-09-02", "Two days later=1939-09-04",
                "The following year=1940",
            ])
    }

    @Test func dropsTheNextDayWhenTheTextNamedNoDateBefore() throws {
        #expect(try dates("The next day, the council met again.", on: "2016-10-17").isEmpty)
        #expect(try dates("Prices will rise over the next year.", on: "2016-10-17").isEmpty)
    }

    @Test func readsYearsAfterMorePrepositionsAndInRanges() throws {
        #expect(try dates("By 1918, the army was exhausted.", on: "2009-12-19") == ["1918=1918"])
        #expect(try dates("The war lasted from 1914 to 1918.", on: "2009-12-19") == ["1914=1914", "1918=1918"])
        #expect(try dates("Troops stayed until the end of 1941.", on: "2009-12-19") == ["1941=1941"])
        #expect(try dates("The colonies declared independence in 1776.", on: "2009-12-19") == ["1776=1776"])
    }

    @Test func aYearUsedAsAModifierIsNotADate() throws {
        #expect(try dates("Lawmakers argued over the 2012 budget for weeks.", on: "2013-03-01").isEmpty)
        #expect(try dates("During 2012 budget talks, nobody moved.", on: "2013-03-01").isEmpty)
        #expect(try dates("The charity served meals in 1500 homes.", on: "2013-03-01").isEmpty)
    }

    @Test func readsSeasonsPartsOfYearsAndDecadesWithTheirSpans() throws {
        #expect(try dates("Prices rose last summer.", on: "2016-10-17") == ["last summer=2016-06-01…2016-08-31"])
        #expect(
            try dates("Talks stalled late last year.", on: "2016-10-17") == ["late last year=2015-09-01…2015-12-31"])
        #expect(try dates("He worked there in the 1990s.", on: "2016-10-17") == ["1990s=1990-01-01…1999-12-31"])
    }

    @Test func aBarePastMonthInPastNarrativeIsAlreadyGone() throws {
        let text = "In November, protesters filled the square."
        #expect(try dates(text, on: "2016-10-17") == ["November=2015-11"])
    }
}
