/// newsq's own export format: objects with a top-level `"newsq_export"` key, written by
/// `newsq export`. Every such record comes through this one function, so wiring the real
/// import (authors with roles, places, mentions and events as exported) touches nothing else.
enum NewsqExportRecord {
    /// NOT YET WIRED: reports each export record as a failure until the export format lands.
    /// - Throws: `NewsStoreError.unreadableInput`, always, for now.
    static func read(_ object: [String: Any], origin: String) throws -> CleanedArticle {
        throw NewsStoreError.unreadableInput(path: origin, reason: "newsq export records: not yet supported")
    }
}
