/// An in-memory dictionary of place names for the extractor: folded name → candidate entries,
/// plus countries, demonyms, regions and the names that are also common words.
///
/// Immutable and `Sendable`: a `GazetteerIndexBuilder` fills every table, including the
/// spelling-variant one, before the index exists, so one index can serve any number of
/// extractions on any number of tasks. Built from the shipped files alone (`shipped()`, for
/// `newsq extract`) or from a store's database (see `SQLiteStore/GazetteerIndex+Load.swift`).
///
/// ```swift
/// let index = try GazetteerIndex.shipped()
/// let mosul = index.candidates(forKey: PlaceNameKey.fold("Mosul"))
/// ```
package struct GazetteerIndex: Sendable {
    /// Every entry (places and countries), addressed by position.
    let entries: [GazetteerEntry]
    /// Folded keys and their article-less forms → entry positions.
    let exact: [String: [Int32]]
    /// Variant skeleton → the keys of `exact` that have it; only for fallback lookups.
    let variants: [String: [String]]
    /// Countries by ISO code.
    let countries: [String: CountryRecord]
    /// Entry position of each country's place.
    let countryEntries: [String: Int]
    /// Folded demonym ("iraqi", "kurdish") → what it points to.
    let demonyms: [String: DemonymTarget]
    /// Regions by folded name and alias.
    let regions: [String: RegionRecord]
    /// Folded names that are also common English words.
    let commonWords: Set<String>
    /// Lower-case English words (see `ShippedGazetteer.englishWords`).
    let englishWords: Set<String>

    /// What a demonym points to: a country, or a region that may lie in a country.
    struct DemonymTarget: Sendable, Hashable {
        var countryCode: String?
        var region: String?
    }

    /// Number of entries (places and countries).
    var count: Int { entries.count }

    /// Entries whose folded name (or its article-less form) equals `key`.
    func candidates(forKey key: String) -> [GazetteerEntry] {
        positions(exact, key).map { entries[$0] }
    }

    /// Entries whose variant skeleton equals that of `key` (a loose match; filter by context).
    func variantCandidates(forKey key: String) -> [GazetteerEntry] {
        positions(forVariant: PlaceNameKey.variant(key)).map { entries[$0] }
    }

    /// Entry positions under a variant skeleton, ascending and each once (an entry may have
    /// several names with the same skeleton).
    func positions(forVariant variant: String) -> [Int] {
        var all: [Int] = []
        for key in variants[variant] ?? [] { all += positions(exact, key) }
        all.sort()
        var unique: [Int] = []
        for position in all where unique.last != position { unique.append(position) }
        return unique
    }

    /// The place entry of a country.
    func countryEntry(code: String) -> GazetteerEntry? {
        countryEntries[code].map { entries[$0] }
    }

    private func positions(_ table: [String: [Int32]], _ key: String) -> [Int] {
        (table[key] ?? []).map(Int.init)
    }
}
