import Foundation

/// One article's worth of an input, as a format reader splits it out: `Sendable`, so a worker can
/// read it into an article while the reader goes on splitting.
enum ImportRecord: Sendable {
    /// A page or a text (HTML or text, told apart by content), with what a web archive says of
    /// it: the address it was fetched from and when (used only when the page says nothing).
    case page(Data, url: String?, captured: PublishedTime?)
    /// One JSON object's bytes: a JSON Lines line, an element of an array, or a whole file.
    case json(Data)
    /// A feed item, its fields read already.
    case feedItem(FeedItem)
}

/// What a format reader gives, in input order.
enum RecordOutput: Sendable {
    /// A record to turn into an article; `origin` names it ("news.jsonl:3", "feed.xml item 2").
    case record(origin: String, ImportRecord)
    /// A record that could not be read; the rest of the input goes on.
    case failure(ImportSummary.Failure)
    /// A record that is not an article ("request", "image/png response"), counted by `reason`.
    case skipped(reason: String)
}

/// Splits an input into records, lazily.
protocol RecordReader {
    /// The next record, failure or skip; nil when the input is done.
    mutating func next() -> RecordOutput?
}

/// The records of an input that are known at once (a parsed feed, a split JSON file).
struct ListedRecords: RecordReader {
    var outputs: ArraySlice<RecordOutput>

    mutating func next() -> RecordOutput? { outputs.popFirst() }
}
