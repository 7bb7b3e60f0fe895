import Foundation
import Testing

@testable import NewsStore

/// The PostgreSQL engine's schema is compiled into every newsq, like the SQLite one.
@Suite struct PostgreSQLMigrationEmbedTests {
    @Test func everyFileInMigrationsPostgresqlIsEmbeddedByteForByte() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Migrations/postgresql")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
            .sorted()
        let embedded = EmbeddedFile.postgreSQLMigrations
        #expect(embedded.map(\.name) == files)
        for file in embedded {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect(Data(file.bytes) == onDisk, "\(file.name) differs from its embedded copy")
        }
        #expect(StorageEngineSupport.postgreSQLMigrations.map(\.version) == Array(1...files.count))
    }
}
