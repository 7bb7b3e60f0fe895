/// Which articles facets count: the matches of a
/// search with its filters, or the articles an `ArticleFilter` lets through.
package enum FacetScope: Sendable {
    case search(SearchInput, SearchOptions)
    case articles(ArticleFilter)
}
