/// An in-memory dictionary of place names for the extractor: folded name → candidate entries,
/// plus countries, demonyms, regions and the names that are also common words. Built from a
/// database (`load(from:)`) or from the shipped files alone (`shipped()`, for `newsq extract`).
///
/// Not `Sendable` by design choice of simplicity: build it once and use it from one task.
package final class GazetteerIndex {
    private(set) var entries: [GazetteerEntry] = []
    /// Folded keys and their article-less forms → entry positions.
    private var exact: [String: [Int32]] = [:]
    /// Variant skeletons → entry positions; only for fallback lookups, which few articles need,
    /// so it is built from `exact` on first use rather than for every name at load.
    private lazy var variants: [String: [Int32]] = {
        var table: [String: [Int32]] = [:]
        for (key, positions) in exact { table[PlaceNameKey.variant(key), default: []].append(contentsOf: positions) }
        return table.mapValues { Array(Set($0)).sorted() }
    }()
    /// Countries by ISO code.
    private(set) var countries: [String: CountryRecord] = [:]
    /// Entry position of each country's place.
    private(set) var countryEntries: [String: Int] = [:]
    /// Folded demonym ("iraqi", "kurdish") → what it points to.
    private(set) var demonyms: [String: DemonymTarget] = [:]
    /// Regions by folded name and alias.
    private(set) var regions: [String: RegionRecord] = [:]
    /// Folded names that are also common English words.
    private(set) var commonWords: Set<String> = []
    /// Lower-case English words (see `ShippedGazetteer.englishWords`).
    var englishWords: Set<String> = []

    /// What a demonym points to: a country, or a region that may lie in a country.
    struct DemonymTarget: Hashable {
        var countryCode: String?
        var region: String?
    }

    init() {}

    /// Number of entries (places and countries).
    var count: Int { entries.count }

    /// Entries whose folded name (or its article-less form) equals `key`.
    func candidates(forKey key: String) -> [GazetteerEntry] {
        positions(exact, key).map { entries[$0] }
    }

    /// Entries whose variant skeleton equals that of `key` (a loose match; filter by context).
    func variantCandidates(forKey key: String) -> [GazetteerEntry] {
        positions(variants, PlaceNameKey.variant(key)).map { entries[$0] }
    }

    /// The place entry of a country.
    func countryEntry(code: String) -> GazetteerEntry? {
        countryEntries[code].map { entries[$0] }
    }

    private func positions(_ table: [String: [Int32]], _ key: String) -> [Int] {
        (table[key] ?? []).map(Int.init)
    }

    // MARK: Building

    /// Adds an entry under its names (folded keys).
    func add(_ entry: GazetteerEntry, keys: [String]) {
        let position = Int32(entries.count)
        entries.append(entry)
        var seen: Set<String> = []
        for key in keys where !key.isEmpty {
            for form in [key, PlaceNameKey.withoutArticle(key)].compactMap({ $0 }) where seen.insert(form).inserted {
                exact[form, default: []].append(position)
            }
        }
        if entry.kind == "country", let code = entry.countryCode, countryEntries[code] == nil {
            countryEntries[code] = Int(position)
        }
    }

    /// Adds countries' demonyms, and their place entries unless `addPlaces` is false (a database
    /// already holds them as places).
    func addCountries(_ records: [CountryRecord], addPlaces: Bool) {
        for record in records {
            countries[record.code] = record
            for demonym in record.demonyms where !demonym.isEmpty {
                let key = PlaceNameKey.fold(demonym)
                if demonyms[key] == nil { demonyms[key] = DemonymTarget(countryCode: record.code, region: nil) }
            }
            if addPlaces {
                add(
                    GazetteerEntry(
                        name: record.name, kind: "country", countryCode: record.code, population: record.population,
                        geonamesID: record.geonameID),
                    keys: ([record.name] + record.aliases).map(PlaceNameKey.fold))
            }
        }
    }

    /// Adds regions and their adjectives.
    func addRegions(_ records: [RegionRecord]) {
        for record in records {
            for name in [record.name] + record.aliases { regions[PlaceNameKey.fold(name)] = record }
            for demonym in record.demonyms {
                let key = PlaceNameKey.fold(demonym)
                if demonyms[key] == nil {
                    demonyms[key] = DemonymTarget(countryCode: record.countryCode, region: record.name)
                }
            }
        }
    }

    /// Sets the common-word names.
    func setCommonWords(_ words: Set<String>) { commonWords = words }
}
