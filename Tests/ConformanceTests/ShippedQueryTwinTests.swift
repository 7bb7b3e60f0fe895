import Foundation
import NewsStore
import Testing

/// The PostgreSQL twins of the shipped saved queries are files (SampleData/queries/postgresql),
/// read by the same parser as the SQLite ones: one twin a shipped query, of the same name and
/// parameters, whose body opens with its `-- dialect: postgresql` line.
struct ShippedQueryTwinTests {
    @Test func everyShippedQueryHasAPostgreSQLTwinOfTheSameNameAndParameters() throws {
        let sqlite = try NewsStore.shippedQueries(.sqlite)
        let postgreSQL = try NewsStore.shippedQueries(.postgresql)
        #expect(sqlite.map(\.name) == ["articles-mentioning", "events-between", "places-in-article", "top-places"])
        #expect(postgreSQL.map(\.name) == sqlite.map(\.name))
        for (query, twin) in zip(sqlite, postgreSQL) {
            #expect(twin.parameters == query.parameters, "\(twin.name)")
            #expect(twin.description == query.description, "\(twin.name)")
            #expect(twin.kind == .sql && query.kind == .sql)
            #expect(twin.body.hasPrefix("-- dialect: postgresql\n"), "\(twin.name)")
            #expect(SavedQueryDialect.of(twin.body) == .postgresql)
            #expect(SavedQueryDialect.of(query.body) == .sqlite)
        }
    }

    @Test func theTwinFilesAreTheOnesInSampleData() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData/queries/postgresql")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == (try NewsStore.shippedQueries(.postgresql)).map { $0.name + ".sql" })
    }

    @Test func aSQLiteStoreListsItsOwnShippedQueriesNotTheTwins() throws {
        let fixture = try ConformanceStore(.sqlite)
        let listed = try fixture.news.savedQueries()
        #expect(listed.map(\.name) == (try NewsStore.shippedQueries(.sqlite)).map(\.name))
        #expect(listed.allSatisfy { SavedQueryDialect.of($0.body) == .sqlite })
        let summary = try fixture.news.loadSampleData()
        #expect(summary.savedQueries == 4)
        #expect(try fixture.news.savedQueries().allSatisfy { SavedQueryDialect.of($0.body) == .sqlite })
    }

    /// Exported from a PostgreSQL store (which lists the twins) and imported into another, a twin
    /// keeps its dialect line: the file format's header ends at it instead of refusing it.
    @Test(
        .enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
    func aTwinExportedAndImportedAgainKeepsItsBodyAndParameters() throws {
        let source = try ConformanceStore(.postgresql)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-twins-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try source.news.exportSavedQueries(to: folder.path)
        #expect(written.count == 4)
        let target = try ConformanceStore(.postgresql)
        let imported = try target.news.importSavedQueries(from: folder.path)
        let twins = try NewsStore.shippedQueries(.postgresql)
        #expect(imported.map(\.name) == twins.map(\.name))
        for twin in twins {
            let stored = try target.news.savedQuery(named: twin.name)
            #expect(stored.createdAt != nil, "\(twin.name) is stored, not the shipped twin")
            #expect(stored.body == twin.body && stored.parameters == twin.parameters)
        }
    }
}
