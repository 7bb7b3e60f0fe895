/// The gazetteer files compiled into the binary (SampleData/gazetteer, listed in resources.c).
enum ShippedGazetteer {
    static let citiesFile = "gazetteer/cities.txt"
    static let countriesFile = "gazetteer/countries.tsv"
    static let regionsFile = "gazetteer/regions.tsv"
    static let commonWordsFile = "gazetteer/common-words.txt"
    static let englishWordsFile = "gazetteer/english-words.txt"

    /// The word lists and regions every index takes, read once per process.
    static let vocabulary: Result<Vocabulary, Error> = Result {
        Vocabulary(regions: try regions(), commonWords: try commonWords(), englishWords: try englishWords())
    }

    /// What `vocabulary` holds.
    struct Vocabulary: Sendable {
        var regions: [RegionRecord]
        var commonWords: Set<String>
        var englishWords: Set<String>
    }

    /// An embedded file, or an error naming it when the binary was built without it.
    static func file(_ name: String) throws -> EmbeddedFile {
        guard let file = EmbeddedFile.sample(named: name) else {
            throw NewsStoreError.unreadableInput(
                path: name, reason: "this build lacks its shipped gazetteer; rebuild it from the sources")
        }
        return file
    }

    /// The shipped countries with their demonyms and aliases.
    static func countries() throws -> [CountryRecord] {
        try CountryRecord.parseTable(file(countriesFile).text, path: countriesFile)
    }

    /// Regions and peoples that are not countries.
    static func regions() throws -> [RegionRecord] {
        try RegionRecord.parseTable(file(regionsFile).text, path: regionsFile)
    }

    /// Folded names that are also common English words.
    static func commonWords() throws -> Set<String> {
        try wordSet(commonWordsFile)
    }

    /// Lower-case English words: a capitalised word the gazetteer lacks that is one of these
    /// ("However", "World") is not taken for an unknown place without strong evidence.
    static func englishWords() throws -> Set<String> {
        try wordSet(englishWordsFile)
    }

    private static func wordSet(_ name: String) throws -> Set<String> {
        let text = try file(name).text
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }
}
