import Foundation
import Testing

@testable import NewsStore

/// Places and events of the seed, as stored by a real import with the shipped gazetteer.
@Suite struct NewsStoreKnowledgeTests {
    let store: NewsStore

    init() throws { store = try StoreFixtures.seeded() }

    func place(_ name: String, in places: [PlaceCount]) -> Place? {
        places.first { $0.place.name == name }?.place
    }

    @Test func storesTheSeedPlacesWithCoordinatesOnlyWhenTheGazetteerHasThem() throws {
        let places = try store.places(PlaceFilter(articleID: 1))
        let mosul = try #require(place("Mosul", in: places))
        #expect(mosul.isResolved && mosul.countryCode == "IQ" && mosul.latitude != nil)
        let dabiq = try #require(place("Dabiq", in: places))
        #expect(!dabiq.isResolved && dabiq.latitude == nil && dabiq.countryCode == "SY")
        let damascus = try #require(place("Damascus", in: places))
        #expect(damascus.countryCode == "SY")
        #expect(places.first?.place.name == "Mosul")  // most mentioned first
    }

    @Test func aStoreHoldsOnlyThePlacesItsArticlesMentionWithEveryShippedName() throws {
        let stats = try store.statistics()
        #expect(stats.places == stats.mentionedPlaces)
        // Mosul came in with the gazetteer's other names: a filter by one of them finds the seed.
        let hits = try store.search("Mosul", SearchOptions(place: "Al Mawsil"))
        #expect(hits.total == 1)
        // A place no article mentions is still a centre for --near, from the gazetteer.
        let nearBasra = try store.places(PlaceFilter(near: "Basra", withinKm: 600))
        #expect(nearBasra.contains { $0.place.name == "Baghdad" })
    }

    @Test func articlesAreListedByPlaceAuthorAndSourceWithoutSearchWords() throws {
        let ids = { (filter: ArticleFilter) in try store.articles(filter).map(\.id) }
        #expect(try ids(ArticleFilter(place: "Dabiq")) == [1])
        #expect(try ids(ArticleFilter(place: "al-Mawsil", author: "peter bergen", source: "cnn")) == [1])
        #expect(try ids(ArticleFilter(author: "Pétér Bergen")) == [1])
        #expect(try ids(ArticleFilter(place: "Paris")).isEmpty)
        #expect(try ids(ArticleFilter(author: "Bergen")).isEmpty)
        #expect(try ids(ArticleFilter(source: "BBC")).isEmpty)
        let october = DateRange(from: CalendarDay(partial: "2016-10"), to: CalendarDay(partial: "2016-10", upper: true))
        #expect(try ids(ArticleFilter(range: october, place: "Mosul")) == [1])
    }

    @Test func articlesAreListedByTheCountryOfAPlaceTheyMention() throws {
        let ids = { (filter: ArticleFilter) in try store.articles(filter).map(\.id) }
        #expect(try ids(ArticleFilter(country: "IQ")) == [1])
        #expect(try ids(ArticleFilter(country: "syria")) == [1])  // Dabiq
        #expect(try ids(ArticleFilter(country: "JP")).isEmpty)
        #expect(try ids(ArticleFilter(source: "BBC", country: "IQ")).isEmpty)
        #expect(throws: NewsStoreError.self) { try store.articles(ArticleFilter(country: "Narnia")) }
        let facets = try store.facets(articles: ArticleFilter(country: "Iraq"), by: [.source])
        #expect(facets.first?.value == "CNN" && facets.first?.articles == 1)
    }

    @Test func extractAndStoredDataAgreeOnTheSeed() throws {
        let data = try Data(contentsOf: TestSupport.seedURL)
        let extracted = try NewsStore.extract(data, origin: "seed")
        let stored = try store.places(PlaceFilter(articleID: 1, limit: 1_000))
        #expect(Set(extracted.places.map(\.name)) == Set(stored.map(\.place.name)))
        let mentions = extracted.places.reduce(0) { $0 + $1.mentions.count }
        #expect(mentions == stored.reduce(0) { $0 + $1.mentions })
        let events = try store.events(EventFilter(articleID: 1))
        #expect(Set(extracted.events.map(\.date)) == Set(events.map(\.date)))
        #expect(extracted.events.count == events.count)
    }

    @Test func findsPlacesNearAnotherWithinARadiusNearestFirst() throws {
        let near = try store.places(PlaceFilter(near: "Mosul", withinKm: 80))
        #expect(near.first?.place.name == "Mosul")
        #expect(near.allSatisfy { ($0.distanceKm ?? .infinity) <= 80 })
        #expect(near.contains { $0.place.geonamesID == 99_003 })  // Al Qayyārah, the seed's Qayyara
        #expect(!near.contains { $0.place.name == "Baghdad" })
        let distances = near.compactMap(\.distanceKm)
        #expect(distances == distances.sorted())
    }

