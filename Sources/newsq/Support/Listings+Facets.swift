import ArgumentParser
import NewsStore

extension Listings {
    /// Facet counts: one row per value, facets in the order asked, most common value first.
    static func facets(_ counts: [FacetCount]) -> Listing {
        Listing(
            noun: "facet values", rows: counts,
            columns: [
                .init("facet", "Facet") { .string($0.facet.rawValue) },
                .init("value", "Value", flexible: true, role: .title) { OutputValue($0.value) },
                .init("articles", "Articles") { .int($0.articles) },
            ])
    }
}

extension Facet: ExpressibleByArgument {}
