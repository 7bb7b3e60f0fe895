/// One article for `NewsStorage.write(_:)`: what the pipeline made of an input, and where it
/// came from.
package struct ArticleWrite: Sendable {
    /// The cleaned article with its places and events (none when extraction was skipped).
    package var extracted: ExtractedArticle
    /// SHA-256 of the cleaned title and body, how a re-import is recognised.
    package var contentHash: String
    /// The file path, or "-" for standard input.
    package var origin: String
    /// False for `import --no-extract`: places and events are filled in later.
    package var isExtracted: Bool

    package init(extracted: ExtractedArticle, contentHash: String, origin: String, isExtracted: Bool) {
        self.extracted = extracted
        self.contentHash = contentHash
        self.origin = origin
        self.isExtracted = isExtracted
    }
}
