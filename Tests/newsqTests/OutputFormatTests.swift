import Foundation
import NewsStore
import Testing

@testable import newsq

@Suite("Output formats: JSON, JSONL, entry point, highlights, errors")
struct OutputFormatTests {
    private func parsedJSONRows(_ text: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [[String: Any]])
    }

    @Test func everyFormatNameParsesAsAnArgument() {
        for format in OutputFormat.allCases {
            #expect(OutputFormat(argument: format.rawValue) == format)
        }
        #expect(OutputFormat(argument: "xml") == nil)
    }

    @Test func jsonParsesAndCarriesTheSameRowsAsCSV() throws {
        let rows = try parsedJSONRows(trickyListing.renderJSON())
        let records = try RFC4180Parser.parse(trickyListing.renderCSV())
        #expect(rows.count == records.count - 1)
        let keys = records[0]
        for (row, record) in zip(rows, records.dropFirst()) {
            #expect(Set(row.keys) == Set(keys))
            #expect(row["title"] as? String == record[1])
            #expect((row["id"] as? NSNumber)?.stringValue == record[0])
            #expect((row["score"] as? NSNumber)?.doubleValue == Double(record[2]))
            let tags = try #require(row["tags"] as? [String])
            #expect(tags.joined(separator: "; ") == record[3])
            #expect((row["note"] as? String ?? "") == record[4])
        }
        #expect(rows[0]["note"] is NSNull)
    }

    @Test func jsonKeepsKeysInColumnOrder() {
        let listing = Listing(
            noun: "rows", columns: [.init(key: "zeta"), .init(key: "alpha"), .init(key: "mid")], rows: [[1, 2, 3]])
        #expect(listing.renderJSON() == "[\n  {\n    \"zeta\": 1,\n    \"alpha\": 2,\n    \"mid\": 3\n  }\n]\n")
        #expect(listing.renderJSONLines() == "{\"zeta\":1,\"alpha\":2,\"mid\":3}\n")
    }

    @Test func jsonEscapesQuotesBackslashesAndControlCharactersButNotUnicode() throws {
        let value = "q\"b\\s/\u{1}\u{1F}\n\t — 摩苏尔 \u{2028}"
        let text = JSONWriter.compact(.object([.init("v", .string(value))]))
        #expect(text == "{\"v\":\"q\\\"b\\\\s/\\u0001\\u001f\\n\\t — 摩苏尔 \\u2028\"}")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(parsed?["v"] == value)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(OutputValue(Double.nan) == .null)
        #expect(JSONWriter.compact([.double(.infinity), .double(1.5), .double(100)]) == "[null,1.5,100.0]")
    }

    @Test func jsonLinesHasOneParsableObjectPerRow() throws {
        let text = trickyListing.renderJSONLines()
        let lines = text.split(separator: "\n")
        #expect(lines.count == trickyListing.rows.count)
        #expect(text.hasSuffix("\n"))
        for (line, row) in zip(lines, trickyListing.rows) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(
                (object["id"] as? NSNumber)?.intValue
                    == { if case .int(let id) = row[0] { return id } else { return nil } }())
        }
    }

    @Test func emptyListingsRenderAsDocumentedForEachFormat() throws {
        let empty = Listing(
            noun: "events",
            columns: [
                .init(key: "id", role: .identifier), .init(key: "start", role: .startDate),
                .init(key: "summary", role: .title), .init(key: "lat", role: .latitude),
                .init(key: "lon", role: .longitude),
            ])
        let context = RenderContext(now: Date(timeIntervalSince1970: 0))
        #expect(try empty.render(as: .table, context: context) == "")
        #expect(try empty.render(as: .json, context: context) == "[]\n")
        #expect(try empty.render(as: .jsonl, context: context) == "")
        #expect(try empty.render(as: .csv, context: context) == "id,start,summary,lat,lon\r\n")
        #expect(try empty.render(as: .geojson, context: context).contains("\"features\": []"))
        #expect(!(try empty.render(as: .ics, context: context)).contains("BEGIN:VEVENT"))
    }

    @Test func highlightedColumnsGivePlainTextAndScalarOffsetsOfMatchesInJSON() throws {
        let listing = Listing(
            noun: "hits", columns: [.init(key: "id"), .init(key: "snippet", highlighted: true)],
            rows: [[7, "…near \u{2}Mosul\u{3}, \u{2}القيارة\u{3} and 🇮🇶 \u{2}mosul\u{3}"]])
        let rows = try parsedJSONRows(listing.renderJSON())
        let plain = try #require(rows.first?["snippet"] as? String)
        #expect(plain == "…near Mosul, القيارة and 🇮🇶 mosul")
        let matches = try #require(rows.first?["snippet_matches"] as? [[Int]])
        let scalars = Array(plain.unicodeScalars)
        let words = matches.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) }
        #expect(words == ["Mosul", "القيارة", "mosul"])
        let json = listing.renderJSON()
        let snippetKey = try #require(json.range(of: "\"snippet\":"))
        let matchesKey = try #require(json.range(of: "\"snippet_matches\":"))
        #expect(snippetKey.lowerBound < matchesKey.lowerBound)
    }

    @Test func tableShowsHighlightsAsStarsWhenPipedAndBoldOnAColourTerminal() {
        let listing = Listing(
            noun: "hits", columns: [.init(key: "snippet", highlighted: true)], rows: [["in \u{2}Mosul\u{3} today"]])
        let piped = listing.renderTable(context: RenderContext())
        #expect(piped.contains("in **Mosul** today"))
        #expect(!piped.contains("\u{1B}"))
        let terminal = listing.renderTable(context: RenderContext(isTerminal: true, width: 80, useColor: true))
        #expect(terminal.contains("in \u{1B}[1mMosul\u{1B}[22m today"))
        #expect(!terminal.unicodeScalars.contains(where: Highlight.isMarker))
    }

    @Test func errorsAreOneLineOfTextOrAJSONObject() throws {
        let error = NewsStoreError.articleNotFound(id: 42)
        #expect(
            ErrorOutput.line(for: error, json: false)
                == "newsq: error: no article with id 42; `newsq articles` lists them")
        let json = ErrorOutput.line(for: error, json: true)
        #expect(!json.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect(object["error"] as? String == "no article with id 42; `newsq articles` lists them")
    }

    @Test func multiLineErrorDescriptionsAreJoinedOnOneLine() {
        struct TwoLines: Error, CustomStringConvertible { var description: String { "first\n\n  second  \n" } }
        #expect(ErrorOutput.line(for: TwoLines(), json: false) == "newsq: error: first; second")
    }

    @Test func noColorAndDumbTerminalsTurnColourOff() {
        #expect(Terminal.colorAllowed(environment: [:]))
        #expect(Terminal.colorAllowed(environment: ["NO_COLOR": ""]))
        #expect(!Terminal.colorAllowed(environment: ["NO_COLOR": "1"]))
        #expect(!Terminal.colorAllowed(environment: ["TERM": "dumb"]))
    }

    @Test func columnsVariableGivesTheFallbackWidth() {
        #expect(Terminal.width(fromColumns: "132") == 132)
        #expect(Terminal.width(fromColumns: nil) == 80)
        #expect(Terminal.width(fromColumns: "wide") == 80)
        #expect(Terminal.width(fromColumns: "0") == 80)
    }
}
