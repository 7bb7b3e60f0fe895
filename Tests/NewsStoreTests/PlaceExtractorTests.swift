import Foundation
import Testing

@testable import NewsStore

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let cliffFolder = packageRoot.appendingPathComponent("../shared/corpus/text/cliff").standardizedFileURL

/// The seed article approximated by hand: title, the prose paragraphs, the distinct captions.
func seedArticle() throws -> CleanedArticle {
    let url = packageRoot.appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt")
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        .map { $0.trimmingCharacters(in: .whitespaces) }
    var captions: [String] = []
    for (offset, line) in lines.enumerated() where line == "Hide Caption" && offset > 0 {
        let caption = lines[offset - 1]
        if !captions.contains(caption) { captions.append(caption) }
    }
    guard let start = lines.firstIndex(where: { $0.hasPrefix("(CNN)So it begins") }) else {
        throw NewsStoreError.unreadableInput(path: url.path, reason: "seed body not found")
    }
    let skip: Set<String> = ["Read More", "Follow CNN Opinion", "Join us on Twitter and Facebook"]
    let body = lines[start...].filter { $0.count > 40 && !skip.contains($0) && !$0.contains("&#39;") }
    return CleanedArticle(
        title: "What happens after ISIS loses Mosul?",
        highlights: [
            "Peter Bergen says loss of the hugely symbolic city would be a big turning point, but there will be other "
                + "Sunni terrorist groups that take its place unless the region achieves peace",
            "Bergen: Not all of the thousands of ISIS fighters who are hunkered down in the city will be captured or "
                + "killed. Where will they go?",
        ],
        body: body.joined(separator: "\n\n"), captions: captions,
        bylineText: "By Peter Bergen, CNN National Security Analyst",
        authors: [Byline(name: "Peter Bergen", role: "CNN National Security Analyst", outlet: "CNN")])
}

/// The CLIFF sample stories: one line each, with literal \u2019 and \" escapes.
func cliffArticles() throws -> [(name: String, article: CleanedArticle)] {
    let files = try FileManager.default.contentsOfDirectory(atPath: cliffFolder.path).filter { $0.hasSuffix(".txt") }
        .sorted()
    return try files.map { name in
        var text = try String(contentsOf: cliffFolder.appendingPathComponent(name), encoding: .utf8)
        text = text.replacingOccurrences(of: "\\u2019", with: "\u{2019}").replacingOccurrences(of: "\\\"", with: "\"")
        return (name, CleanedArticle(title: "", body: text))
    }
}

@Suite struct PlaceExtractorTests {
    private func places(_ article: CleanedArticle) throws -> [ExtractedPlace] {
        PlaceExtractor(index: try StoreFixtures.shippedIndex.get()).places(in: article)
    }

    private func place(_ name: String, in places: [ExtractedPlace]) -> ExtractedPlace? {
        places.first { $0.name == name || $0.mentions.contains { $0.surface == name } }
    }

