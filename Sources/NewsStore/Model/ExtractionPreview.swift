/// One article of a dry run (`NewsStore.previewExtraction`): where it came from in the input and
/// what importing it would store, or why it cannot be read.
public struct ExtractionPreview: Sendable {
    /// The file, "-", or a record within a file ("news.jsonl:3", "crawl.warc record 4").
    public let origin: String
    /// The cleaned article with its places and events, or `NewsStoreError.unreadableInput`.
    public let result: Result<ExtractedArticle, NewsStoreError>
}
