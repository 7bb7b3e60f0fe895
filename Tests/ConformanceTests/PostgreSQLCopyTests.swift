import Foundation
import NewsStore
import Testing

/// Stores moved between engines through newsq's export records: what `newsq copy` will do.
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLCopyTests {
    @Test func anSQLiteStoreCopiedToPostgreSQLAndBackExportsTheSameRecords() throws {
        let source = try ConformanceStore.loaded(.sqlite)
        var exported: [Data] = []
        try source.news.export { exported.append($0) }
        let postgreSQL = try ConformanceStore(.postgresql)
        let there = postgreSQL.news.importExported(exported, origin: "copy")
        #expect(there.failed.isEmpty)
        #expect(there.imported.count == exported.count)
        var back: [Data] = []
        try postgreSQL.news.export { back.append($0) }
        let again = try ConformanceStore(.sqlite)
        #expect(again.news.importExported(back, origin: "copy back").failed.isEmpty)
        let original = try CopyCommandTests.lines(of: source.news)
        #expect(original.count >= 4)
        #expect(try CopyCommandTests.lines(of: postgreSQL.news) == original)
        #expect(try CopyCommandTests.lines(of: again.news) == original)
        #expect(try postgreSQL.news.search("al-Shourah").total == source.news.search("al-Shourah").total)
        // Imported a second time, nothing is added.
        #expect(postgreSQL.news.importExported(exported, origin: "copy").alreadyPresent.count == exported.count)
    }
}
