/// How much a store holds.
public struct Statistics: Sendable, Hashable, Codable {
    public var articles: Int
    public var authors: Int
    /// Places known to the store, the gazetteer included.
    public var places: Int
    /// Places at least one article mentions.
    public var mentionedPlaces: Int
    public var events: Int
    public var savedQueries: Int
}
