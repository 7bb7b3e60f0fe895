/// A command whose results come a page at a time (`PagingOptions`).
protocol PagedCommand {
    /// How many results a page holds unless `--limit` says otherwise.
    static var pageSize: Int { get }
    /// What the results are, plural, for the help ("hits", "places").
    static var resultNoun: String { get }
}
