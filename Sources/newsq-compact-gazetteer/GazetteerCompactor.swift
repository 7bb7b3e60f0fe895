import Foundation
import NewsStore

/// Derives the shipped compact gazetteer from a GeoNames dump: the same 19-column layout, with the
/// alternate names cut down to what can match English text and the columns newsq never reads left
/// empty.
///
/// Alternate names kept: Latin script, not all lowercase ("mo sul"), no digits, not a short
/// all-capitals code ("OSM", "DAM"), not a common English word ("Bard"), not a spelling that folds to
/// a name already kept. Names that are common words stay only as a place's main name and are listed
/// in common-words.txt, so the extractor asks for more evidence before matching them.
///
/// Folding is `PlaceNameKey.fold` from NewsStore itself (package access): the keys written to
/// common-words.txt must be the keys the extractor computes.
///
/// ```swift
/// let compactor = GazetteerCompactor(commonWords: GazetteerCompactor.commonWords(fromWordList: words))
/// let (cities, summary) = try compactor.compact(dump: data, path: "cities500.txt")
/// ```
struct GazetteerCompactor {
    /// Lowercase English words (from a word list such as /usr/share/dict/american-english), folded.
    var commonWords: Set<String>
    /// Places smaller than this keep no alternate names, to stay within the size budget; their
    /// main and ASCII names still match, and spelling variants still meet by `PlaceNameKey.variant`.
    var minimumPopulationForAlternates = 5_000

    /// What a compaction did.
    struct Summary: Equatable {
        var rows = 0
        var alternatesIn = 0
        var alternatesKept = 0
        /// Folded gazetteer names (main or alternate) that are also common words, sorted.
        var commonWordNames: [String] = []
    }

    /// The lowercase words of a word list, one per line, folded; possessives and capitalised
    /// entries (proper nouns) are left out.
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

    /// The compact form of one row.
    func compact(_ row: GeoNamesRow) -> GeoNamesRow {
        var result = row
        // The ASCII name only repeats the name once folded, so it is left empty.
        let key = PlaceNameKey.fold(row.name)
        if PlaceNameKey.fold(result.asciiName) == key { result.asciiName = "" }
        var seen: Set<String> = [key]
        var kept: [String] = []
        // GeoNames writes 0 for an unknown population (Al Qayyārah): such places keep their names.
        let population = row.population ?? 0
        if population == 0 || population >= minimumPopulationForAlternates {
            for name in row.alternateNames where isMatchableAlternate(name) {
                if seen.insert(PlaceNameKey.fold(name)).inserted { kept.append(name) }
            }
        }
        result.alternateNames = kept
        return result
    }

    /// Compacts a whole plain-text dump (`path` names it in errors). Blank lines and lines
    /// starting with "#" are skipped, as newsq's importer skips them. `visit` sees every row as
    /// read, before compaction (the point derivation uses it).
    /// - Returns: the compact dump, one row per line, and what was done.
    /// - Throws: `CompactorError.invalidLine` for the first line not in the dump layout.
    func compact(
        dump: Data, path: String, visit: (GeoNamesRow) -> Void = { _ in }
    ) throws -> (text: String, summary: Summary) {
        var summary = Summary()
        var text = ""
        text.reserveCapacity(dump.count / 2)
        var commonNames: Set<String> = []
        // Lines are split at newline bytes: "\r\n" is one Swift `Character`, so splitting text at "\n"
        // would miss Windows line ends.
        for (offset, bytes) in dump.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes, as: UTF8.self)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let row = try GeoNamesRow(line: line, number: offset + 1, path: path)
            summary.rows += 1
            visit(row)
            summary.alternatesIn += row.alternateNames.count
            for name in [row.name] + row.alternateNames {
                let key = PlaceNameKey.fold(name)
                if commonWords.contains(key) { commonNames.insert(key) }
            }
            let compacted = compact(row)
            summary.alternatesKept += compacted.alternateNames.count
            text += compacted.dumpLine
            text += "\n"
        }
        summary.commonWordNames = commonNames.sorted()
        return (text, summary)
    }

    /// The text of common-words.txt for the given folded names.
    static func commonWordsFile(_ names: [String]) -> String {
        "# Folded gazetteer names that are also common English words; see README.md\n"
            + names.joined(separator: "\n") + "\n"
    }
}
