import Foundation
import Testing

@testable import NewsStore

@Suite struct GeoNamesParserTests {
    static let mosulLine =
        "99072\tMosul\tMosul\tAl Mawsil,OSM,mo sul\t36.335\t43.1189\tP\tPPLA\tIQ\t\t15\t\t\t\t1683000\t\t\tAsia/Baghdad\t"

    @Test func parsesAFullDumpLineAndACompactOne() throws {
        let parser = GeoNamesParser(path: "test.txt")
        let record = try parser.record(fromLine: Self.mosulLine, number: 1)
        #expect(
            record.geonameID == 99072 && record.name == "Mosul" && record.countryCode == "IQ" && record.admin1 == "15")
        #expect(record.alternateNames == ["Al Mawsil", "OSM", "mo sul"])
        #expect(record.latitude == 36.335 && record.population == 1_683_000 && record.kind == .city)
        let compact = try parser.record(fromLine: record.dumpLine, number: 2)
        #expect(record.dumpLine.split(separator: "\t", omittingEmptySubsequences: false).count == 19)
        #expect(compact == record)
    }

    @Test func namesTheLineWithTooFewColumns() throws {
        let text = Self.mosulLine + "\n\n# comment\n1\tBroken\t\t\n"
        let error = #expect(throws: NewsStoreError.self) {
            try GeoNamesParser(path: "cities.txt").parse(Data(text.utf8)) { _ in }
        }
        guard case .invalidGazetteer(let path, let line, let reason) = error else {
            Issue.record("wrong error \(String(describing: error))")
            return
        }
        #expect(path == "cities.txt" && line == 4 && reason.contains("4 columns"))
    }

    @Test func refusesALatitudeOutOfRange() throws {
        let line = Self.mosulLine.replacingOccurrences(of: "36.335", with: "136.3")
        #expect(
            throws: NewsStoreError.invalidGazetteer(
                path: "x", line: 7, reason: "latitude \"136.3\" is not a number from -90 to 90")
        ) {
            try GeoNamesParser(path: "x").record(fromLine: line, number: 7)
        }
    }

    @Test func refusesAGzippedFileWithAHint() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-\(UUID().uuidString).txt.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: NewsStoreError.self) { try GeoNamesParser.records(inFile: url.path) }
        #expect(error?.description.contains("gunzip") == true)
    }
}
