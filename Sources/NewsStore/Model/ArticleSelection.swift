/// Which articles `newsq export` writes and `newsq rm --where` removes: those matching a search
/// (optional) and every filter that is set. With a search the filters mean what they mean for a
/// search (an author's name contains the text); without one, what they mean for a listing of
/// articles (the author's full name).
///
/// ```swift
/// let october = ArticleSelection(query: "mosul", since: CalendarDay(iso: "2016-10-01"))
/// ```
public struct ArticleSelection: Sendable, Hashable {
    /// Words in the newsq search language; nil selects without searching.
    public var query: String?
    /// Only articles published on or after this day.
    public var since: CalendarDay?
    /// Only articles published on or before this day.
    public var until: CalendarDay?
    /// Only articles with no publication date (without a search).
    public var undatedOnly: Bool
    /// Only articles that mention this place (by name or alternate name).
    public var place: String?
    /// Only articles by this author.
    public var author: String?
    /// Only articles from this source or outlet, case ignored.
    public var source: String?

    /// Makes a selection; by default every article.
    public init(
        query: String? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil, undatedOnly: Bool = false,
        place: String? = nil, author: String? = nil, source: String? = nil
    ) {
        self.query = query
        self.since = since
        self.until = until
        self.undatedOnly = undatedOnly
        self.place = place
        self.author = author
        self.source = source
    }

    /// True when nothing narrows the selection: every article.
    public var selectsEverything: Bool {
        query == nil && since == nil && until == nil && !undatedOnly && place == nil && author == nil && source == nil
    }
}
