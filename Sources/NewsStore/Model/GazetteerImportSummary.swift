/// What a gazetteer import changed.
public struct GazetteerImportSummary: Sendable, Hashable, Codable {
    /// Places new to the store.
    public var added: Int
    /// Places whose data changed, including places known by name that now have coordinates.
    public var updated: Int
    /// Places already up to date.
    public var unchanged: Int
}
