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
/// let index = builder.build(shipped: try GazetteerImageCache.shipped.get())
/// ```
struct GazetteerIndexBuilder {
    private var entries: [GazetteerEntry] = []
    /// Each entry's names as spelled, one per folded key; kept only for an image.
    private var names: [[String]] = []
    private var exact: [String: [Int32]] = [:]
    private var variants: [String: [String]] = [:]
    private var countries: [String: CountryRecord] = [:]
    private var byGeonamesID: [Int: Int32] = [:]
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

    /// The index of everything added over the `shipped` places. The builder may go on and build
    /// again.
    func build(shipped: GazetteerImage?) -> GazetteerIndex {
        GazetteerIndex(
            shipped: shipped, entries: entries, exact: exact, variants: variants, storedByGeonamesID: byGeonamesID,
            countries: countries, demonyms: demonyms, regions: regions, commonWords: commonWords,
            englishWords: englishWords)
    }

    /// The image of the entries added (the vocabulary is not part of it).
    /// - Throws: `GazetteerImage.Invalid` when the tables outgrow an image.
    func image(fingerprint: UInt64) throws -> [UInt8] {
        try GazetteerImage.encode(
            entries: entries, names: names, exact: exact, variants: variants, fingerprint: fingerprint)
    }

    /// Makes room for about `entries` entries with `keys` distinct names in all, so the tables
    /// are not rehashed again and again as a whole gazetteer goes in.
    mutating func reserveCapacity(entries: Int, keys: Int) {
        self.entries.reserveCapacity(entries)
        names.reserveCapacity(entries)
        exact.reserveCapacity(keys)
        variants.reserveCapacity(keys)
    }

    /// Adds an entry under its names (folded keys) and their article-less forms. Positions only
    /// grow, so each key's list stays ascending and free of repeats without sorting.
    mutating func add(_ entry: GazetteerEntry, keys: [String]) {
        add(entry, names: [], keys: keys)
    }

    /// Adds an entry with its names as spelled (`names[i]` folds to `keys[i]`), which an image
    /// keeps so a store can take a place over with all its names.
    mutating func add(_ entry: GazetteerEntry, names: [(key: String, name: String)]) {
        add(entry, names: names.map(\.name), keys: names.map(\.key))
    }

    private mutating func add(_ entry: GazetteerEntry, names spelled: [String], keys: [String]) {
        let position = Int32(entries.count)
        entries.append(entry)
        names.append(spelled)
        for key in keys where !key.isEmpty {
            index(key, at: position)
            if let bare = PlaceNameKey.withoutArticle(key) { index(bare, at: position) }
        }
        if let id = entry.geonamesID, byGeonamesID[id] == nil { byGeonamesID[id] = position }
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
                        name: record.name, kind: .country, countryCode: record.code, latitude: record.latitude,
                        longitude: record.longitude, population: record.population, geonamesID: record.geonameID),
                    names: ([record.name] + record.aliases).map { (PlaceNameKey.fold($0), $0) })
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
    /// common-word names and the English words (read once per process).
    /// - Throws: `NewsStoreError` when the binary lacks the files or they are malformed.
    mutating func addShippedVocabulary() throws {
        let vocabulary = try ShippedGazetteer.vocabulary.get()
        addRegions(vocabulary.regions)
        commonWords = vocabulary.commonWords
        englishWords = vocabulary.englishWords
    }
}
