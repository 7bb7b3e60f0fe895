/// Collects places, countries, regions and word lists, then makes the immutable
/// `GazetteerIndex`. Entries are indexed as they are added, under their folded names and their
/// article-less forms; each distinct form is filed under its variant skeleton once, when it is
/// first met. So `build()` only hands the tables over, and the variant table costs one skeleton
/// per distinct name rather than one per name of every entry.
///
/// ```swift
/// var builder = GazetteerIndexBuilder()
/// builder.addCountries(try ShippedGazetteer.countries(), addPlaces: true)
/// try builder.addShippedVocabulary()
/// let index = builder.build()
/// ```
struct GazetteerIndexBuilder {
    private var entries: [GazetteerEntry] = []
    private var exact: [String: [Int32]] = [:]
    private var variants: [String: [String]] = [:]
    private var countries: [String: CountryRecord] = [:]
    private var countryEntries: [String: Int] = [:]
    private var demonyms: [String: GazetteerIndex.DemonymTarget] = [:]
    private var regions: [String: RegionRecord] = [:]
    /// Folded names that are also common English words.
    var commonWords: Set<String> = []
    /// Lower-case English words (see `ShippedGazetteer.englishWords`).
    var englishWords: Set<String> = []

    /// An empty builder.
    init() {}

    /// Number of entries added so far.
    var count: Int { entries.count }

    /// The index of everything added. The builder may go on and build again.
    func build() -> GazetteerIndex {
        GazetteerIndex(
            entries: entries, exact: exact, variants: variants, countries: countries, countryEntries: countryEntries,
            demonyms: demonyms, regions: regions, commonWords: commonWords, englishWords: englishWords)
    }

    /// Makes room for about `entries` entries with `keys` distinct names in all, so the tables
    /// are not rehashed again and again as a whole gazetteer goes in.
    mutating func reserveCapacity(entries: Int, keys: Int) {
        self.entries.reserveCapacity(entries)
        exact.reserveCapacity(keys)
        variants.reserveCapacity(keys)
    }

    /// Adds an entry under its names (folded keys) and their article-less forms. Positions only
    /// grow, so each key's list stays ascending and free of repeats without sorting.
    mutating func add(_ entry: GazetteerEntry, keys: [String]) {
        let position = Int32(entries.count)
        entries.append(entry)
        for key in keys where !key.isEmpty {
            index(key, at: position)
            if let bare = PlaceNameKey.withoutArticle(key) { index(bare, at: position) }
        }
        if entry.kind == .country, let code = entry.countryCode, countryEntries[code] == nil {
            countryEntries[code] = Int(position)
        }
    }

    private mutating func index(_ form: String, at position: Int32) {
        if Self.append(position, to: &exact[form, default: []]) {
            variants[PlaceNameKey.variant(form), default: []].append(form)
        }
    }

    /// Appends `position` unless the list ends with it already (a form met twice for one entry);
    /// true when the list was empty, that is when the form is new to the index.
    private static func append(_ position: Int32, to list: inout [Int32]) -> Bool {
        let isNew = list.isEmpty
        if list.last != position { list.append(position) }
        return isNew
    }

    /// Adds countries' demonyms, and their place entries unless `addPlaces` is false (a database
    /// already holds them as places).
    mutating func addCountries(_ records: [CountryRecord], addPlaces: Bool) {
        for record in records {
            countries[record.code] = record
            for demonym in record.demonyms where !demonym.isEmpty {
                let key = PlaceNameKey.fold(demonym)
                if demonyms[key] == nil {
                    demonyms[key] = GazetteerIndex.DemonymTarget(countryCode: record.code, region: nil)
                }
            }
            if addPlaces {
                add(
                    GazetteerEntry(
                        name: record.name, kind: .country, countryCode: record.code, population: record.population,
                        geonamesID: record.geonameID),
                    keys: ([record.name] + record.aliases).map(PlaceNameKey.fold))
            }
        }
    }

    /// Adds regions and their adjectives.
    mutating func addRegions(_ records: [RegionRecord]) {
        for record in records {
            for name in [record.name] + record.aliases { regions[PlaceNameKey.fold(name)] = record }
            for demonym in record.demonyms {
                let key = PlaceNameKey.fold(demonym)
                if demonyms[key] == nil {
                    demonyms[key] = GazetteerIndex.DemonymTarget(countryCode: record.countryCode, region: record.name)
                }
            }
        }
    }

    /// Adds what every index takes from the shipped files whatever its places: regions, the
    /// common-word names and the English words.
    /// - Throws: `NewsStoreError` when the binary lacks the files or they are malformed.
    mutating func addShippedVocabulary() throws {
        addRegions(try ShippedGazetteer.regions())
        commonWords = try ShippedGazetteer.commonWords()
        englishWords = try ShippedGazetteer.englishWords()
    }
}
