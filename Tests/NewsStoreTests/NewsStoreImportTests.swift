import Foundation
import Testing

@testable import NewsStore

@Suite struct NewsStoreImportTests {
    @Test func importsAnArticleOnceAndReportsTheSecondImportAsAlreadyPresent() throws {
        let store = try StoreFixtures.small()
        let path = try StoreFixtures.file("floods.txt", StoreFixtures.floods)
        let first = store.importFiles([path])
        #expect(first.imported.count == 1)
        #expect(first.failed.isEmpty)
        let second = store.importFiles([path])
        #expect(second.imported.isEmpty)
        #expect(second.alreadyPresent.map(\.articleID) == first.imported.map(\.articleID))
        #expect(try store.statistics().articles == 1)
    }

    @Test func oneBadFileInAFolderFailsAloneAndWritesNothingOfItself() throws {
        let store = try StoreFixtures.small()
        let folder = try TestSupport.temporaryFolder()
        _ = try StoreFixtures.file("a-good.txt", StoreFixtures.floods, in: folder)
        try Data([0x00, 0xFF, 0x00, 0xFE]).write(to: folder.appendingPathComponent("b-binary.txt"))
        _ = try StoreFixtures.file("c-empty.txt", "   \n\n", in: folder)
        let summary = store.importFiles([folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(summary.imported.count == 1)
        #expect(
            Set(summary.failed.map { URL(fileURLWithPath: $0.origin).lastPathComponent }) == [
                "b-binary.txt", "c-empty.txt", "missing.txt",
            ])
        #expect(summary.failed.allSatisfy { !$0.reason.isEmpty })
        let stats = try store.statistics()
        #expect(stats.articles == 1)
    }

    @Test func importStoresAuthorsOncePerPersonAcrossArticles() throws {
        let store = try StoreFixtures.small()
        let second = StoreFixtures.floods.replacingOccurrences(of: "Floods reach Mosul", with: "More floods in Mosul")
        _ = store.importFiles([
            try StoreFixtures.file("1.txt", StoreFixtures.floods), try StoreFixtures.file("2.txt", second),
        ])
        #expect(try store.statistics().articles == 2)
        #expect(try store.statistics().authors == 2)  // Jane Doe and John Roe, once each
        let detail = try store.article(id: 1)
        #expect(detail.article.authors.map(\.name) == ["Jane Doe", "John Roe"])
        #expect(detail.article.authors.allSatisfy { $0.outlet == "Reuters" })
    }

    @Test func aReadOnlyOpenOfAMissingFileIsAnErrorAndCreatesNothing() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("typo.sqlite").path
        #expect(throws: NewsStoreError.databaseNotFound(path: path)) { try NewsStore(path: path, access: .existing) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesToOpenADatabaseFromANewerNewsq() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("new.sqlite").path
        do {
            let store = try NewsStore(path: path, access: .create)
            try store.sqliteStorage.db.run(
                "INSERT INTO newsq_migration(version, name, applied_at) VALUES (9999, 'later', 'x')")
        }
        let error = try #require(throws: NewsStoreError.self) { try NewsStore(path: path, access: .existing) }
        #expect(error.description.contains("newer newsq"))
    }

    @Test func refusesAFileThatIsNotADatabaseWithItsPath() throws {
        let path = try StoreFixtures.file("notes.sqlite", String(repeating: "not a database ", count: 400))
        let error = try #require(throws: NewsStoreError.self) { try NewsStore(path: path, access: .existing) }
        #expect(error.description.contains(path))
    }

    @Test func migrationStatusReadsWithoutMigrating() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("s.sqlite").path
        _ = try NewsStore(path: path, access: .create)
        let status = try NewsStore.migrationStatus(path: path)
        #expect(status.map(\.version) == Migration.embedded.map(\.version))
        #expect(status.allSatisfy { $0.appliedAt != nil })
    }

    @Test func aFolderOrAnUnwritablePathIsReportedWithThePath() throws {
        let folder = try TestSupport.temporaryFolder()
        let error = try #require(throws: NewsStoreError.self) { try NewsStore(path: folder.path, access: .existing) }
        #expect(error.description.contains("it is a folder"))
        let unwritable = "/proc/newsq-test/news.sqlite"
        let second = try #require(throws: NewsStoreError.self) { try NewsStore(path: unwritable, access: .create) }
        #expect(second.description.contains(unwritable) || second.description.contains("/proc/newsq-test"))
    }

    @Test func importsHTMLPagesFoundInAFolderAlongsideText() throws {
        let store = try StoreFixtures.small()
        let folder = try TestSupport.temporaryFolder()
        _ = try StoreFixtures.file("floods.txt", StoreFixtures.floods, in: folder)
        let page = """
            <!doctype html><html lang="en"><head><title>Dust storm hits Baghdad | Example News</title>
            <meta property="og:title" content="Dust storm hits Baghdad">
            <meta property="article:published_time" content="2016-10-20T08:00:00Z"></head>
            <body><nav>Home | World</nav><article><h1>Dust storm hits Baghdad</h1>
            <p>A dust storm closed the airport in Baghdad on Thursday, officials said on state television.</p>
            <p>Flights resumed in the evening after the wind dropped across central Iraq.</p></article>
            <footer>Share this story</footer></body></html>
            """
        _ = try StoreFixtures.file("storm.html", page, in: folder)
        let summary = store.importFiles([folder.path])
        #expect(summary.failed.isEmpty)
        #expect(Set(summary.imported.map(\.title)) == ["Floods reach Mosul", "Dust storm hits Baghdad"])
        let storm = try #require(summary.imported.first { $0.title == "Dust storm hits Baghdad" })
        let detail = try store.article(id: storm.articleID)
        #expect(!detail.article.body.contains("Share this story") && !detail.article.body.contains("Home | World"))
        #expect(detail.places.contains { $0.place.name == "Baghdad" })
        #expect(detail.events.contains { $0.date.label == "2016-10-20" })
    }
}
