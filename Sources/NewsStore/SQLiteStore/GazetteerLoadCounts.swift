/// What a gazetteer import changed: rows added, rows updated (including places known by name that
/// the gazetteer filled in), rows already up to date.
struct GazetteerLoadCounts: Sendable, Hashable {
    var added = 0
    var updated = 0
    var unchanged = 0

    /// Every row the import looked at.
    var total: Int { added + updated + unchanged }

    static func + (lhs: GazetteerLoadCounts, rhs: GazetteerLoadCounts) -> GazetteerLoadCounts {
        GazetteerLoadCounts(
            added: lhs.added + rhs.added, updated: lhs.updated + rhs.updated, unchanged: lhs.unchanged + rhs.unchanged)
    }
}
