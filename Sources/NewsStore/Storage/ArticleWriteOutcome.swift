/// What became of one article of a batch written with `NewsStorage.write(_:)`.
package enum ArticleWriteOutcome {
    /// Stored under this id.
    case stored(id: Int)
    /// Its content hash was stored already (before this batch or earlier in it); nothing written.
    case alreadyPresent(StoredArticleReference)
    /// Rolled back alone; the rest of the batch went on.
    case failed(any Error)
}
