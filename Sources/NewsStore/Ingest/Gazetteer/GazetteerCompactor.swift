import Foundation

/// Derives the shipped compact gazetteer from a GeoNames dump (`newsq gazetteer compact`): the same
/// 19-column layout, with the alternate names cut down to what can match English text and the
/// columns newsq never reads left empty.
///
/// Alternate names kept: Latin script, not all lowercase ("mo sul"), no digits, not a short
/// all-capitals code ("OSM", "DAM"), not a common English word ("Bard"), not a spelling that folds to
/// a name already kept. Names that are common words stay only as a place's main name and are listed
/// in common-words.txt, so the extractor asks for more evidence before matching them.
///
/// ```swift
/// let compactor = GazetteerCompactor(commonWords: GazetteerCompactor.commonWords(fromWordList: words))
/// let summary = try compactor.compactFile(input: "cities500.txt", output: "cities.txt")
/// ```
struct GazetteerCompactor {
    /// Lowercase English words (from a word list such as /usr/share/dict/american-english).
    var commonWords: Set<String>
    /// Places smaller than this keep no alternate names, to stay within the size budget; their
    /// main and ASCII names still match, and spelling variants still meet by `PlaceNameKey.variant`.
    var minimumPopulationForAlternates = 5_000

    /// What a compaction did.
    struct Summary: Equatable {
        var rows = 0
        var alternatesIn = 0
        var alternatesKept = 0
        var bytesWritten = 0
        /// Folded single-word gazetteer names that are also common words, sorted.
        var commonWordNames: [String] = []
    }

    /// The lowercase words of a word list, one per line; possessives and capitalised entries
    /// (proper nouns) are left out.
    static func commonWords(fromWordList text: String) -> Set<String> {
        var words: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            guard word.count >= 2, !word.contains("'"), word == word.lowercased() else { continue }
            words.insert(PlaceNameKey.fold(word))
        }
        return words
    }

    /// True when an alternate name can stand in English text as a place name (see the type).
    func isMatchableAlternate(_ name: String) -> Bool {
        guard name.unicodeScalars.contains(where: { $0.properties.isUppercase }),
            PlaceNameKey.isLatin(name),
            !name.unicodeScalars.contains(where: { $0.properties.numericType != nil })
        else { return false }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count <= 3 && letters.allSatisfy({ $0.properties.isUppercase }) { return false }
        return !commonWords.contains(PlaceNameKey.fold(name))
    }

    /// The compact form of one record.
    func compact(_ record: GeoNamesRecord) -> GeoNamesRecord {
        var result = record
        // The ASCII name only repeats the name once folded, so it is left empty.
        let key = PlaceNameKey.fold(record.name)
        if PlaceNameKey.fold(result.asciiName) == key { result.asciiName = "" }
        var seen: Set<String> = [key]
        var kept: [String] = []
        // GeoNames writes 0 for an unknown population (Al Qayyārah): such places keep their names.
        let population = record.population ?? 0
        if population == 0 || population >= minimumPopulationForAlternates {
            for name in record.alternateNames where isMatchableAlternate(name) {
                if seen.insert(PlaceNameKey.fold(name)).inserted { kept.append(name) }
            }
        }
        result.alternateNames = kept
        return result
    }

    /// Compacts a plain-text dump into `output`, and writes the common-word names next to it
    /// when `commonWordsOutput` is given.
    /// - Throws: `NewsStoreError` for unreadable or malformed input; file errors when writing.
    @discardableResult
    func compactFile(input: String, output: String, commonWordsOutput: String? = nil) throws -> Summary {
        let data = try GeoNamesParser.readPlainText(input)
        var summary = Summary()
        var text = ""
        text.reserveCapacity(data.count / 2)
        var commonNames: Set<String> = []
        try GeoNamesParser(path: input).parse(data) { record in
            summary.rows += 1
            summary.alternatesIn += record.alternateNames.count
            for name in [record.name] + record.alternateNames {
                let key = PlaceNameKey.fold(name)
                if commonWords.contains(key) { commonNames.insert(key) }
            }
            let compacted = compact(record)
            summary.alternatesKept += compacted.alternateNames.count
            text += compacted.dumpLine
            text += "\n"
        }
        let bytes = Data(text.utf8)
        try bytes.write(to: URL(fileURLWithPath: output))
        summary.bytesWritten = bytes.count
        summary.commonWordNames = commonNames.sorted()
        if let commonWordsOutput {
            let list =
                "# Folded gazetteer names that are also common English words; see README.md\n"
                + summary.commonWordNames.joined(separator: "\n") + "\n"
            try Data(list.utf8).write(to: URL(fileURLWithPath: commonWordsOutput))
        }
        return summary
    }

    /// countries.tsv from GeoNames' countries.json, carrying the hand-written demonyms and
    /// aliases over from the existing table.
    /// - Throws: `NewsStoreError.unreadableInput` when the JSON is not an object of countries.
    static func countriesTable(fromJSON data: Data, existing: [CountryRecord]) throws -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data), let countries = object as? [String: Any]
        else {
            throw NewsStoreError.unreadableInput(
                path: "countries.json", reason: "expected a JSON object keyed by ISO code")
        }
        let previous = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = ["# " + CountryRecord.columns.joined(separator: "\t")]
        for code in countries.keys.sorted() {
            guard let fields = countries[code] as? [String: Any] else { continue }
            func text(_ key: String) -> String {
                if let value = fields[key] as? String { return value.trimmingCharacters(in: .whitespaces) }
                if let value = fields[key] as? NSNumber { return value.stringValue }
                return ""
            }
            let record = CountryRecord(
                code: code, iso3: text("iso3"), name: text("name"), capital: text("capital"),
                continent: text("continentcode"), population: Int(text("population")),
                neighbours: CountryRecord.list(text("neighbours")), geonameID: Int(text("geonameid")),
                demonyms: previous[code]?.demonyms ?? [], aliases: previous[code]?.aliases ?? [])
            lines.append(record.tableLine)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
