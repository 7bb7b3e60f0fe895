import Foundation
import Testing

@testable import NewsStore

/// Each format imported through the facade from a realistic sample: titles, authors, dates,
/// URLs and bodies come out right, bad records fail alone and are named by number.
@Suite struct FormatImportTests {
    /// The stored article imported from `origin`.
    private func article(_ store: NewsStore, _ summary: ImportSummary, origin: String) throws -> ArticleDetail {
        let item = try #require(summary.imported.first { $0.origin.hasSuffix(origin) })
        return try store.article(id: item.articleID)
    }

    @Test func aPageThatOpensWithStyleAndScriptBeforeItsDoctypeIsReadAsHTML() throws {
        let store = try StoreFixtures.small()
        let summary = store.importFiles([FormatFixtures.path("style-first.html")], options: .init(workers: 0))
        let detail = try article(store, summary, origin: "style-first.html")
        #expect(detail.article.title == "River rises in Mosul as rain continues")
        #expect(detail.article.authors.map(\.name) == ["Layla Hassan"])
        #expect(detail.article.publishedAt?.iso == "2024-03-05T08:30:00Z")
        #expect(detail.article.body.hasPrefix("Heavy rain swelled the Tigris"))
        #expect(!detail.article.body.contains("font-family") && !detail.article.body.contains("2099"))
    }

