/// What an import reports as each article is committed (or fails), in input order, while it
/// works: a program prints a line per event instead of waiting for the summary.
public enum ImportEvent: Sendable, Hashable {
    /// An article was stored.
    case imported(ImportSummary.Item)
    /// An article was already stored; nothing changed.
    case alreadyPresent(ImportSummary.Item)
    /// An input or record failed; nothing of it was written.
    case failed(ImportSummary.Failure)
}
