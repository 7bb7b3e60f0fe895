import Foundation
import Testing

@testable import NewsStore

@Suite struct GazetteerCompactorTests {
    let compactor = GazetteerCompactor(commonWords: ["bard", "nice", "police"])

    @Test func keepsOnlyAlternateNamesThatCanMatchEnglishText() {
        #expect(compactor.isMatchableAlternate("Al Mawsil"))
        #expect(compactor.isMatchableAlternate("Barţalah"))
        #expect(!compactor.isMatchableAlternate("mo sul"))
        #expect(!compactor.isMatchableAlternate("OSM"))
        #expect(!compactor.isMatchableAlternate("Bard"))
        #expect(!compactor.isMatchableAlternate("الموصل"))
        #expect(!compactor.isMatchableAlternate("Mosul 2"))
    }

    @Test func compactRowDropsRepeatsAndKeepsTheLayout() throws {
        let row = try GeoNamesParser(path: "t").record(fromLine: GeoNamesParserTests.mosulLine, number: 1)
        var withRepeats = row
        withRepeats.alternateNames += ["Mosul", "Al Mawşil", "Musul"]
        let compact = compactor.compact(withRepeats)
        #expect(compact.asciiName == "")
        #expect(compact.alternateNames == ["Al Mawsil", "Musul"])
        var small = row
        small.population = 600
        #expect(compactor.compact(small).alternateNames.isEmpty)
    }

    @Test func commonWordsComeFromLowercaseEntries() {
        let words = GazetteerCompactor.commonWords(fromWordList: "Bard\nbard\nnice\nMosul\npolice's\n")
        #expect(words == ["bard", "nice"])
    }

    /// Regenerates SampleData/gazetteer (see its README) when the three inputs are given.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSQ_COMPACT_CITIES"] != nil))
    func regeneratesTheShippedGazetteerWhenAsked() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData/gazetteer")
        let words = try String(contentsOfFile: try #require(environment["NEWSQ_COMPACT_WORDS"]), encoding: .utf8)
        let compactor = GazetteerCompactor(commonWords: GazetteerCompactor.commonWords(fromWordList: words))
        let summary = try compactor.compactFile(
            input: try #require(environment["NEWSQ_COMPACT_CITIES"]),
            output: folder.appendingPathComponent("cities.txt").path,
            commonWordsOutput: folder.appendingPathComponent("common-words.txt").path)
        print(
            "GAZETTEER compacted \(summary.rows) rows, \(summary.alternatesKept) alternates, \(summary.bytesWritten) bytes"
        )
        let countries = folder.appendingPathComponent("countries.tsv")
        let existing = try CountryRecord.parseTable(
            try String(contentsOf: countries, encoding: .utf8), path: countries.path)
        let json = try Data(contentsOf: URL(fileURLWithPath: try #require(environment["NEWSQ_COMPACT_COUNTRIES"])))
        try GazetteerCompactor.countriesTable(fromJSON: json, existing: existing).write(
            to: countries, atomically: true, encoding: .utf8)
        #expect(summary.rows > 0)
    }
}
