import Foundation
import Testing

@testable import NewsStore

/// An import on worker threads with one writer stores exactly what a serial import stores, in
/// the same order, with the same ids; batches keep each article all-or-nothing.
@Suite struct ParallelImportTests {
    /// Everything an import writes that must not depend on how it was run (not `imported_at`).
    static func contents(of store: NewsStore) throws -> [String] {
        let db = try store.sqliteStorage.db
        let queries = [
            "SELECT id, title, body, published_at, content_hash, imported_from, extracted FROM article ORDER BY id",
            "SELECT article_id, author_id, position, role, outlet FROM article_author ORDER BY 1, 2",
            "SELECT id, name, name_key FROM author ORDER BY id",
            "SELECT id, name, kind, country_code, geonames_id, origin FROM place WHERE origin = 'text' ORDER BY id",
            "SELECT * FROM place_mention ORDER BY id",
            "SELECT * FROM place_name WHERE place_id IN (SELECT place_id FROM place_mention) ORDER BY 1, 2",
            "SELECT * FROM event ORDER BY id",
            "SELECT * FROM event_place ORDER BY 1, 2",
        ]
        var rows: [String] = []
        for sql in queries {
            let statement = try #require(try db.makeStatement(sql))
            while try statement.step() {
                let values = (0..<statement.columnCount).map { "\(statement.value(at: $0))" }
                rows.append(sql.prefix(40) + ": " + values.joined(separator: "|"))
            }
        }
        return rows
    }

    /// A folder of generated articles about places of the small test gazetteer, with dates.
    static func generatedFolder(count: Int) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let places = ["Mosul", "Baghdad", "Damascus", "Dimashq", "Al Mawsil"]
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        for number in 0..<count {
            let place = places[number % places.count]
            let other = places[(number * 7 + 3) % places.count]
            let text = """
                Report \(number) from \(place)

                By Jane Doe and Writer \(number % 4), Reuters

                Updated 9:00 AM ET, Tue October \(10 + number % 18), 2016

                Officials in \(place) said on \(days[number % days.count]) that roads to \(other) would reopen.

                Talks are planned in \(other) on November \(1 + number % 27), 2016, residents of \(place) said.
                """
            let sub = folder.appendingPathComponent("part-\(number % 3)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            _ = try StoreFixtures.file(String(format: "article-%03d.txt", number), text, in: sub)
        }
        return folder
    }

    @Test func aParallelImportOfGeneratedTextsStoresWhatASerialOneStores() throws {
        let folder = try Self.generatedFolder(count: 40)
        let serial = try StoreFixtures.small()
        let parallel = try StoreFixtures.small()
        let one = serial.importFiles([folder.path], options: ImportOptions(workers: 0, batchSize: 1))
        let many = parallel.importFiles([folder.path], options: ImportOptions(workers: 3, batchSize: 7))
        #expect(one.failed.isEmpty && one.imported.count == 40)
        #expect(many == one)
        let stored = try Self.contents(of: parallel)
        #expect(stored == (try Self.contents(of: serial)))
        #expect(stored.contains { $0.hasPrefix("SELECT * FROM place_mention") })
        #expect(stored.contains { $0.hasPrefix("SELECT * FROM event ORDER") })
    }

