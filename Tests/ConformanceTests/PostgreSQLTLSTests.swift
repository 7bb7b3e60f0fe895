import Foundation
import NewsStore
import Testing

#if PostgreSQL
    @testable import NewsStorePostgres
#endif

/// `sslmode` (and `sslrootcert`) in a `postgresql://` URL. The URL is read without a server; the
/// connections need one with `ssl=on` whose certificate NEWSQ_TEST_POSTGRES_TLS_ROOT names (.ci/run
/// makes a self-signed one with openssl).
struct PostgreSQLTLSTests {
    #if PostgreSQL
        /// The server's self-signed certificate, when the server speaks TLS.
        static var root: String? {
            ProcessInfo.processInfo.environment["NEWSQ_TEST_POSTGRES_TLS_ROOT"].flatMap { $0.isEmpty ? nil : $0 }
        }

        static var tlsServer: Bool { ConformanceEngine.postgreSQLAvailable && root != nil }

        /// The test server's URL with `host` and `query` (e.g. `sslmode=require`).
        static func url(host: String? = nil, _ query: String) throws -> String {
            let server = try #require(ConformanceEngine.serverURL)
            var components = try #require(URLComponents(string: server))
            if let host { components.host = host }
            components.percentEncodedQuery = query
            return try #require(components.string)
        }

        /// Whether the session's connection is encrypted, as the server sees it.
        static func encrypted(_ url: String) throws -> Bool {
            let session = try PostgresSession(try PostgresLocation(url))
            return try session.queryFirst("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") {
                try $0.bool("ssl")
            } ?? false
        }

        @Test func sslmodeIsReadFromTheURLAndDisabledByDefaultOnlyOnLoopback() throws {
            #expect(try PostgresLocation("postgresql://newsq@127.0.0.1:5432/news").tlsMode == .disable)
            #expect(try PostgresLocation("postgresql://newsq@localhost/news").tlsMode == .disable)
            #expect(try PostgresLocation("postgresql://newsq@[::1]:5432/news").tlsMode == .disable)
            #expect(try PostgresLocation("postgresql://newsq@db.example.org/news").tlsMode == .prefer)
            #expect(try PostgresLocation("postgresql://newsq@db.example.org/news?sslmode=disable").tlsMode == .disable)
            #expect(try PostgresLocation("postgresql://newsq@127.0.0.1/news?sslmode=require").tlsMode == .require)
            let full = try PostgresLocation(
                "postgresql://newsq@db.example.org/news?sslmode=verify-full&sslrootcert=/etc/ca.pem")
            #expect(full.tlsMode == .verifyFull && full.rootCertificates == "/etc/ca.pem")
            #expect(full.description == "postgresql://newsq@db.example.org:5432/news")
        }

        @Test func anUnknownSslmodeIsRefusedInOneLineNamingIt() throws {
            do {
                _ = try PostgresLocation("postgresql://newsq@127.0.0.1/news?sslmode=requre")
                Issue.record("sslmode=requre was accepted")
            } catch let error as NewsStoreError {
                #expect(error.description.hasPrefix("invalid sslmode \"requre\""))
                #expect(error.description.contains("verify-full") && !error.description.contains("\n"))
            }
            let run = try NewsqProcess.run([
                "articles", "--db", "postgresql://newsq@127.0.0.1:1/news?sslmode=verify_full",
            ])
            #expect(run.status == 1)
            #expect(run.stderr.contains("\"verify_full\"") && run.stderr.split(separator: "\n").count == 1)
        }

        @Test(.enabled(if: tlsServer, "needs NEWSQ_TEST_POSTGRES_URL and NEWSQ_TEST_POSTGRES_TLS_ROOT"))
        func eachSslmodeConnectsAsLibpqWouldToAServerWithASelfSignedCertificate() throws {
            let root = try #require(Self.root)
            #expect(try Self.encrypted(Self.url("sslmode=disable")) == false)
            #expect(try Self.encrypted(Self.url("sslmode=prefer")) == true)
            #expect(try Self.encrypted(Self.url("sslmode=require")) == true)
            #expect(try Self.encrypted(Self.url("sslmode=verify-ca&sslrootcert=\(root)")) == true)
            #expect(try Self.encrypted(Self.url(host: "localhost", "sslmode=verify-full&sslrootcert=\(root)")) == true)
            // Not signed by a root this machine trusts: verify-full without the certificate fails,
            // in one line naming the server.
            let refused = try NewsqProcess.run([
                "migrate", "--status", "--db", Self.url(host: "localhost", "sslmode=verify-full"),
            ])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("localhost") && refused.stderr.split(separator: "\n").count == 1)
            #expect(refused.stderr.contains("could not be verified") && refused.stderr.contains("sslrootcert="))
            let missing = try NewsqProcess.run([
                "migrate", "--status", "--db", Self.url("sslmode=verify-ca&sslrootcert=/nonexistent/root.pem"),
            ])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("sslrootcert /nonexistent/root.pem"))
            #expect(missing.stderr.split(separator: "\n").count == 1)
            // A whole store over TLS: opened (migrated), written and read.
            let scratch = try PostgresScratchDatabase(serverURL: Self.url("sslmode=require"))
            defer { try? scratch.drop() }
            let store = NewsStore(storage: try PostgresStorage(url: scratch.url))
            _ = try store.importArticle(Data("Floods reach Mosul\n\nThe Tigris rose in Mosul.".utf8), origin: "tls")
            #expect(try store.search("tigris").total == 1)
            #expect(scratch.url.hasSuffix("?sslmode=require"))
        }
    #endif
}