    @Test func seedArticleYieldsItsPlacesWithTheRightResolution() throws {
        let article = try seedArticle()
        #expect(article.captions.count == 17)
        let found = try places(article)
        for name in ["Mosul", "Baiji", "Falluja", "Ramadi", "Tikrit", "Baghdad", "Damascus", "Qayyara", "Bertela"] {
            let match = try #require(place(name, in: found), "\(name) missing")
            #expect(match.isResolved && match.latitude != nil, "\(name) should carry gazetteer coordinates")
            #expect(match.countryCode == (name == "Damascus" ? "SY" : "IQ"), "\(name) in the wrong country")
        }
        #expect(place("Qayyara", in: found)?.geonamesID == 99003)
        #expect(place("Bertela", in: found)?.geonamesID == 97890)
        for name in ["Iraq", "Syria", "Libya", "Yemen", "Iran", "Saudi Arabia", "United States", "United Kingdom"] {
            let country = try #require(place(name, in: found), "\(name) missing")
            // Countries carry their representative point (Natural Earth; see SampleData/gazetteer).
            #expect(country.kind == .country && country.latitude != nil && country.isResolved)
        }
        let expectedByName: [(String, PlaceKind, String?)] = [
            ("Dabiq", .city, "SY"), ("Bedene", .village, "IQ"), ("al-Shourah", .area, "IQ"),
            ("Mount Zardak", .mountain, "IQ"), ("Khazir", .frontline, "IQ"),
        ]
        for (name, kind, country) in expectedByName {
            let known = try #require(place(name, in: found), "\(name) missing")
            #expect(!known.isResolved && known.latitude == nil && known.longitude == nil)
            #expect(
                known.kind == kind && known.countryCode == country, "\(name): \(known.kind) \(known.countryCode ?? "-")"
            )
        }
        #expect(Set(place("Khazir", in: found)?.mentions.map(\.surface) ?? []) == ["Khazir", "Khazer"])
        #expect(found.filter { $0.name == "Mosul" }.count == 1)
    }

    @Test func seedArticleRefusesPeopleCommonWordsAndTheAfghanWardak() throws {
        let found = try places(try seedArticle())
        let wardak = found.filter { $0.mentions.contains { $0.surface == "Wardak" } }
        #expect(wardak.allSatisfy { $0.latitude == nil && $0.countryCode != "AF" })
        let surfaces = Set(found.flatMap { $0.mentions.map(\.surface) })
        for word in [
            "Peter", "Bergen", "Donald", "Trump", "Hillary", "Clinton", "Anderson", "Cooper", "Islam", "West",
            "Smoke", "Townsend", "Abadi", "al-Baghdadi", "Obama", "Gulf", "ISIS", "America",
        ] {
            #expect(!surfaces.contains(word), "\(word) is not a place here")
        }
        #expect(place("Middle East", in: found)?.kind == .region)
        #expect(place("Middle East", in: found)?.latitude == nil)
    }

    @Test func mentionsCarryScalarSpansAndTheirSentence() throws {
        let article = CleanedArticle(
            title: "Fighting near Mosul",
            body: "Forces advanced on Mosul in northern Iraq. Iraqi troops entered the village of Bedene on Monday.")
        let found = try places(article)
        #expect(found.map(\.name) == ["Mosul", "Iraq", "Bedene"])
        let body = Array(article.body.unicodeScalars)
        for mention in found.flatMap(\.mentions) where mention.span.field == .body {
            #expect(String(String.UnicodeScalarView(body[mention.span.start..<mention.span.end])) == mention.surface)
        }
        #expect(found.last?.mentions.first?.sentence == "Iraqi troops entered the village of Bedene on Monday.")
        #expect(found.first?.mentions.first?.span.field == .title)
    }

    @Test func homonymsFollowTheArticlesCountries() throws {
        let syrian = try places(CleanedArticle(title: "", body: "Syrian forces shelled Damascus and Aleppo again."))
        #expect(place("Damascus", in: syrian)?.countryCode == "SY")
        let american = try places(
            CleanedArticle(
                title: "",
                body:
                    "The county fair in Damascus drew visitors from Frederick, Gaithersburg and across the United States."
            ))
        #expect(place("Damascus", in: american)?.countryCode == "US")
    }

    @Test func englishWordsAndSentenceOpenersNeedMoreThanWeakEvidence() throws {
        let china = try places(CleanedArticle(title: "Mining", body: "However, China's record has improved."))
        #expect(china.map(\.name) == ["China"])
        let world = try places(
            CleanedArticle(title: "Aid", body: "Loans came from Beijing, World and Tokyo, officials said."))
        #expect(!world.map(\.name).contains("World"))
        let bedene = try places(
            CleanedArticle(title: "Raid", body: "Smoke rose over the village of Bedene, near Mosul."))
        #expect(bedene.map(\.name).contains("Bedene"))
    }

    @Test func shortSpellingSkeletonsDoNotMatchOtherTowns() throws {
        let article = CleanedArticle(
            title: "Mines", body: "Miners died at a colliery in Liaoning province in north-eastern China in 1942.")
        let found = try places(article)
        #expect(!found.contains { $0.name.hasPrefix("Lüliang") })
        let liaoning = try #require(place("Liaoning", in: found))
        #expect(liaoning.latitude == nil && liaoning.countryCode == "CN")
    }

    @Test func twoOneWordPlacesSideBySideAreAPersonNotTwoPlaces() throws {
        let article = CleanedArticle(
            title: "Primaries", body: "In Iowa, Ron Paul spoke to voters in the United States about Afghanistan.")
        let names = try places(article).map(\.name)
        #expect(!names.contains("Paul") && !names.contains("Ron"))
        #expect(names.contains("Afghanistan"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: cliffFolder.path), "needs ../shared/corpus"))
    func everyCliffStoryYieldsAPlaceWithoutCrashing() throws {
        let stories = try cliffArticles()
        #expect(stories.count >= 10)
        for story in stories {
            let found = try places(story.article)
            #expect(!found.isEmpty, "\(story.name) gave no place")
            if ProcessInfo.processInfo.environment["NEWSQ_PRINT_PLACES"] != nil {
                print(
                    "CLIFF", story.name,
                    found.map { "\($0.name)/\($0.kind)/\($0.countryCode ?? "-")\($0.isResolved ? "" : "?")" })
            }
        }
    }

    @Test func aStateTheArticleNamesPicksItsTownOverLargerNamesakes() throws {
        let found = try places(
            CleanedArticle(title: "", body: "Alito, a Trenton, New Jersey, native, went on to graduate from Princeton.")
        )
        let princeton = try #require(place("Princeton", in: found))
        #expect(princeton.admin1 == "NJ")  // not Princeton, Florida, the most populous one
    }
}
