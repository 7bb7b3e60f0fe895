import Foundation
import NewsStore
import Testing

#if PostgreSQL
    import NewsStorePostgres
#endif

/// `newsq copy` between engines, run as the built binary: every article with its knowledge and
/// the saved queries arrive, the export of the copy equals the source's, a non-empty target is
/// refused without --append.
@Suite(.serialized)
struct CopyCommandTests {
    /// Every record of a store as export lines, the import time left out (each store has its own).
    static func lines(of store: NewsStore) throws -> [String] {
        var lines: [String] = []
        try store.export { data in
            guard var record = try? JSONDecoder().decode(ExportRecord.self, from: data) else { return }
            record.importedAt = nil
            lines.append(String(decoding: try record.jsonLine(), as: UTF8.self))
        }
        return lines
    }

    /// The counts a copy keeps (the places a store knows include the countries its gazetteer
    /// brought, which a copy carries only where an article mentions them).
    static func counts(_ store: NewsStore) throws -> [Int] {
        let counts = try store.statistics()
        return [counts.articles, counts.authors, counts.mentionedPlaces, counts.events, counts.savedQueries]
    }

    /// The counts a copy of `store` must have: its own, less the stored copies of the shipped
    /// queries, which stay behind (every store offers its engine's own).
    static func copiedCounts(_ store: NewsStore) throws -> [Int] {
        let shipped = try store.savedQueries().filter { $0.createdAt != nil && NewsStore.isShippedUnchanged($0) }
        #expect(shipped.count == 4, "the sample data stores the four shipped queries")
        var counts = try counts(store)
        counts[4] -= shipped.count
        return counts
    }

    /// A folder that goes away with the test.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-copy-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// An SQLite store with the sample data, the conformance articles, every text page of
    /// ../shared/corpus (when present), the sample saved queries and two of its own.
    static func source(at path: String) throws -> NewsStore {
        let store = try NewsStore(path: path, access: .create)
        try store.loadSampleData()
        for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
        let corpus = ConformanceArticles.shared.appendingPathComponent("corpus/text")
        if FileManager.default.fileExists(atPath: corpus.path) { _ = store.importFiles([corpus.path]) }
        _ = try store.saveQuery(try SavedQuery(name: "mosul-news", kind: .search, body: "mosul -dabiq"), replace: true)
        let sql = "-- dialect: postgresql\nSELECT title FROM article WHERE source = :source"
        _ = try store.saveQuery(try SavedQuery(name: "by-source-pg", kind: .sql, body: sql), replace: true)
        return store
    }

    @Test func anSQLiteStoreCopiedToAnotherGivesTheSameExportAndRefusesASecondCopy() throws {
        let folder = try Folder()
        let source = try Self.source(at: folder.path("from.sqlite"))
        let original = try Self.lines(of: source)
        let queries = try source.statistics().savedQueries
        #expect(original.count >= 4 && queries == 6)
        let run = try NewsqProcess.run(["copy", "--from", folder.path("from.sqlite"), "--to", folder.path("to.sqlite")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("copied \(original.count) articles and \(queries - 4) saved queries"))
        #expect(run.stdout.contains("4 shipped queries stored unchanged stay behind"))
        let copy = try NewsStore(path: folder.path("to.sqlite"), access: .readOnly)
        #expect(try Self.lines(of: copy) == original)
        #expect(try Self.counts(copy) == Self.copiedCounts(source))
        #expect(try copy.savedQueries().map(\.name) == source.savedQueries().map(\.name))
        #expect(try copy.savedQuery(named: "by-source-pg").body == source.savedQuery(named: "by-source-pg").body)

        let again = try NewsqProcess.run([
            "copy", "--from", folder.path("from.sqlite"), "--to", folder.path("to.sqlite"),
        ])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--append") && again.stderr.split(separator: "\n").count == 1)
        let appended = try NewsqProcess.run([
            "copy", "--from", folder.path("from.sqlite"), "--to", folder.path("to.sqlite"), "--append",
        ])
        #expect(appended.status == 0, "\(appended.stderr)")
        #expect(
            appended.stdout.hasPrefix(
                "copied 0 articles (\(original.count) there already) and \(queries - 4) saved queries"))
    }

