import Foundation
import Testing

@testable import NewsStore

@Suite struct EventExtractorTests {
    let extractor = EventExtractor()
    let monday = CalendarDay(year: 2016, month: 10, day: 17)

    /// Sentences copied from the seed article (CNN, 2016-10-17), in its fields.
    let seed = CleanedArticle(
        title: "What happens after ISIS loses Mosul?",
        highlights: [
            "Peter Bergen says loss of the hugely symbolic city would be a big turning point, but there will be other "
                + "Sunni terrorist groups that take its place unless the region achieves peace"
        ],
        body: """
            So it begins: The long-envisioned assault on Mosul, the hugely symbolic Iraqi city where Abu Bakr \
            al-Baghdadi declared ISIS' self-styled "caliphate" more than two years ago.

            There is little doubt that ISIS will lose Mosul and likely before the next US president takes office. On \
            Monday, the commander of the anti-ISIS coalition, US Lt. Gen. Stephen Townsend, released a statement \
            saying the Mosul operation "will likely continue for weeks, possibly longer."

            On Sunday, ISIS surrendered the Syrian city of Dabiq without much of fight.

            The impending fall of Mosul makes this Trump talking point somewhat moot and it will be interesting to \
            see how Trump and Hillary Clinton handle any discussion of ISIS during the final presidential debate on \
            Wednesday night, since it is abundantly clear that the US-led coalition is already knocking the hell out \
            of ISIS.
            """,
        captions: [
            "Iraq-led forces attack ISIS combatants during a much anticipated mission to take back the "
                + "ISIS-controlled city of Mosul in northern Iraq on Monday, October 17. In a televised statement "
                + "Monday morning, Iraqi Prime Minister Haider al-Abadi said \"the victory bell has rung.\"",
            "An Iraqi policeman inspects his weapon at the Qayyara military base, about 60 kilometers (35 miles) "
                + "south of Mosul, on Sunday, October 16. If Iraqi forces regain control of Mosul, it will be the "
                + "latest in a string of victories.",
            "A Sunni Iraqi policeman prays at the Qayyara airbase base on October 16.",
            "Iraqi coalition forces deploy in the area of al-Shourah as they advance toward Mosul on October 17. "
                + "Before ISIS gained control, Mosul was inhabited by more than 2 million people.",
        ],
        publishedAt: PublishedTime(iso: "2016-10-17"))

    private func event(_ events: [ExtractedEvent], containing words: String) -> ExtractedEvent? {
        events.first { $0.evidence.contains(words) }
    }

    @Test func findsTheSeedArticlesDatedEvents() throws {
        let events = extractor.events(in: seed, publishedOn: monday)
        let dabiq = try #require(event(events, containing: "ISIS surrendered the Syrian city of Dabiq"))
        #expect(dabiq.date.label == "2016-10-16")
        #expect(dabiq.rule == "weekday-past")
        #expect(dabiq.expression == "Sunday")

        let townsend = try #require(event(events, containing: "Stephen Townsend"))
        #expect(townsend.date.label == "2016-10-17")

        let debate = try #require(event(events, containing: "final presidential debate"))
        #expect(debate.date.label == "2016-10-19")
        #expect(debate.rule == "weekday-future")
        #expect(debate.expression == "Wednesday night")

        let caliphate = try #require(event(events, containing: "caliphate"))
        #expect(caliphate.date.label == "2014")
        #expect(caliphate.date.precision == .year)
        #expect(caliphate.date.start.iso == "2014-01-01" && caliphate.date.end.iso == "2014-12-31")
        #expect(caliphate.expression == "more than two years ago")
        #expect(caliphate.rule == "years-ago")

        let qayyara = try #require(event(events, containing: "inspects his weapon"))
        #expect(qayyara.date.label == "2016-10-16" && qayyara.expression == "Sunday, October 16")
        #expect(qayyara.rule == "absolute-day")
        #expect(event(events, containing: "prays at the Qayyara")?.date.label == "2016-10-16")
        #expect(event(events, containing: "on Monday, October 17")?.date.label == "2016-10-17")
        #expect(event(events, containing: "statement Monday morning")?.date.label == "2016-10-17")
        #expect(event(events, containing: "advance toward Mosul on October 17")?.date.label == "2016-10-17")
    }

    @Test func leavesSentencesWithoutDatesAndPlacesOut() {
        let events = extractor.events(in: seed, publishedOn: monday)
        #expect(events.allSatisfy { $0.places.isEmpty })
        #expect(!events.contains { $0.evidence.contains("2 million people") })
        #expect(!events.contains { $0.evidence.contains("latest in a string of victories") })
        #expect(!events.contains { $0.span.field == .title || $0.span.field == .highlights })
    }

