/// The place names the extractor knows, in two layers: the shipped gazetteer as a flat image
/// (`GazetteerImage`, mapped from the cache in milliseconds), and the places a store holds
/// (articles' own spellings, places known by name only, gazetteers the user imported) in
/// dictionaries over them. A stored place with the GeoNames id of a shipped one stands in for
/// it, so each place is offered once and with what the store knows of it. Plus countries,
/// demonyms, regions and the names that are also common words.
///
/// Immutable and `Sendable`: a `GazetteerIndexBuilder` fills every table before the index exists,
/// so one index can serve any number of extractions on any number of tasks. Built from the
/// shipped files alone (`shipped()`, for `newsq extract`) or with a store's places (see
/// `SQLiteStore/GazetteerIndex+Load.swift`).
///
/// ```swift
/// let index = try GazetteerIndex.shipped()
/// let mosul = index.candidates(forKey: PlaceNameKey.fold("Mosul"))
/// ```
package struct GazetteerIndex: Sendable {
    /// The shipped places; nil for an index of stored places alone.
    let shipped: GazetteerImage?
    /// Every stored entry, addressed by position.
    let entries: [GazetteerEntry]
    /// Folded keys and their article-less forms → stored entry positions.
    let exact: [String: [Int32]]
    /// Variant skeleton → the keys of `exact` that have it; only for fallback lookups.
    let variants: [String: [String]]
    /// Stored entry position by GeoNames id: the stored place that stands in for a shipped one.
    let storedByGeonamesID: [Int: Int32]
    /// Countries by ISO code.
    let countries: [String: CountryRecord]
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

    /// Entries whose folded name (or its article-less form) equals `key`.
    func candidates(forKey key: String) -> [GazetteerEntry] {
        merged(shipped?.positions(forKey: key) ?? [], stored: positions(exact, key))
    }

    /// Entries whose variant skeleton equals that of `key` (a loose match; filter by context).
    func variantCandidates(forKey key: String) -> [GazetteerEntry] {
        let variant = PlaceNameKey.variant(key)
        return merged(shipped?.positions(forVariant: variant) ?? [], stored: positions(forVariant: variant))
    }

    /// Stored entry positions under a variant skeleton, ascending and each once (an entry may
    /// have several names with the same skeleton).
    func positions(forVariant variant: String) -> [Int] {
        var all: [Int] = []
        for key in variants[variant] ?? [] { all += positions(exact, key) }
        all.sort()
        var unique: [Int] = []
        for position in all where unique.last != position { unique.append(position) }
        return unique
    }

    /// Shipped entries in their order, each replaced by the stored place with its GeoNames id
    /// when there is one, then the stored entries not met yet.
    private func merged(_ shippedPositions: [Int], stored: [Int]) -> [GazetteerEntry] {
        guard let shipped, !shippedPositions.isEmpty else { return stored.map { entries[$0] } }
        var result: [GazetteerEntry] = []
        var used: Set<Int> = []
        for position in shippedPositions {
            if let id = shipped.geonamesID(at: position), let standIn = storedByGeonamesID[id] {
                if used.insert(Int(standIn)).inserted { result.append(entries[Int(standIn)]) }
            } else {
                result.append(shipped.entry(at: position))
            }
        }
        for position in stored where !used.contains(position) { result.append(entries[position]) }
        return result
    }

    private func positions(_ table: [String: [Int32]], _ key: String) -> [Int] {
        (table[key] ?? []).map(Int.init)
    }
}
