import Foundation
import Testing

@testable import NewsStore

/// `backup` and `optimize` on file databases.
@Suite struct MaintenanceTests {
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func backupIsAPrivateCopyThatPassesTheCheckAndHoldsTheData() throws {
        let store = try StoreFixtures.small()
        _ = store.importFiles([try StoreFixtures.file("floods.txt", StoreFixtures.floods)])
        let target = try TestSupport.temporaryFolder().appendingPathComponent("copy.sqlite").path
        let size = try store.backup(to: target)
        #expect(size > 0)
        let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        let copy = try NewsStore(path: target, access: .existing)
        #expect(try copy.checkHealth().passed)
        #expect(try copy.statistics() == store.statistics())
        #expect(try copy.search("floods").total == 1)
    }

    @Test func backupNeverOverwritesAFileAndSaysSoInOneLine() throws {
        let store = try StoreFixtures.small()
        let target = try StoreFixtures.file("precious.sqlite", "not to be lost")
        let error = #expect(throws: NewsStoreError.self) { try store.backup(to: target) }
        #expect(
            error?.description == "cannot back up to \(target): a file is already there; a backup never "
                + "overwrites one, give a new name")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "not to be lost")
        let missing = try TestSupport.temporaryFolder().appendingPathComponent("no/such/folder/copy.sqlite").path
        #expect(throws: NewsStoreError.backupFailed(path: missing, reason: "no such folder")) {
            try store.backup(to: missing)
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func backupWhileAnotherConnectionWritesIsOneConsistentSnapshot() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("live.sqlite").path
        let store = try NewsStore(path: path, access: .create)
        // The writer commits saved queries ten at a time: a consistent copy holds a multiple of ten.
        let writer = Thread {
            guard let db = try? Connection(path: path, mode: .readWrite) else { return }
            for batch in 0..<60 {
                try? db.transaction(.immediate) {
                    for item in 0..<10 {
                        try db.run(
                            "INSERT INTO saved_query(name, kind, body, created_at, updated_at) VALUES (?, 'sql', ?, 'now', 'now')",
                            ["q\(batch)-\(item)", String(repeating: "SELECT 1 -- padding\n", count: 200)])
                    }
                }
            }
        }
        writer.start()
        var counts: [Int] = []
        for copy in 0..<12 {
            let target = folder.appendingPathComponent("copy-\(copy).sqlite").path
            try store.backup(to: target)
            let backup = try NewsStore(path: target, access: .existing)
            #expect(try backup.checkHealth().passed)
            counts.append(try backup.statistics().savedQueries)
        }
        while writer.isExecuting || !writer.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        #expect(counts.allSatisfy { $0 % 10 == 0 }, "\(counts)")
        #expect(counts == counts.sorted())
        #expect(try store.statistics().savedQueries == 600)
    }

    @Test func optimizeMergesTheIndexReclaimsFreedSpaceAndKeepsTheData() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("big.sqlite").path
        let store = try NewsStore(path: path, access: .create)
        let db = try store.sqliteStorage.db
        try db.execute(
            """
            WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 300)
            INSERT INTO article(title, body, content_hash, imported_from, imported_at)
            SELECT 'Article ' || n, printf('%.2000c', 'w') || ' word' || n || ' mosul', 'h' || n, 'test', 'now' FROM c;
            DELETE FROM article WHERE id > 20;
            """)
        let summary = try store.optimize()
        #expect(summary.reclaimedSpace)
        #expect(summary.bytesAfter < summary.bytesBefore)
        #expect(try store.search("mosul").total == 20)
        #expect(try store.checkHealth().passed)
    }

    @Test func optimizeDropsStoredCopiesOfShippedPlacesNoArticleMentionsAndKeepsTheRest() throws {
        let store = try StoreFixtures.seeded()
        let db = try store.sqliteStorage.db
        // A database from before the gazetteer image: shipped rows stored whether mentioned or not.
        let lines = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("SampleData/gazetteer/cities.txt"),
            encoding: .utf8
        ).split(separator: "\n").prefix(200)
        var records: [GeoNamesRecord] = []
        try GeoNamesParser(path: "cities.txt").parse(Data(lines.joined(separator: "\n").utf8)) { records.append($0) }
        let stored = Set(try db.query("SELECT geonames_id FROM place WHERE geonames_id IS NOT NULL") { $0.int(0) })
        let unmentioned = records[1..<200].filter { !stored.contains($0.geonameID) }.count
        records[0].population = (records[0].population ?? 0) + 1  // a user's gazetteer changed this one
        var own = records[1]
        own.geonameID = 4_000_000_000  // and brought one the shipped gazetteer lacks
        records.append(own)
        _ = try GazetteerLoader(db: db).load(records)
        let before = try store.statistics()
        let summary = try store.optimize()
        let after = try store.statistics()
        #expect(records.count == 201 && unmentioned > 150)
        #expect(summary.gazetteerPlacesDropped == unmentioned)
        #expect(after.places == before.places - unmentioned)
        #expect(after.mentionedPlaces == before.mentionedPlaces)
        #expect(
            try db.queryFirst("SELECT count(*) FROM place WHERE geonames_id = ?", [records[0].geonameID]) { $0.int(0) }
                == 1)
        #expect(try db.queryFirst("SELECT count(*) FROM place WHERE geonames_id = 4000000000") { $0.int(0) } == 1)
        #expect(try store.checkHealth().passed)
        #expect(try store.search("Mosul", SearchOptions(place: "Al Mawsil")).total == 1)
    }
}
