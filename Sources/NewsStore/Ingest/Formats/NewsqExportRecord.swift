/// newsq's own export format seen by the reader of scrapers' JSON: records with a top-level
/// `"newsq_export"` key are taken by `ImportJob` before they reach `JSONArticleReader` and
/// stored as given (`ExportRecord`, `NewsStorage.writeExported`); one that still arrives here
/// carried the key somewhere the export never writes it.
enum NewsqExportRecord {
    /// - Throws: `NewsStoreError.unreadableInput`, always: the object is not an export record.
    static func read(_ object: [String: Any], origin: String) throws -> CleanedArticle {
        throw NewsStoreError.unreadableInput(
            path: origin, reason: "an object with a \"newsq_export\" key that is not a newsq export record")
    }
}
