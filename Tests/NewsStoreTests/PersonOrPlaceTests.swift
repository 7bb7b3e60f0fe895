import Foundation
import Testing

@testable import NewsStore

/// People, organisations and fictional names are not places; places named like people still are.
@Suite struct PersonOrPlaceTests {
    private func names(_ title: String = "", _ body: String) throws -> [String] {
        let article = CleanedArticle(title: title, body: body)
        return PlaceExtractor(index: try StoreFixtures.shippedIndex.get()).places(in: article).map(\.name)
    }

    private func surfaces(_ title: String = "", _ body: String) throws -> Set<String> {
        let article = CleanedArticle(title: title, body: body)
        return Set(
            PlaceExtractor(index: try StoreFixtures.shippedIndex.get()).places(in: article)
                .flatMap { $0.mentions.map(\.surface) })
    }

    @Test func givenNamesComeFromTheShippedDataFiles() {
        #expect(PersonNames.given.count > 5_000)
        #expect(PersonNames.given.contains("sheldon") && PersonNames.given.contains("vladimir"))
        #expect(!PersonNames.given.contains { $0.hasPrefix("#") })
    }

    @Test func aPersonsPossessiveAndLaterSurnameAreNotPlaces() throws {
        let found = try surfaces(
            "Casino deal",
            "Sheldon Adelson's Las Vegas Sands bought land near the Strip. Adelson told investors on Monday that "
                + "Adelson's company would build in Nevada.")
        #expect(!found.contains("Adelson"))
        #expect(found.contains("Nevada"))
    }

    @Test func aSurnameSeenWithItsGivenNameOrAVerbOfSpeechIsAPerson() throws {
        let found = try surfaces(
            "Diplomacy",
            "Rex Tillerson met Nikki Haley in New York. Tillerson later flew to Jordan, and Haley stayed. "
                + "\"We disagree,\" said Kubrick, a Pentagon adviser. Iraq said it would attend.")
        for person in ["Tillerson", "Haley", "Kubrick", "Rex", "Nikki"] {
            #expect(!found.contains(person), "\(person) is a person")
        }
        #expect(found.contains("Jordan") && found.contains("Iraq") && found.contains("New York"))
    }

    @Test func placesNamedLikePeopleStayPlacesWhenTheContextSaysPlace() throws {
        let found = try names(
            "Regional talks",
            "Delegates from Jordan, Georgia and Chad met in Victoria. Jordan's capital hosted the next round.")
        for place in ["Jordan", "Georgia", "Chad"] {
            #expect(found.contains(place), "\(place) is a place here")
        }
        let spieth = try surfaces("Golf", "Jordan Spieth won the tournament in Georgia.")
        #expect(!spieth.contains("Jordan") && !spieth.contains("Spieth"))
    }

    @Test func institutionsAndBuildingsAreNotPlaces() throws {
        let found = try surfaces(
            "Campus news",
            "Students at New York University and the University of Texas joined a White House event. "
                + "The Louvre Museum lent paintings, officials in Paris said.")
        #expect(!found.contains("New York") && !found.contains("Texas") && !found.contains("White House"))
        #expect(!found.contains("Louvre"))
        #expect(found.contains("Paris"))
    }

    @Test func aForeignNameForASmallCityOutsideTheArticlesCountriesNeedsMore() throws {
        let found = try names(
            "Characters", "Jas and Vincent play by the river. Penny watches over Jas and teaches her lessons.")
        #expect(!found.contains { $0.hasPrefix("Ia") })
    }

    @Test func aPlaceInATitleCaseHeadlineIsNotHiddenForTheWholeArticle() throws {
        let found = try names(
            "President Visits Charlotte After Police Shooting",
            "The president arrived in Charlotte on Monday. Protesters gathered downtown.")
        #expect(found.contains("Charlotte"))
    }

    @Test func theDatelinePlaceCounts() throws {
        let article = CleanedArticle(
            title: "Protests continue", body: "CHARLOTTE, N.C. (AP) \u{2014} Protesters marched again on Thursday.")
        let found = PlaceExtractor(index: try StoreFixtures.shippedIndex.get()).places(in: article)
        let charlotte = try #require(found.first { $0.name == "Charlotte" })
        #expect(charlotte.countryCode == "US")
    }
}

@Suite struct FalseEventTests {
    private let day = CalendarDay(year: 2016, month: 10, day: 17)

    private func events(_ body: String, title: String = "") throws -> [ExtractedEvent] {
        EventExtractor().events(in: CleanedArticle(title: title, body: body), publishedOn: try #require(day))
    }

    @Test func todayUsedAsAnEraIsNoEvent() throws {
        #expect(try events("Today's 3-D printers can build a house. The world of today is fast.").isEmpty)
        #expect(try events("The talks resume today in Geneva.").count == 1)
    }

    @Test func bylineStampsAndPhotoCreditsAreNoEvents() throws {
        #expect(try events("Updated 10:32 AM ET, Mon October 17, 2016").isEmpty)
        #expect(try events("Photo: Reuters/Ahmed Saad, October 2016").isEmpty)
        #expect(try events("Troops entered the village on October 16, 2016.").count == 1)
    }

    @Test func aYearModifyingANounIsNoEvent() throws {
        #expect(try events("Cuts came during 2012 budget talks.").isEmpty)
        #expect(try events("The city fell in 2014.").map(\.date.label) == ["2014"])
    }

    @Test func seasonsDecadesAndPartsOfLastYearGetTheirSpans() throws {
        let summer = try #require(try events("The offensive stalled last summer.").first)
        #expect(summer.date.start == CalendarDay(year: 2016, month: 6, day: 1))
        #expect(summer.date.end == CalendarDay(year: 2016, month: 8, day: 31))
        let winter = try #require(try events("Fighting resumed in the winter of 2014.").first)
        #expect(winter.date.end == CalendarDay(year: 2015, month: 2, day: 28))
        let late = try #require(try events("The group formed late last year.").first)
        #expect(late.date.start == CalendarDay(year: 2015, month: 9, day: 1))
        #expect(late.date.end == CalendarDay(year: 2015, month: 12, day: 31))
        let decade = try #require(try events("Sanctions in the 1990s hurt Iraq.").first)
        #expect(decade.date.start == CalendarDay(year: 1990, month: 1, day: 1))
        #expect(decade.date.end == CalendarDay(year: 1999, month: 12, day: 31))
        #expect(decade.date.precision == .approximate)
    }

    @Test func aBareMonthInPastNarrativeIsTheOneGone() throws {
        let past = try #require(try events("In December, militants attacked the base.").first)
        #expect(past.date.start == CalendarDay(year: 2015, month: 12, day: 1))
        let future = try #require(try events("Elections will be held in December.").first)
        #expect(future.date.start == CalendarDay(year: 2016, month: 12, day: 1))
    }
}
