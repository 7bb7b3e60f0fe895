import Foundation
import Testing

@testable import newsq

/// A strict RFC 4180 reader for the tests: CRLF record ends only, quotes only around whole fields,
/// every record with the same number of fields. Throws on anything else.
struct RFC4180Parser {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var index = 0
        var fieldStart = true
        var quoted = false
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    guard index == scalars.count || scalars[index] == "," || scalars[index] == "\r" else {
                        throw Malformed(description: "text after closing quote at \(index)")
                    }
                    continue
                }
                field.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                guard fieldStart else { throw Malformed(description: "quote inside unquoted field at \(index)") }
                quoted = true
                fieldStart = false
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
                fieldStart = true
            case "\r":
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
                    throw Malformed(description: "bare CR at \(index)")
                }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                fieldStart = true
                index += 1
            case "\n":
                throw Malformed(description: "bare LF at \(index)")
            default:
                field.append(scalar)
                fieldStart = false
            }
            index += 1
        }
        guard !quoted else { throw Malformed(description: "unterminated quote") }
        guard fieldStart && field.isEmpty && record.isEmpty else {
            throw Malformed(description: "last record does not end with CRLF")
        }
        if let width = records.first?.count, records.contains(where: { $0.count != width }) {
            throw Malformed(description: "records have different numbers of fields")
        }
        return records
    }
}

/// Values that trip CSV writers.
let trickyListing = Listing(
    noun: "articles",
    columns: [
        .init(key: "id", header: "ID", role: .identifier),
        .init(key: "title", header: "Title", flexible: true, role: .title),
        .init(key: "score", header: "Score"),
        .init(key: "tags", header: "Tags"),
        .init(key: "note", header: "Note"),
    ],
    rows: [
        [1, "After ISIS loses Mosul, then what?", -1.25, ["iraq", "isis"], nil],
        [2, "He said \"no\", twice", 0.5, [], "line one\nline two"],
        [3, "Qayyarah — القيارة — 摩苏尔 👨‍👩‍👧", 3, ["a,b"], "cr\r\nlf\ttab"],
        [4, "", 10, ["x"], "  spaced  "],
    ])

@Suite("CSV and TSV")
struct CSVTests {
    @Test func csvRoundTripsCommasQuotesNewlinesAndUnicodeThroughAStrictParser() throws {
        let text = trickyListing.renderCSV()
        let records = try RFC4180Parser.parse(text)
        #expect(records.count == 1 + trickyListing.rows.count)
        #expect(records[0] == ["id", "title", "score", "tags", "note"])
        #expect(records[2][1] == "He said \"no\", twice")
        #expect(records[2][4] == "line one\nline two")
        #expect(records[3][1] == "Qayyarah — القيارة — 摩苏尔 👨‍👩‍👧")
        #expect(records[3][3] == "a,b")
        #expect(records[3][4] == "cr\r\nlf\ttab")
        #expect(records[1][3] == "iraq; isis")
        #expect(records[1][4] == "")
        #expect(records[4][4] == "  spaced  ")
        #expect(records[1][2] == "-1.25")
    }

    @Test func csvEndsEveryRecordWithCRLFAndQuotesOnlyWhenNeeded() {
        let text = trickyListing.renderCSV()
        #expect(text.hasSuffix("\r\n"))
        #expect(text.hasPrefix("id,title,score,tags,note\r\n"))
        #expect(text.contains("\r\n1,\"After ISIS loses Mosul, then what?\",-1.25,iraq; isis,\r\n"))
        #expect(text.contains("\"He said \"\"no\"\", twice\""))
    }

    @Test func csvOfAnEmptyListingIsTheHeaderAlone() {
        let empty = Listing(noun: "articles", columns: trickyListing.columns)
        #expect(empty.renderCSV() == "id,title,score,tags,note\r\n")
        #expect(empty.renderTSV() == "id\ttitle\tscore\ttags\tnote\n")
    }

    @Test func csvQuotesAnEmptyLoneFieldSoTheRecordIsNotABlankLine() throws {
        let listing = Listing(noun: "rows", columns: [.init(key: "value")], rows: [[nil], ["x"]])
        #expect(listing.renderCSV() == "value\r\n\"\"\r\nx\r\n")
        #expect(try RFC4180Parser.parse(listing.renderCSV()) == [["value"], [""], ["x"]])
    }

    @Test func csvDropsHighlightMarkers() throws {
        let listing = Listing(
            noun: "hits", columns: [.init(key: "snippet", highlighted: true)],
            rows: [["the battle for \u{2}Mosul\u{3} began"]])
        #expect(try RFC4180Parser.parse(listing.renderCSV())[1] == ["the battle for Mosul began"])
    }

    @Test func tsvKeepsOneLinePerRecordAndEscapesTabsNewlinesAndBackslashes() {
        let listing = Listing(
            noun: "rows", columns: [.init(key: "a"), .init(key: "b")],
            rows: [["tab\there", "nl\nand\\slash"], ["cr\rx", nil]])
        let text = listing.renderTSV()
        #expect(text == "a\tb\ntab\\there\tnl\\nand\\\\slash\ncr\\rx\t\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
    }

    @Test(.enabled(if: PythonCSV.isAvailable, "python3 is not installed"))
    func pythonsCSVModuleReadsTheSameRecords() throws {
        let text = trickyListing.renderCSV()
        let fromPython = try PythonCSV.parse(text)
        #expect(fromPython == (try RFC4180Parser.parse(text)))
    }
}

/// Python's csv module as a second, independent reader.
enum PythonCSV {
    static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var isAvailable: Bool { executable != nil }

    /// Parses CSV text with `csv.reader(strict=True)` and returns the records.
    static func parse(_ text: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "/usr/bin/python3")
        process.arguments = [
            "-c",
            "import csv,io,json,sys; data=sys.stdin.buffer.read().decode('utf-8'); "
                + "print(json.dumps(list(csv.reader(io.StringIO(data, newline=''), strict=True))))",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let records = try JSONSerialization.jsonObject(with: data) as? [[String]]
        return records ?? []
    }
}
