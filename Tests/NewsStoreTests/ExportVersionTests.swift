import Foundation
import Testing

@testable import NewsStore

/// Version 2 of the export writes a place's mention list under `spans` (as `extract` prints it;
/// `mentions` is a count on every other place newsq prints). Files written by version 1, with
/// the list under `mentions`, must still import exactly.
@Suite struct ExportVersionTests {
    /// The fixture is a version 1 export line: one place, Mosul, with one mention under `mentions`.
    static var versionOneLine: Data {
        get throws {
            let text = try String(contentsOfFile: FormatFixtures.path("export.jsonl"), encoding: .utf8)
            return Data(try #require(text.split(separator: "\n").first).utf8)
        }
    }

    @Test func aVersionOneLineKeepsTheMentionListItWroteUnderMentions() throws {
        let line = try Self.versionOneLine
        #expect(String(decoding: line, as: UTF8.self).hasPrefix("{\"newsq_export\":1,"))
        let record = try ExportRecord(jsonLine: line)
        let mosul = try #require(record.places.first)
        #expect(mosul.name == "Mosul")
        #expect(mosul.mentions.map(\.surface) == ["Mosul"])
        #expect(mosul.mentions.first?.start == 40 && mosul.mentions.first?.end == 45)
    }

    @Test func aVersionOneFileImportsAndExportsAgainAsVersionTwoWithTheSameKnowledge() throws {
        let first = try ExportRoundTripTests.emptyStore()
        let summary = first.importFiles([FormatFixtures.path("export.jsonl")], options: .init(workers: 0))
        #expect(summary.failed.isEmpty && summary.imported.count == 1)
        let exported = try #require(try ExportRoundTripTests.exportedLines(first).first)
        let text = String(decoding: exported, as: UTF8.self)
        #expect(text.hasPrefix("{\"newsq_export\":2,"))
        let object = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
        let place = try #require((object["places"] as? [[String: Any]])?.first)
        #expect((place["spans"] as? [[String: Any]])?.count == 1)
        #expect(place["mentions"] == nil)

        // The version 2 line gives back what the version 1 line gave, table by table.
        let second = try ExportRoundTripTests.emptyStore()
        #expect(second.importExported([("v2.jsonl:1", try ExportRecord(jsonLine: exported))]).failed.isEmpty)
        for table in ExportRoundTripTests.tables {
            let before = try ExportRoundTripTests.rows(first, table.sql, columns: table.columns)
            let after = try ExportRoundTripTests.rows(second, table.sql, columns: table.columns)
            #expect(before == after, "\(table.name)")
        }
        // …and the mention is there, not left behind by both.
        #expect(try ExportRoundTripTests.rows(first, "SELECT surface FROM place_mention", columns: 1).count == 1)
    }

    @Test func aLineOfALaterVersionIsRefusedNamingTheVersionsThisNewsqReads() throws {
        let line = Data(#"{"newsq_export":3,"title":"t","body":"b"}"#.utf8)
        #expect {
            try ExportRecord(jsonLine: line, origin: "later.jsonl:1")
        } throws: { error in
            "\(error)".contains("newsq export version 3; this newsq reads versions 1 to 2")
        }
    }
}
