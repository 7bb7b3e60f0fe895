import Foundation
import Testing

@testable import newsq_compact_gazetteer

@Suite struct GazetteerCompactorTests {
    static let mosulLine =
        "99072\tMosul\tMosul\tAl Mawsil,OSM,mo sul\t36.335\t43.1189\tP\tPPLA\tIQ\t\t15\t\t\t\t1683000\t\t\tAsia/Baghdad\t"

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
        let row = try GeoNamesRow(line: Self.mosulLine, number: 1, path: "t")
        var withRepeats = row
        withRepeats.alternateNames += ["Mosul", "Al Mawşil", "Musul"]
        let compact = compactor.compact(withRepeats)
        #expect(compact.asciiName == "")
        #expect(compact.alternateNames == ["Al Mawsil", "Musul"])
        #expect(
            compact.dumpLine
                == "99072\tMosul\t\tAl Mawsil,Musul\t36.335\t43.1189\tP\tPPLA\tIQ\t\t15\t\t\t\t1683000\t\t\t\t")
        var small = row
        small.population = 600
        #expect(compactor.compact(small).alternateNames.isEmpty)
    }

    @Test func commonWordsComeFromLowercaseEntries() {
        let words = GazetteerCompactor.commonWords(fromWordList: "Bard\nbard\nnice\nMosul\npolice's\n")
        #expect(words == ["bard", "nice"])
    }

    @Test func aMalformedDumpLineIsRefusedWithItsNumber() {
        let dump = Data("# comment\n\(Self.mosulLine)\n1\tBroken\n".utf8)
        #expect(throws: CompactorError.invalidLine(path: "d.txt", line: 3, reason: "found 2 columns instead of 19")) {
            try compactor.compact(dump: dump, path: "d.txt")
        }
    }

    /// The whole tool on a three-place fixture, into a temporary folder: SampleData is never touched.
    @Test func toolWritesTheFourFilesFromASourceFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("compact-\(UUID().uuidString)")
        let source = root.appendingPathComponent("source")
        let output = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        let bard = "5\tBard\tBard\tBARD,Bardo\t45.123456\t7.7\tP\tPPL\tIT\t\t12\t\t\t\t700\t\t\t\t"
        let rome = "6\tRome\tRome\tRoma\t41.89193\t12.51133\tP\tPPLC\tIT\t\t07\t\t\t\t2318895\t\t\t\t"
        try "\(Self.mosulLine)\r\n\(bard)\n\(rome)\n".write(
            to: source.appendingPathComponent("cities500.txt"), atomically: true, encoding: .utf8)
        let json = """
            {"IQ": {"iso3": "IRQ", "name": "Iraq", "capital": "Baghdad", "continentcode": "AS",
                    "population": 38433600, "neighbours": "SY,TR", "geonameid": 99237},
             "IT": {"iso3": "ITA", "name": "Italy", "capital": "Roma", "continentcode": "EU", "population": 60431283,
                    "neighbours": "", "geonameid": 3175395}}
            """
        try json.write(to: source.appendingPathComponent("countries.json"), atomically: true, encoding: .utf8)
        // A table of the earlier ten-column layout still gives its hand-written columns.
        let oldHeader = "# code\tiso3\tname\tcapital\tcontinent\tpopulation\tneighbours\tgeonameid\tdemonyms\taliases"
        try "\(oldHeader)\nIQ\tIRQ\tIraq\tBaghdad\tAS\t1\t\t\tIraqi\tMesopotamia\n".write(
            to: output.appendingPathComponent("countries.tsv"), atomically: true, encoding: .utf8)
        let points = source.appendingPathComponent("natural-earth-points.tsv")
        try "# iso3\tname\tlatitude\tlongitude\nIRQ\tIraq\t33.0404\t43.7734\n".write(
            to: points, atomically: true, encoding: .utf8)
        try
            "# name\tkind\tcountry\tdemonyms\taliases\tadmin1\nNineveh\tregion\tIQ\t\tNinawa\t15\nGulf\tregion\t\tGulf\t\n"
            .write(to: output.appendingPathComponent("regions.tsv"), atomically: true, encoding: .utf8)
        let words = source.appendingPathComponent("words")
        try "bard\nnice\n".write(to: words, atomically: true, encoding: .utf8)

        var command = try CompactGazetteer.parseAsRoot([
            source.path, "--output", output.path, "--words", words.path, "--country-points", points.path,
        ])
        try command.run()

        let cities = try String(contentsOf: output.appendingPathComponent("cities.txt"), encoding: .utf8)
        #expect(
            cities == "99072\tMosul\t\tAl Mawsil\t36.335\t43.1189\tP\tPPLA\tIQ\t\t15\t\t\t\t1683000\t\t\t\t\n"
                + "5\tBard\t\t\t45.1235\t7.7\tP\tPPL\tIT\t\t12\t\t\t\t700\t\t\t\t\n"
                + "6\tRome\t\tRoma\t41.8919\t12.5113\tP\tPPLC\tIT\t\t07\t\t\t\t2318895\t\t\t\t\n")
        let common = try String(contentsOf: output.appendingPathComponent("common-words.txt"), encoding: .utf8)
        #expect(common.hasSuffix("README.md\nbard\n"))
        let countries = try String(contentsOf: output.appendingPathComponent("countries.tsv"), encoding: .utf8)
        let header = "# " + CountriesTable.columns.joined(separator: "\t")
        // Iraq from Natural Earth; Italy (not in the points file) from its capital, found by an alternate name.
        #expect(
            countries == "\(header)\nIQ\tIRQ\tIraq\tBaghdad\tAS\t38433600\tSY,TR\t99237\t33.0404\t43.7734\t"
                + "naturalearth-110m\tIraqi\tMesopotamia\n"
                + "IT\tITA\tItaly\tRoma\tEU\t60431283\t\t3175395\t41.8919\t12.5113\tgeonames-capital 6\t\t\n")
        let regions = try String(contentsOf: output.appendingPathComponent("regions.tsv"), encoding: .utf8)
        #expect(
            regions == "# name\tkind\tcountry\tdemonyms\taliases\tadmin1\tlatitude\tlongitude\tpoint\n"
                + "Nineveh\tregion\tIQ\t\tNinawa\t15\t36.335\t43.1189\tgeonames-admin1 99072\n"
                + "Gulf\tregion\t\tGulf\t\t\t\t\t\n")
    }

    @Test func aMissingDumpIsNamedInTheError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("compact-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let error = #expect(throws: CompactorError.self) { try SourceFiles.readCities(inFolder: empty.path) }
        #expect(error?.description.contains("cities500.txt.gz") == true)
    }
}
