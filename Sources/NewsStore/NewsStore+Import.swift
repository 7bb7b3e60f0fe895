import Foundation

extension NewsStore {
    /// Imports article files, folders (walked recursively for `.txt` files) and "-" (standard
    /// input). Each article is written whole or not at all: one bad file never loses or
    /// half-writes the others. Re-importing an article already stored changes nothing.
    ///
    /// ```swift
    /// let summary = store.importFiles(["SampleData", "new-article.txt"])
    /// print(summary.imported.count, summary.alreadyPresent.count, summary.failed.count)
    /// ```
    /// - Parameter standardInput: read when a path is "-".
    public func importFiles(
        _ paths: [String], standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
    )
        -> ImportSummary
    {
        let (inputs, failures) = ImportSource.expand(paths)
        var summary = ImportSummary(failed: failures)
        for input in inputs {
            let origin: String
            let data: Data
            switch input {
            case .standardInput:
                origin = "-"
                data = standardInput()
            case .file(let path):
                origin = path
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: path))
                } catch {
                    summary.failed.append(
                        .init(origin: path, reason: "cannot read the file (\(error.localizedDescription))"))
                    continue
                }
            }
            do {
                try importArticle(data, origin: origin, into: &summary)
            } catch NewsStoreError.unreadableInput(_, let reason) {
                summary.failed.append(.init(origin: origin, reason: reason))  // the path is the origin already
            } catch {
                summary.failed.append(.init(origin: origin, reason: String(describing: error)))
            }
        }
        return summary
    }

    /// Imports one article from its bytes.
    /// - Throws: `NewsStoreError.unreadableInput` when it is not an article; `SQLiteError`.
    public func importArticle(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws
        -> ImportSummary
    {
        var summary = ImportSummary()
        try importArticle(data, origin: origin, publishedOverride: publishedOverride, into: &summary)
        return summary
    }

    private func importArticle(
        _ data: Data, origin: String, publishedOverride: CalendarDay? = nil, into summary: inout ImportSummary
    ) throws {
        // Clean first and recognise a re-import by its content hash before the costly extraction.
        let article = try ArticlePipeline.clean(data, origin: origin, publishedOverride: publishedOverride)
        let hash = Self.contentHash(of: article)
        if let existing = try storage.storedArticle(contentHash: hash) {
            summary.alreadyPresent.append(.init(origin: origin, articleID: existing.id, title: existing.title))
            return
        }
        let extracted = ArticlePipeline(gazetteer: try storage.gazetteerIndex()).extract(from: article)
        let id = try storage.write(extracted, contentHash: hash, origin: origin)
        summary.imported.append(.init(origin: origin, articleID: id, title: extracted.article.title))
    }

    /// Everything an import would store for one article, computed without writing anything.
    /// Uses this store's gazetteer (the shipped one plus whatever the user imported).
    /// - Throws: `NewsStoreError.unreadableInput`; `SQLiteError` reading the gazetteer.
    public func extract(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws -> ExtractedArticle
    {
        try ArticlePipeline(gazetteer: try storage.gazetteerIndex()).extract(
            data, origin: origin, publishedOverride: publishedOverride)
    }

    /// The dry run without any database: the shipped gazetteer only.
    /// - Throws: `NewsStoreError.unreadableInput` when the input is not an article.
    public static func extract(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws
        -> ExtractedArticle
    {
        try ArticlePipeline(gazetteer: try GazetteerIndex.shipped())
            .extract(data, origin: origin, publishedOverride: publishedOverride)
    }

    /// SHA-256 of the cleaned title and body: the same story re-scraped with other debris is
    /// still recognised.
    static func contentHash(of article: CleanedArticle) -> String {
        SHA256.hex(Array((article.title + "\n" + article.body).utf8))
    }
}