    @Test func aCopyFromAMissingStoreOrOntoItselfSaysSoInOneLine() throws {
        let folder = try Folder()
        let missing = try NewsqProcess.run(["copy", "--from", folder.path("none.sqlite"), "--to", folder.path("b")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.sqlite") && missing.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("b")))
        let same = try NewsqProcess.run(["copy", "--from", folder.path("a.sqlite"), "--to", folder.path("./a.sqlite")])
        #expect(same.status == 64)
        #expect(same.stderr.contains("same store"))
    }

    #if PostgreSQL
        /// Copies the SQLite store `source` (at `path`) with the built newsq into the new PostgreSQL
        /// database `url` and from there into `back`: each copy must export `source`'s records and
        /// have `counts`, the first must say it copied `queries` saved queries. `between` looks at
        /// the PostgreSQL store before the copy back.
        static func copyThereAndBack(
            _ source: NewsStore, at path: String, via url: String, back: String, counts: [Int], queries: Int,
            between: (NewsStore) throws -> Void = { _ in }
        ) throws {
            let original = try lines(of: source)
            let there = try NewsqProcess.run(["copy", "--from", path, "--to", url])
            #expect(there.status == 0, "\(there.stderr)")
            #expect(
                there.stdout.hasPrefix("copied \(original.count.formatted()) articles and \(queries) saved queries"))
            let postgreSQL = NewsStore(storage: try PostgresStorage(url: url, readOnly: true))
            #expect(try lines(of: postgreSQL) == original)
            #expect(try Self.counts(postgreSQL) == counts)
            try between(postgreSQL)
            let again = try NewsqProcess.run(["copy", "--from", url, "--to", back])
            #expect(again.status == 0, "\(again.stderr)")
            let copy = try NewsStore(path: back, access: .readOnly)
            #expect(try lines(of: copy) == original)
            #expect(try Self.counts(copy) == counts)
        }

        @Test(
            .enabled(
                if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
        func anSQLiteStoreCopiedToPostgreSQLAndBackGivesTheSameExport() throws {
            let folder = try Folder()
            let source = try Self.source(at: folder.path("from.sqlite"))
            let scratch = try PostgresScratchDatabase(serverURL: try #require(ConformanceEngine.serverURL))
            defer { try? scratch.drop() }
            try Self.copyThereAndBack(
                source, at: folder.path("from.sqlite"), via: scratch.url, back: folder.path("back.sqlite"),
                counts: Self.copiedCounts(source), queries: source.statistics().savedQueries - 4
            ) { postgreSQL in
                // The shipped queries answer in PostgreSQL's dialect: the SQLite copies stayed behind.
                #expect(try postgreSQL.savedQuery(named: "top-places").body.hasPrefix("-- dialect: postgresql"))
                guard case .rows(let rows) = try postgreSQL.runSavedQuery("by-source-pg", parameters: ["source": "AP"])
                else {
                    Issue.record("not rows")
                    return
                }
                #expect(rows.rows.map { $0.map(ConformanceCase.text) } == [[ConformanceCases.fires]])
            }
            let refused = try NewsqProcess.run(["copy", "--from", folder.path("from.sqlite"), "--to", scratch.url])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("--append") && !refused.stderr.contains("password"))
        }

        /// The gzipped HTML pages of ../shared/corpus/html (1,120 of six sets), when present.
        static var corpusPages: [String] {
            let root = ConformanceArticles.shared.appendingPathComponent("corpus/html")
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
            return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".html.gz") }.sorted()
                .map { root.appendingPathComponent($0).path }
        }

        /// Importing the pages and copying them twice takes minutes in a debug build (212 s on a
        /// busy machine), so only with NEWSQ_SLOW_TESTS=1 (.ci/run sets it).
        static var copiesTheCorpus: Bool {
            ConformanceEngine.postgreSQLAvailable && ProcessInfo.processInfo.environment["NEWSQ_SLOW_TESTS"] == "1"
                && !corpusPages.isEmpty
        }

        @Test(
            .enabled(
                if: copiesTheCorpus,
                "needs NEWSQ_TEST_POSTGRES_URL, NEWSQ_SLOW_TESTS=1 and ../shared/corpus/html"))
        func theCorpusHTMLPagesCopiedToPostgreSQLAndBackGiveTheSameExport() throws {
            let folder = try Folder()
            let source = try NewsStore(path: folder.path("html.sqlite"), access: .create)
            let pages = Self.corpusPages
            let imported = source.importFiles(pages)
            #expect(imported.imported.count + imported.alreadyPresent.count + imported.failed.count == pages.count)
            #expect(imported.imported.count > 1_000)
            #expect(try Self.lines(of: source).count == imported.imported.count)
            let scratch = try PostgresScratchDatabase(serverURL: try #require(ConformanceEngine.serverURL))
            defer { try? scratch.drop() }
            try Self.copyThereAndBack(
                source, at: folder.path("html.sqlite"), via: scratch.url, back: folder.path("back.sqlite"),
                counts: Self.counts(source), queries: 0)
        }
    #endif
}