    @Test(.enabled(if: TestSupport.hasShared))
    func aParallelImportOfCorpusPagesStoresWhatASerialOneStores() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = TestSupport.shared.appendingPathComponent("corpus/html")
        var pages: [URL] = []
        for set in ["fundus", "trafilatura", "postlight-parser", "readability"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(set).path)
            pages += names.filter { $0.hasSuffix(".html.gz") }.sorted().prefix(5).map {
                corpus.appendingPathComponent(set).appendingPathComponent($0)
            }
        }
        for page in pages {
            let html = try Self.gunzip(page)
            try html.write(to: folder.appendingPathComponent(page.deletingPathExtension().lastPathComponent))
        }
        let serial = try StoreFixtures.seeded()
        let parallel = try StoreFixtures.seeded()
        let one = serial.importFiles([folder.path], options: ImportOptions(workers: 0, batchSize: 1))
        let many = parallel.importFiles([folder.path], options: ImportOptions(workers: 4, batchSize: 6))
        #expect(one.imported.count >= 15)
        #expect(many == one)
        #expect(try Self.contents(of: parallel) == (try Self.contents(of: serial)))
    }

    @Test func aBadFileInTheMiddleOfABatchIsReportedAndTheOthersStored() throws {
        let folder = try Self.generatedFolder(count: 6)
        try Data([0x00, 0xFF, 0x00, 0xFE]).write(to: folder.appendingPathComponent("part-2/article-002.txt"))
        let store = try StoreFixtures.small()
        let summary = store.importFiles([folder.path], options: ImportOptions(workers: 2, batchSize: 100))
        #expect(summary.failed.map { URL(fileURLWithPath: $0.origin).lastPathComponent } == ["article-002.txt"])
        #expect(summary.imported.map(\.articleID) == [1, 2, 3, 4, 5])
        #expect(try store.statistics().articles == 5)
    }

    @Test func anArticleThatFailsToWriteIsUndoneAloneAndTheBatchGoesOn() throws {
        let store = try StoreFixtures.small()
        let storage = try store.sqliteStorage
        func article(_ title: String, latitude: Double = 36.3) -> ArticleWrite {
            let place = ExtractedPlace(
                name: "Nowhere \(title)", kind: .city, countryCode: "IQ", latitude: latitude, longitude: 43.1,
                origin: .text,
                mentions: [
                    ExtractedMention(surface: "Nowhere", span: TextSpan(field: .body, start: 0, end: 7), sentence: "s")
                ])
            let cleaned = CleanedArticle(title: title, body: "Nowhere \(title).")
            return ArticleWrite(
                extracted: ExtractedArticle(article: cleaned, places: [place], events: []),
                contentHash: title, origin: title, isExtracted: true)
        }
        // A latitude of 200 breaks the place table's CHECK after the article row was written.
        let outcomes = try storage.write([article("a"), article("b", latitude: 200), article("c"), article("a")])
        #expect(outcomes.count == 4)
        guard case .stored(let first) = outcomes[0], case .failed = outcomes[1], case .stored(let third) = outcomes[2],
            case .alreadyPresent(let again) = outcomes[3]
        else {
            Issue.record("unexpected outcomes \(outcomes)")
            return
        }
        #expect(again.id == first && third == first + 1)
        let db = storage.db
        #expect(try db.queryFirst("SELECT count(*) AS n FROM article") { try $0.int("n") } == 2)
        #expect(try db.queryFirst("SELECT count(*) AS n FROM place WHERE name = 'Nowhere b'") { try $0.int("n") } == 0)
        #expect(try db.queryFirst("SELECT count(*) AS n FROM place_mention") { try $0.int("n") } == 2)
    }

    @Test func theSameArticleTwiceInOneRunIsAlreadyPresentNotAFailure() throws {
        let folder = try TestSupport.temporaryFolder()
        _ = try StoreFixtures.file("a.txt", StoreFixtures.floods, in: folder)
        _ = try StoreFixtures.file("b.txt", StoreFixtures.floods, in: folder)
        let store = try StoreFixtures.small()
        let summary = store.importFiles([folder.path], options: ImportOptions(workers: 2))
        #expect(summary.failed.isEmpty)
        #expect(summary.imported.map(\.articleID) == [1])
        #expect(summary.alreadyPresent.map(\.articleID) == [1])
        #expect(summary.alreadyPresent.map { URL(fileURLWithPath: $0.origin).lastPathComponent } == ["b.txt"])
    }

    @Test func importingWithoutExtractionThenExtractingStoresWhatAnImportStores() throws {
        let folder = try Self.generatedFolder(count: 25)
        let normal = try StoreFixtures.small()
        _ = normal.importFiles([folder.path], options: ImportOptions(workers: 2))
        let later = try StoreFixtures.small()
        let stored = later.importFiles([folder.path], options: ImportOptions(workers: 2, extract: false))
        #expect(stored.imported.count == 25)
        #expect(try later.statistics().events == 0)
        let summary = try later.extractPending(options: ImportOptions(workers: 2, batchSize: 10))
        #expect(summary.extracted == 25 && summary.succeeded)
        #expect(try Self.contents(of: later) == (try Self.contents(of: normal)))
        let again = try later.extractPending()
        #expect(again.extracted == 0)
    }

    @Test func aCancelledImportStopsAfterTheBatchItIsWritingAndSaysSo() throws {
        let folder = try Self.generatedFolder(count: 12)
        let store = try StoreFixtures.small()
        let cancellation = ImportCancellation()
        cancellation.cancel()
        let summary = store.importFiles(
            [folder.path], options: ImportOptions(workers: 2, batchSize: 4, cancellation: cancellation))
        #expect(summary.interrupted)
        #expect(summary.imported.map(\.articleID) == [1])
        #expect(try store.statistics().articles == 1)
        let rest = store.importFiles([folder.path])
        #expect(rest.imported.count == 11 && rest.alreadyPresent.count == 1 && !rest.interrupted)
    }

    /// The bytes of a gzipped file (see `TestSupport.gunzip`).
    static func gunzip(_ url: URL) throws -> Data { try TestSupport.gunzip(url) }
}
