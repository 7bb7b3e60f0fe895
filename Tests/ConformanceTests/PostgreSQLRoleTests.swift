import Foundation
import NewsStore
import Testing

#if PostgreSQL
    @testable import NewsStorePostgres
#endif

/// newsq connecting as an ordinary role, as README's "Beyond one machine" sets it up: a role that
/// may create databases but not roles is told, in one line, what it lacks (the superuser's
/// `earthdistance`, then `CREATEROLE` for `newsq_reader`), and works once an administrator has
/// done what the line says.
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLRoleTests {
    #if PostgreSQL
        /// The README's statements an administrator runs for a newsq user without CREATEROLE
        /// (the role is the server's: made only where no newsq database made it before).
        static let readerRole = """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'newsq_reader') THEN
                    CREATE ROLE newsq_reader NOLOGIN NOINHERIT;
                    ALTER ROLE newsq_reader SET default_transaction_read_only = on;
                END IF;
            END
            $$
            """

        @Test func aRoleWithoutCreateRoleIsToldWhatToGrantAndWorksOnceGranted() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let admin = try PostgresSession(try PostgresLocation(server))
            // Names made here of [a-z0-9_], never user text: safe to write into the statements.
            let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            let user = "newsq_test_user_\(suffix)"
            let database = "newsq_test_roles_\(suffix)"
            try admin.run("CREATE ROLE \(user) LOGIN CREATEDB NOCREATEROLE NOSUPERUSER")
            defer {
                try? admin.run("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
                try? admin.run("DROP ROLE IF EXISTS \(user)")
            }
            var components = try #require(URLComponents(string: server))
            components.user = user
            components.password = nil
            components.path = "/postgres"
            let asUser = try PostgresSession(try PostgresLocation(try #require(components.string)))
            try asUser.run("CREATE DATABASE \(database)")
            components.path = "/" + database
            let url = try #require(components.string)

            let noExtension = try NewsqProcess.run(["migrate", "--db", url])
            #expect(noExtension.status == 1)
            #expect(noExtension.stderr.split(separator: "\n").count == 1, "\(noExtension.stderr)")
            #expect(noExtension.stderr.contains("CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE"))

            components.user = try #require(URLComponents(string: server)?.user)
            let adminThere = try PostgresSession(try PostgresLocation(try #require(components.string)))
            try adminThere.run("CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE")
            let noRole = try NewsqProcess.run(["migrate", "--db", url])
            #expect(noRole.status == 1)
            #expect(noRole.stderr.split(separator: "\n").count == 1, "\(noRole.stderr)")
            #expect(noRole.stderr.contains("migration 2 (saved_query_reader)"))
            #expect(noRole.stderr.contains("ALTER ROLE \"\(user)\" CREATEROLE"))
            #expect(noRole.stderr.contains("GRANT newsq_reader TO \"\(user)\""))

            try admin.run(Self.readerRole)
            try admin.run("GRANT newsq_reader TO \(user)")
            let migrated = try NewsqProcess.run(["migrate", "--db", url])
            #expect(migrated.status == 0, "\(migrated.stderr)")
            let store = NewsStore(storage: try PostgresStorage(url: url))
            for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
            guard
                case .rows(let result) = try store.runSavedQuery("articles-mentioning", parameters: ["place": "Mosul"])
            else {
                Issue.record("not rows")
                return
            }
            #expect(!result.rows.isEmpty)
            // The saved query still runs as newsq_reader, which may not write.
            let write = try SavedQuery(name: "write", kind: .sql, body: "-- dialect: postgresql\nDELETE FROM article")
            _ = try store.saveQuery(write)
            let articles = try store.statistics().articles
            #expect(throws: NewsStoreError.self) { try store.runSavedQuery("write") }
            #expect(try store.statistics().articles == articles && articles > 0)
        }
    #endif
}