    @Test func filtersPlacesByCountryNameOrCode() throws {
        let syria = try store.places(PlaceFilter(country: "Syria"))
        #expect(syria.contains { $0.place.name == "Dabiq" })
        #expect(syria.allSatisfy { $0.place.countryCode == "SY" })
        #expect(try store.places(PlaceFilter(country: "sy")).count == syria.count)
        #expect(throws: NewsStoreError.self) { try store.places(PlaceFilter(country: "Atlantis")) }
        #expect(throws: NewsStoreError.self) { try store.places(PlaceFilter(near: "Qxqxqville")) }
    }

    @Test func listsTheSeedEventsByDateWithTheirPlaces() throws {
        let events = try store.events(EventFilter())
        let dates = Set(events.map(\.date.label))
        #expect(dates.isSuperset(of: ["2016-10-17", "2016-10-16", "2016-10-19", "2014"]))
        #expect(events.map(\.date.start) == events.map(\.date.start).sorted())
        let caliphate = try #require(events.first { $0.date.label == "2014" })
        #expect(caliphate.date.precision == .year)
        let debate = try #require(events.first { $0.date.label == "2016-10-19" })
        #expect(debate.evidence.contains("debate"))
        let dabiq = try #require(events.first { $0.evidence.contains("surrendered the Syrian city of Dabiq") })
        #expect(dabiq.date.label == "2016-10-16")
        #expect(dabiq.places.contains("Dabiq"))
    }

    @Test func filtersEventsByDateRangeAndPlace() throws {
        let day = try #require(CalendarDay(iso: "2016-10-16"))
        let sunday = try store.events(EventFilter(range: DateRange(from: day, to: day)))
        #expect(!sunday.isEmpty && sunday.allSatisfy { $0.date.start <= day && $0.date.end >= day })
        let qayyara = try store.events(EventFilter(place: "Qayyara"))
        #expect(qayyara.contains { $0.date.label == "2016-10-16" })
        #expect(qayyara.allSatisfy { event in event.places.contains("Al Qayyārah") })
        #expect(throws: NewsStoreError.self) { try store.events(EventFilter(place: "Qxqxqville")) }
    }

    @Test func aGazetteerImportFillsInAPlaceKnownOnlyByName() throws {
        let before = try #require(place("Dabiq", in: try store.places(PlaceFilter(articleID: 1))))
        #expect(before.latitude == nil)
        let line = [
            "99999901", "Dabiq", "Dabiq", "", "36.5333", "37.2667", "P", "PPL", "SY", "", "09", "", "", "", "3364", "",
            "", "", "",
        ]
        .joined(separator: "\t")
        let file = try StoreFixtures.file("dabiq.txt", line + "\n")
        let summary = try store.importGazetteer(file)
        #expect(summary.updated + summary.added >= 1)
        let after = try #require(place("Dabiq", in: try store.places(PlaceFilter(articleID: 1))))
        #expect(after.latitude == 36.5333 && after.isResolved)
        let again = try store.importGazetteer(file)
        #expect(again.added == 0 && again.updated == 0)
    }

    @Test func reImportingAGazetteerEntryKeepsTheSpellingsArticlesAdded() throws {
        let line = try #require(
            try String(
                contentsOf: TestSupport.packageRoot.appendingPathComponent("SampleData/gazetteer/cities.txt"),
                encoding: .utf8
            )
            .split(separator: "\n").first { $0.hasPrefix("99003\t") })
        let file = try StoreFixtures.file("qayyarah.txt", line + "\n")
        let summary = try store.importGazetteer(file)
        // The mentioned place came into the store with all its shipped names: nothing to change.
        #expect(summary.unchanged == 1 && summary.updated == 0 && summary.added == 0)
        #expect(try store.events(EventFilter(place: "Qayyara")).contains { $0.date.label == "2016-10-16" })
    }

    @Test(.enabled(if: TestSupport.hasShared, "needs ../shared/corpus"))
    func everyCliffStoryRunsThroughTheWholeExtractPipeline() throws {
        let folder = TestSupport.shared.appendingPathComponent("corpus/text/cliff")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 11)
        // The pipeline NewsStore.extract runs, with the shipped index built once for all files.
        let pipeline = ArticlePipeline(gazetteer: try GazetteerIndex.shipped())
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let extracted = try pipeline.extract(data, origin: file, publishedOverride: CalendarDay(iso: "2012-06-01"))
            #expect(!extracted.article.title.isEmpty, "\(file)")
            #expect(!extracted.places.isEmpty, "\(file) has no places")
            // Coordinates come from the gazetteer: its places, or the derived point of a region of
            // regions.tsv (a US state), never from the text.
            let regionPoints = Set(try ShippedGazetteer.regions().filter { $0.latitude != nil }.map(\.name))
            for place in extracted.places {
                #expect(
                    place.isResolved || place.latitude == nil || regionPoints.contains(place.name),
                    "\(file): \(place.name) has invented coordinates")
                for mention in place.mentions {
                    let text = Array(extracted.article.text(of: mention.span.field).unicodeScalars)
                    var surface = String.UnicodeScalarView()
                    surface.append(contentsOf: text[mention.span.start..<mention.span.end])
                    #expect(String(surface) == mention.surface, "\(file): offsets of \(mention.surface)")
                }
            }
        }
    }
}
