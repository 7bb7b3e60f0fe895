import Testing

@testable import NewsStore

@Suite struct DateExpressionRecognizerTests {
    let recognizer = DateExpressionRecognizer()

    private func kinds(_ text: String) -> [DateExpression.Kind] { recognizer.expressions(in: text).map(\.kind) }
    private func texts(_ text: String) -> [String] { recognizer.expressions(in: text).map(\.text) }

    @Test func recognisesMonthDayInItsUsualSpellings() {
        #expect(kinds("It fell on Oct. 16, 2016 at dawn.") == [.monthDay(month: 10, day: 16, year: 2016)])
        #expect(kinds("It fell on 17 October 2016.") == [.monthDay(month: 10, day: 17, year: 2016)])
        #expect(kinds("It fell on October 17, 2016, after a siege.") == [.monthDay(month: 10, day: 17, year: 2016)])
        #expect(kinds("Forces advanced on October 17.") == [.monthDay(month: 10, day: 17, year: nil)])
        #expect(kinds("It began on the 3rd of March.") == [.monthDay(month: 3, day: 3, year: nil)])
        #expect(texts("Troops moved on Sept 5th before dawn.") == ["Sept 5th"])
    }

    @Test func keepsTheWeekdayInTheExpressionButResolvesTheExplicitDate() {
        let found = recognizer.expressions(in: "An Iraqi policeman inspects his weapon on Sunday, October 16.")
        #expect(found.map(\.text) == ["Sunday, October 16"])
        #expect(found.map(\.kind) == [.monthDay(month: 10, day: 16, year: nil)])
        #expect(texts("Updated 1:01 PM ET, Mon October 17, 2016") == ["Mon October 17, 2016"])
    }

    @Test func recognisesMonthAndYearAndMonthAfterAPreposition() {
        #expect(kinds("ISIS took Mosul in June 2014.") == [.month(month: 6, year: 2014)])
        #expect(kinds("It happened in June of 2014.") == [.month(month: 6, year: 2014)])
        #expect(kinds("Elections are due in November.") == [.month(month: 11, year: nil)])
    }

    @Test func attachesARelativeYearToAMonthOrDay() {
        #expect(texts("In December last year, the council met.") == ["December last year"])
        #expect(kinds("In December last year, the council met.") == [.monthInRelativeYear(month: 12, yearOffset: -1)])
        #expect(kinds("It opens on March 3 next year.") == [.monthDayInRelativeYear(month: 3, day: 3, yearOffset: 1)])
    }

    @Test func takesBareYearsOnlyWithAPrepositionOrPossessive() {
        #expect(kinds("The group rose in 2014.") == [.year(2014)])
        #expect(kinds("Since 2014, the city has suffered.") == [.year(2014)])
        #expect(kinds("2014's offensive failed.") == [.year(2014)])
        #expect(texts("Fighting resumed in mid-2015.") == ["mid-2015"])
        #expect(kinds("Unlike the 2012 election, this one is close.").isEmpty)
        #expect(kinds("Mosul had more than 2 million people and 400,000 children.").isEmpty)
        #expect(kinds("Losses in 2,014 cases and in 1850 were reported.").isEmpty)
    }

    @Test func recognisesWeekdaysWithTheirModifiersAndPartOfDay() {
        #expect(texts("They debate on Wednesday night in Las Vegas.") == ["Wednesday night"])
        #expect(texts("In a televised statement Monday morning, he spoke.") == ["Monday morning"])
        #expect(texts("The offensive began early Monday morning.") == ["early Monday morning"])
        #expect(kinds("He left last Friday.") == [.weekday(6, .past)])
        #expect(kinds("He returns next Monday.") == [.weekday(2, .future)])
        #expect(kinds("He returns this coming Monday.") == [.weekday(2, .future)])
        #expect(kinds("Monday's attack killed ten.") == [.weekday(2, .fromContext)])
    }

    @Test func recognisesWordsRelativeToTheDayOfWriting() {
        #expect(
            kinds("Today the city woke; yesterday it slept; tomorrow it votes.")
                == [.relativeDay(0), .relativeDay(-1), .relativeDay(1)])
        #expect(kinds("Shelling continued last night.") == [.relativeDay(-1)])
        #expect(kinds("Talks stalled last week.") == [.relativeWeek(.last)])
        #expect(kinds("Talks stalled earlier this month.") == [.relativeMonth(.earlierThis)])
        #expect(
            kinds("Talks stalled last month and resume next year.") == [.relativeMonth(.last), .relativeYear(.next)])
        #expect(kinds("Talks stalled over the weekend.") == [.relativeWeekend(.recent)])
        #expect(kinds("Over the last year the group lost ground.").isEmpty)
    }

    @Test func readsAgoWithDigitsWordsAndHedges() {
        let found = recognizer.expressions(in: "Baghdadi declared ISIS' \"caliphate\" more than two years ago.")
        #expect(found.map(\.text) == ["more than two years ago"])
        #expect(found.map(\.kind) == [.ago(2, .year)])
        #expect(kinds("It fell 3 days ago.") == [.ago(3, .day)])
        #expect(kinds("It fell a year ago.") == [.ago(1, .year)])
        #expect(kinds("It fell a couple of weeks ago.") == [.ago(2, .week)])
        #expect(kinds("It fell years ago.").isEmpty)
    }

    @Test func ignoresWordsThatOnlyLookLikeDates() {
        #expect(kinds("US Lt. Gen. Stephen Townsend released a statement.").isEmpty)
        #expect(kinds("The operation may continue for weeks.").isEmpty)
        #expect(kinds("May God protect them, he said.").isEmpty)
        #expect(kinds("They plan to march on Mosul.").isEmpty)
        #expect(kinds("British Prime Minister Theresa May spoke.").isEmpty)
        #expect(kinds("The sun rose over Sat Bazar.").isEmpty)
    }

    @Test func givesScalarOffsetsIntoTheScannedText() throws {
        let text = "Mūşil fell on Monday."
        let found = try #require(recognizer.expressions(in: text).first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[found.start..<found.end])
        #expect(String(view) == "Monday")
        #expect(found.start == 14)
    }
}