    @Test func pointsTheSpanAtTheEvidenceSentenceInItsField() throws {
        let events = extractor.events(in: seed, publishedOn: monday)
        for event in events {
            let scalars = Array(seed.text(of: event.span.field).unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[event.span.start..<event.span.end])
            #expect(String(view) == event.evidence)
        }
        let morning = try #require(event(events, containing: "statement Monday morning"))
        #expect(morning.span.field == .captions)
        #expect(morning.evidence.hasPrefix("In a televised statement"))
    }

    @Test func makesOneEventForACaptionPrintedTwice() {
        let caption = "Kurdish fighters advance toward Mosul from the east on Monday morning."
        let article = CleanedArticle(title: "Mosul", body: "", captions: [caption, caption])
        let events = extractor.events(in: article, publishedOn: monday)
        #expect(events.count == 1)
        #expect(events.first?.span == TextSpan(field: .captions, start: 0, end: caption.unicodeScalars.count))
    }

    @Test func makesOneEventPerDistinctDateInASentence() {
        let text = "On Monday, October 17, forces attacked, and on Monday morning they advanced; on Sunday they waited."
        let events = extractor.events(in: CleanedArticle(title: "", body: text), publishedOn: monday)
        #expect(events.map(\.date.label) == ["2016-10-17", "2016-10-16"])
        #expect(events.map(\.expression) == ["Monday, October 17", "Sunday"])
    }

    @Test func keepsExplicitDatesButDropsRelativeOnesWithoutAPublicationDay() {
        let body = "It fell on Oct. 16, 2016. It fell on Sunday. Mosul was taken in June 2014."
        let events = extractor.events(in: CleanedArticle(title: "", body: body), publishedOn: nil)
        #expect(events.map(\.date.label) == ["2016-10-16", "2014-06"])
    }

    @Test func derivesThePublicationDayFromDatesInstantsAndZones() {
        func day(_ published: String?, _ zone: String? = nil, updated: String? = nil) -> String? {
            let article = CleanedArticle(
                title: "", body: "", publishedAt: published.flatMap(PublishedTime.init(iso:)), publishedTimeZone: zone,
                updatedAt: updated.flatMap(PublishedTime.init(iso:)))
            return EventExtractor.publicationDay(of: article)?.iso
        }
        #expect(day("2016-10-17") == "2016-10-17")
        #expect(day("2016-10-18T02:30:00Z", "America/New_York") == "2016-10-17")
        #expect(day("2016-10-18T02:30:00Z") == "2016-10-18")
        #expect(day("2016-10-18T02:30:00Z", "Not/AZone") == "2016-10-18")
        #expect(day("2016-10-17T17:01:00.250Z", "Asia/Baghdad") == "2016-10-17")
        #expect(day(nil, updated: "2016-10-17T17:01:00Z") == "2016-10-17")
        #expect(day("soon", updated: "2016-10-20") == "2016-10-20")
        #expect(day(nil) == nil)
    }

    private static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func findsTheRequiredDatesInTheRawSeedText() throws {
        // The raw page stands in for the cleaner's output here: every required date must appear.
        let text = try String(contentsOf: Self.seedURL, encoding: .utf8)
        let events = extractor.events(in: CleanedArticle(title: "", body: text), publishedOn: monday)
        let dates = Set(events.map(\.date.label))
        #expect(dates.isSuperset(of: ["2016-10-17", "2016-10-16", "2016-10-19", "2014"]))
        #expect(!events.contains { $0.date.label == "2016-10-24" })
    }

    @Test func aMonthSomeoneMustWaitUntilIsTheComingOne() throws {
        let article = CleanedArticle(
            title: "New laws",
            body: "California is raising its minimum wage, but workers must wait until July to see the addition.",
            publishedAt: PublishedTime(iso: "2013-12-30"))
        let events = extractor.events(in: article, publishedOn: CalendarDay(year: 2013, month: 12, day: 30))
        #expect(events.map(\.date.label) == ["2014-07"])
    }

    @Test func aDecadeIsNotTakenForItsFirstYear() {
        let article = CleanedArticle(
            title: "", body: "He spent about five years in the early 1980s in the solicitor general's office.",
            publishedAt: PublishedTime(iso: "2023-11-06"))
        let events = extractor.events(in: article, publishedOn: CalendarDay(year: 2023, month: 11, day: 6))
        // The decade as a span of ten years, never the single year 1980.
        #expect(events.map(\.date.label) != ["1980"])
        #expect(events.allSatisfy { $0.date.start.year == 1980 && $0.date.end.year == 1989 })
    }
}
