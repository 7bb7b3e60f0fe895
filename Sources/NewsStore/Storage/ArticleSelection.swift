/// Which articles an operation over a set of articles (facets) works on: the matches of a
/// search with its filters, or the articles an `ArticleFilter` lets through.
package enum ArticleSelection: Sendable {
    case search(SearchInput, SearchOptions)
    case articles(ArticleFilter)
}
