import Foundation
import Testing

@testable import NewsStore

/// Readers on their own connections while imports write: no read fails, every article a read
/// sees is whole, and two imports started at once both finish.
@Suite struct ConcurrentUseTests {
    /// Counters and a stop flag shared by the test's threads.
    ///
    /// `@unchecked Sendable` proof: every stored property is read and written only while `lock`
    /// is held, in the methods below.
    final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        private var counts: [String: Int] = [:]
        private var failures: [String] = []

        var isStopped: Bool { lock.withLock { stopped } }
        func stop() { lock.withLock { stopped = true } }
        func count(_ key: String, by amount: Int = 1) { lock.withLock { counts[key, default: 0] += amount } }
        func fail(_ message: String) { lock.withLock { failures.append(message) } }
        var snapshot: (counts: [String: Int], failures: [String]) { lock.withLock { (counts, failures) } }
    }

    /// `count` distinct articles in a new folder, each with a word of its own (`zq<prefix><n>`)
    /// in its title and body, a byline and a place of the small gazetteer.
    static func articles(_ count: Int, prefix: String) throws -> [String] {
        let folder = try TestSupport.temporaryFolder()
        let places = ["Mosul", "Baghdad", "Damascus"]
        return try (0..<count).map { number in
            let place = places[number % places.count]
            let text = """
                Report zq\(prefix)\(number) from \(place)

                By Jane Doe, Reuters

                Updated 9:00 AM ET, Tue October \(10 + number % 18), 2016

                Officials in \(place) said on Tuesday that zq\(prefix)\(number) roads would reopen.

                \(String(repeating: "Residents of \(place) waited for news of the roads. ", count: 40))
                """
            return try StoreFixtures.file("\(prefix)-\(number).txt", text, in: folder)
        }
    }

    /// Every article `db` sees, in one read transaction, checked whole: found in the full-text
    /// index by its own word, with its author and at least one place mention. Returns how many.
    static func wholeArticles(in db: Connection) throws -> (seen: Int, broken: [String]) {
        try db.transaction(.deferred) {
            let articles = try db.query("SELECT id, title FROM article") { row in
                (id: try row.int("id"), title: try row.text("title"))
            }
            var broken: [String] = []
            for article in articles {
                guard let word = article.title.split(separator: " ").first(where: { $0.hasPrefix("zq") }) else {
                    continue
                }
                let indexed =
                    try db.queryFirst(
                        "SELECT count(*) FROM article_fts WHERE article_fts MATCH ? AND rowid = ?",
                        [String(word), article.id]
                    ) { $0.int(0) ?? 0 } ?? 0
                let authors =
                    try db.queryFirst("SELECT count(*) FROM article_author WHERE article_id = ?", [article.id]) {
                        $0.int(0) ?? 0
                    } ?? 0
                let mentions =
                    try db.queryFirst("SELECT count(*) FROM place_mention WHERE article_id = ?", [article.id]) {
                        $0.int(0) ?? 0
                    } ?? 0
                if indexed != 1 || authors == 0 || mentions == 0 {
                    broken.append("\(article.title): fts \(indexed), authors \(authors), mentions \(mentions)")
                }
            }
            return (articles.count, broken)
        }
    }

    /// Runs each body on a thread of its own (`concurrentPerform` may run them one after the
    /// other on a machine with fewer cores) and returns when all have ended.
    static func together(_ bodies: [@Sendable () -> Void]) {
        let group = DispatchGroup()
        for body in bodies {
            group.enter()
            Thread {
                body()
                group.leave()
            }.start()
        }
        group.wait()
    }

    /// Reads in a loop on a read-only connection until `shared` is stopped.
    static func readLoop(path: String, shared: Shared) {
        do {
            let store = try NewsStore(path: path, access: .readOnly)
            let db = try store.sqliteStorage.db
            while !shared.isStopped {
                _ = try store.search("mosul", SearchOptions())
                _ = try store.articles(limit: 1000)
                let (seen, broken) = try wholeArticles(in: db)
                for problem in broken { shared.fail("half an article: \(problem)") }
                shared.count("reads")
                shared.count("articles checked", by: seen)
            }
        } catch {
            shared.fail("a read failed: \(error)")
        }
    }

    @Test func readsDuringAnImportNeverFailAndSeeOnlyWholeArticles() throws {
        let path = try StoreFixtures.small().path
        let files = try Self.articles(150, prefix: "a")
        let shared = Shared()
        // Small batches: many commits for the readers to land between.
        let options = ImportOptions(workers: 1, batchSize: 5)
        let writer: @Sendable () -> Void = {
            defer { shared.stop() }
            do {
                let writer = try NewsStore(path: path, access: .existing)
                let result = writer.importFiles(files, options: options)
                shared.count("imported", by: result.imported.count)
                for failure in result.failed { shared.fail("import: \(failure.origin): \(failure.reason)") }
            } catch {
                shared.fail("the import failed: \(error)")
            }
        }
        let reader: @Sendable () -> Void = { Self.readLoop(path: path, shared: shared) }
        Self.together([writer, reader, reader])
        let (counts, failures) = shared.snapshot
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(counts["imported"] == 150)
        #expect((counts["reads"] ?? 0) > 0)
        let after = try Self.wholeArticles(in: try NewsStore(path: path, access: .readOnly).sqliteStorage.db)
        #expect(after.seen == 150 && after.broken.isEmpty)
        print(
            "concurrent use: \(counts["reads"] ?? 0) reads checked \(counts["articles checked"] ?? 0) articles "
                + "while 150 were imported; \(failures.count) failures")
    }

    @Test func twoImportsStartedAtOnceBothFinish() throws {
        let path = try StoreFixtures.small().path
        let sets = [try Self.articles(60, prefix: "b"), try Self.articles(60, prefix: "c")]
        let shared = Shared()
        let importer: @Sendable (Int) -> Void = { index in
            defer {
                shared.count("imports ended")
                if shared.snapshot.counts["imports ended"] == 2 { shared.stop() }
            }
            do {
                let store = try NewsStore(path: path, access: .existing)
                let result = store.importFiles(sets[index], options: ImportOptions(workers: 0, batchSize: 3))
                shared.count("imported", by: result.imported.count)
                shared.count("imports finished")
                for failure in result.failed { shared.fail("import \(index): \(failure.origin): \(failure.reason)") }
            } catch {
                shared.fail("import \(index) failed: \(error)")
            }
        }
        Self.together([{ importer(0) }, { importer(1) }, { Self.readLoop(path: path, shared: shared) }])
        let (counts, failures) = shared.snapshot
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(counts["imports finished"] == 2)
        #expect(counts["imported"] == 120)
        let after = try Self.wholeArticles(in: try NewsStore(path: path, access: .readOnly).sqliteStorage.db)
        #expect(after.seen == 120 && after.broken.isEmpty)
        print(
            "concurrent use: 2 imports raced and both finished (120 articles); \(counts["reads"] ?? 0) reads meanwhile")
    }
}
