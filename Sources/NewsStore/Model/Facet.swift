/// What `--facet` counts the chosen articles by, the way Datasette's facets do: each value with
/// how many of the articles have it, most common first.
public enum Facet: String, Sendable, Hashable, Codable, CaseIterable {
    /// The outlet ("CNN"); articles with none are counted under no value.
    case source
    /// Each credited author (an article with two authors counts for both).
    case author
    /// Countries of the places the article mentions (ISO code).
    case country
    /// Places the article mentions.
    case place
    /// Publication month ("2016-10").
    case month
    /// Publication year.
    case year
}

/// One value of a facet and how many of the chosen articles have it.
public struct FacetCount: Sendable, Hashable, Codable {
    public var facet: Facet
    /// Nil for the articles without a value (no source, no date).
    public var value: String?
    public var articles: Int

    /// A count, as `NewsStore.facets` returns them.
    public init(facet: Facet, value: String?, articles: Int) {
        self.facet = facet
        self.value = value
        self.articles = articles
    }
}
