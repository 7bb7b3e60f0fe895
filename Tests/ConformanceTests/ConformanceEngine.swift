import Foundation
import NewsStore

/// The engines the conformance suite runs on. PostgreSQL needs a newsq built with
/// `--traits PostgreSQL` and a server: NEWSQ_TEST_POSTGRES_URL names one whose role may create
/// databases (each store gets a new database, dropped after).
enum ConformanceEngine: String, Sendable, CaseIterable {
    case sqlite
    case postgresql

    /// The server the PostgreSQL cases use, when set.
    static var serverURL: String? {
        ProcessInfo.processInfo.environment["NEWSQ_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the PostgreSQL cases can run here.
    static var postgreSQLAvailable: Bool {
        #if PostgreSQL
            return serverURL != nil
        #else
            return false
        #endif
    }

    /// Why the PostgreSQL cases are skipped, for the skip message.
    static var postgreSQLSkipReason: String {
        #if PostgreSQL
            return "NEWSQ_TEST_POSTGRES_URL is not set"
        #else
            return "built without the PostgreSQL trait (swift build --traits PostgreSQL)"
        #endif
    }
}
