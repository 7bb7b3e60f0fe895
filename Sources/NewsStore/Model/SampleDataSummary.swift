/// What loading the sample data put into a store.
public struct SampleDataSummary: Sendable, Hashable {
    public var articles: Int
    public var places: Int
    public var savedQueries: Int
}