    @Test func aGzippedPageIsInflatedAndReadLikeThePlainOne() throws {
        let store = try StoreFixtures.small()
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("page.html.gz").path
        try FormatFixtures.gzip(try FormatFixtures.data("style-first.html")).write(to: URL(fileURLWithPath: path))
        let summary = store.importFiles([path], options: .init(workers: 0))
        #expect(summary.failed.isEmpty)
        #expect(
            try article(store, summary, origin: "page.html.gz").article.title
                == "River rises in Mosul as rain continues")
        // The same page unzipped is the same article.
        let again = store.importFiles([FormatFixtures.path("style-first.html")], options: .init(workers: 0))
        #expect(again.alreadyPresent.map(\.articleID) == summary.imported.map(\.articleID))
    }

    @Test func markdownIsReadAsTextWithoutItsHeadingMarkers() throws {
        let store = try StoreFixtures.small()
        let summary = store.importFiles([FormatFixtures.path("notes.md")], options: .init(workers: 0))
        let detail = try article(store, summary, origin: "notes.md")
        #expect(detail.article.title == "Quiet vote count in Baghdad")
        #expect(detail.article.authors.map(\.name) == ["Omar Said"])
    }

    @Test func newsPleaseJSONLinesGiveOneArticlePerLineAndABadLineFailsAloneByNumber() throws {
        let store = try StoreFixtures.small()
        let path = FormatFixtures.path("news-please.jsonl")
        let summary = store.importFiles([path], options: .init(workers: 2))
        #expect(summary.imported.map(\.origin) == [path + ":1", path + ":3"])
        #expect(summary.failed.map(\.origin) == [path + ":2"])
        let first = try article(store, summary, origin: ":1").article
        #expect(first.title == "Baghdad markets reopen after closures")
        #expect(first.authors.map(\.name) == ["Sara Kareem", "John Miller"])
        #expect(first.publishedAt?.iso == "2024-03-06")
        #expect(first.url == "https://www.example.com/world/baghdad-markets")
        #expect(first.source == "www.example.com" && first.language == "en")
        #expect(
            first.body.hasPrefix("Shops in Baghdad reopened on Wednesday after two days of closures.\n\nThe provincial")
        )
    }

    @Test func trafilaturaJSONSplitsItsAuthorStringAndTakesTheHostnameAsSource() throws {
        let store = try StoreFixtures.small()
        let summary = store.importFiles([FormatFixtures.path("trafilatura.json")], options: .init(workers: 0))
        let detail = try article(store, summary, origin: "trafilatura.json:1").article
        #expect(detail.title == "Engineers inspect dam after flood warning")
        #expect(detail.authors.map(\.name) == ["Nadia Ali", "Karim Hassan"])
        #expect(detail.publishedAt?.iso == "2024-03-08")
        #expect(detail.source == "example.net" && detail.url == "https://example.net/dam")
    }

    @Test func aNewspaperJSONArrayGivesOneArticlePerElementNamedByItsLine() throws {
        let store = try StoreFixtures.small()
        let path = FormatFixtures.path("newspaper.json")
        let summary = store.importFiles([path], options: .init(workers: 0))
        #expect(summary.imported.map(\.title) == ["Schools reopen in Mosul", "Council meets on flood repairs"])
        #expect(summary.imported.map(\.origin) == [path + ":2", path + ":11"])
        let first = try article(store, summary, origin: ":2").article
        #expect(first.publishedAt?.iso == "2024-03-09T06:00:00Z" && first.authors.map(\.name) == ["Ali Rahman"])
    }

    @Test func newsqsOwnShowOutputImportsBackAsTheSameArticle() throws {
        let store = try StoreFixtures.small()
        let first = store.importFiles([FormatFixtures.path("newspaper.json")], options: .init(workers: 0))
        let detail = try store.article(id: try #require(first.imported.first).articleID).article
        // The shape `newsq show --format json` prints (field names as the CLI writes them).
        let object: [String: Any] = [
            "id": detail.id, "title": detail.title, "body": detail.body, "highlights": detail.highlights,
            "captions": detail.captions, "authors": detail.authors.map { ["name": $0.name] },
            "published_at": detail.publishedAt?.iso ?? "", "url": detail.url ?? "",
            "imported_from": detail.importedFrom, "content_hash": detail.contentHash,
        ]
        let path = try StoreFixtures.file(
            "show.json", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        let other = try StoreFixtures.small()
        let copied = other.importFiles([path], options: .init(workers: 0))
        let copy = try other.article(id: try #require(copied.imported.first).articleID).article
        #expect(copy.contentHash == detail.contentHash && copy.publishedAt == detail.publishedAt)
        #expect(store.importFiles([path], options: .init(workers: 0)).alreadyPresent.count == 1)
    }

    @Test func aListingWithoutBodiesFailsWithAHintInsteadOfStoringJSONAsText() throws {
        let store = try StoreFixtures.small()
        let line = #"{"id":1,"published_at":"2024-03-05","title":"River rises","authors":[],"source":null}"#
        let summary = store.importFiles([try StoreFixtures.file("list.jsonl", line + "\n")], options: .init(workers: 0))
        #expect(summary.imported.isEmpty)
        #expect(summary.failed.first?.reason.contains("newsq show") == true)
    }

    @Test func newsqExportRecordsAreStoredAsGivenWithTheirPlacesAndEvents() throws {
        let store = try StoreFixtures.small()
        let path = FormatFixtures.path("export.jsonl")
        let summary = store.importFiles([path], options: .init(workers: 0))
        #expect(summary.failed.isEmpty)
        #expect(summary.imported.map(\.title) == ["Ferry crews return to the Tigris"])
        let id = try #require(summary.imported.first?.articleID)
        let detail = try store.article(id: id)
        #expect(detail.events.map(\.date.start.iso) == ["2016-10-17"])
        #expect(detail.places.map(\.place.name).contains("Mosul"))
        #expect(detail.article.authors.map(\.name) == ["Dana Lee"])
        let again = store.importFiles([path], options: .init(workers: 0))
        #expect(again.alreadyPresent.count == 1 && again.imported.isEmpty)
    }

    @Test func anRSSFeedGivesFullContentWhenPresentAndMarksSummaryOnlyItems() throws {
        let store = try StoreFixtures.small()
        let path = FormatFixtures.path("wire.rss")
        let summary = store.importFiles([path], options: .init(workers: 0))
        #expect(summary.imported.map(\.origin) == [path + " item 1", path + " item 2"])
        #expect(summary.imported.map(\.note) == [nil, "summary only: the feed carries no full text"])
        let full = try article(store, summary, origin: "item 1").article
        #expect(full.title == "Ferry service resumes on the Tigris")
        #expect(full.authors.map(\.name) == ["Mona Aziz"] && full.url == "https://wire.example.com/ferry")
        #expect(full.publishedAt?.iso == "2024-03-11T06:45:00Z" && full.source == "Example Wire")
        #expect(full.body.hasPrefix("Ferry boats crossed the Tigris") && !full.body.contains("Share this"))
        let brief = try article(store, summary, origin: "item 2").article
        #expect(brief.title == "Power cuts ease in Basra & Baghdad")
        #expect(brief.authors.map(\.name) == ["Hadi Karim"])
        #expect(brief.publishedAt?.iso == "2024-03-12T11:00:00Z")
        #expect(brief.body.hasPrefix("Power cuts eased") && !brief.body.contains("<p>"))
    }

    @Test func anAtomFeedTakesPublishedOverUpdatedAndReadsXHTMLSummaries() throws {
        let store = try StoreFixtures.small()
        let summary = store.importFiles([FormatFixtures.path("desk.atom")], options: .init(workers: 0))
        let first = try article(store, summary, origin: "item 1").article
        #expect(first.title == "Bridge reopens in Mosul" && first.url == "https://atom.example.com/bridge")
        #expect(first.authors.map(\.name) == ["Rana Yousef"])
        #expect(first.publishedAt?.iso == "2024-03-13T10:00:00Z")
        #expect(first.body.hasPrefix("The old bridge in Mosul reopened"))
        let second = try article(store, summary, origin: "item 2").article
        // No published date: the updated one is the best known.
        #expect(second.publishedAt?.iso == "2024-03-14T07:00:00Z")
        #expect(second.body.hasPrefix("Forecasters expect heavy rain"))
        #expect(summary.imported.last?.note?.hasPrefix("summary only") == true)
    }

    @Test func aFeedOnStandardInputIsSplitIntoItems() throws {
        let store = try StoreFixtures.small()
        let feed = try FormatFixtures.data("wire.rss")
        let summary = store.importFiles(["-"], options: .init(workers: 0), standardInput: { feed })
        #expect(summary.imported.map(\.origin) == ["- item 1", "- item 2"])
    }

    @Test func publishedOverrideDatesEveryArticleOfTheImport() throws {
        let store = try StoreFixtures.small()
        var options = ImportOptions(workers: 0)
        options.publishedOverride = CalendarDay(year: 2020, month: 1, day: 2)
        let summary = store.importFiles([FormatFixtures.path("newspaper.json")], options: options)
        for item in summary.imported {
            #expect(try store.article(id: item.articleID).article.publishedAt?.iso == "2020-01-02")
        }
        #expect(summary.imported.count == 2)
    }
}
