import Foundation
import Testing

@testable import NewsStore

/// JSON input is split as it is read: records across read-chunk boundaries come out whole and
/// numbered by their line, whatever the shape (JSON Lines, array, one pretty-printed object).
@Suite struct JSONRecordStreamingTests {
    /// Every output of the splitter over `text`, as (origin, record text or failure reason).
    static func split(_ text: String) throws -> [(String, String)] {
        var splitter = JSONRecordSplitter(
            stream: try ByteStreamReader(data: Data(text.utf8), origin: "in.jsonl"), origin: "in.jsonl")
        var outputs: [(String, String)] = []
        while let output = splitter.next() {
            switch output {
            case .record(let origin, .json(let data)):
                outputs.append((origin, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)))
            case .failure(let failure): outputs.append((failure.origin, "failed: " + failure.reason))
            default: Issue.record("unexpected output \(output)")
            }
        }
        return outputs
    }

    @Test func recordsLongerThanAReadChunkComeOutWholeAndInOrder() throws {
        // Three lines of ~100 KB each: every one crosses a 64 KB read boundary.
        let lines = (1...3).map {
            #"{"title":"Story \#($0)","text":""# + String(repeating: "word ", count: 20_000) + #""}"#
        }
        let outputs = try Self.split(lines.joined(separator: "\n") + "\n")
        #expect(outputs.map(\.0) == ["in.jsonl:1", "in.jsonl:2", "in.jsonl:3"])
        #expect(outputs.map(\.1) == lines)
    }

    @Test func aBadLineFailsByItsNumberAndTheNextLinesStillCome() throws {
        let text = """
            {"title":"One"}
            not json at all
            {"title":"Three", "text": "cut short
            {"title":"Four"}
            """
        let outputs = try Self.split(text)
        #expect(outputs.map(\.0) == ["in.jsonl:1", "in.jsonl:2", "in.jsonl:3", "in.jsonl:4"])
        #expect(outputs[1].1 == "failed: not a JSON object on this line")
        #expect(outputs[3].1 == #"{"title":"Four"}"#)
    }

    @Test func anArrayGivesItsElementsWithTheLinesTheyStartOn() throws {
        let text = "\u{FEFF}[\n  {\"title\": \"A, with a comma ] and bracket\"},\n  {\"title\": \"B\"}\n]\n"
        let outputs = try Self.split(text)
        #expect(outputs.map(\.0) == ["in.jsonl:2", "in.jsonl:3"])
        #expect(outputs.map(\.1) == [#"{"title": "A, with a comma ] and bracket"}"#, #"{"title": "B"}"#])
    }

    @Test func aFileWithNoObjectSaysSoOnce() throws {
        #expect(try Self.split("  \n\n").map(\.1) == ["failed: no JSON objects in the file"])
        #expect(try Self.split("[]").map(\.1) == ["failed: no JSON objects in the file"])
    }

    @Test func aWARCPageInTheCharsetItsServerNamedIsReadAsText() throws {
        // windows-1251 bytes for "Мосул", named only in the HTTP header.
        let mosul: [UInt8] = [0xCC, 0xEE, 0xF1, 0xF3, 0xEB]
        var page = Data("<!DOCTYPE html><html><head><title>".utf8)
        page.append(contentsOf: mosul)
        page.append(
            Data(
                ("</title></head><body><article><p>Grain prices fell in the markets this week as the harvest "
                    + "outlook improved, traders said on Monday.</p></article></body></html>").utf8))
        var payload = Data("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"windows-1251\"\r\n\r\n".utf8)
        payload.append(page)
        var warc = Data(
            ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/ru\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: \(payload.count)\r\n\r\n").utf8)
        warc.append(payload)
        warc.append(Data("\r\n\r\n".utf8))
        let path = try TestSupport.temporaryFolder().appendingPathComponent("ru.warc")
        try warc.write(to: path)
        let summary = try StoreFixtures.small().importFiles([path.path], options: .init(workers: 0))
        #expect(summary.imported.map(\.title) == ["Мосул"])
    }

    @Test func aPageThatDeclaresItsOwnCharsetIsLeftToIt() {
        let page = Data(#"<html><head><meta charset="utf-8"><title>Mosul</title>"#.utf8)
        #expect(HTTPCharset(contentType: "text/html; charset=windows-1251")?.utf8Body(page) == page)
        #expect(HTTPCharset(contentType: "text/html")?.name == nil)
        #expect(HTTPCharset(contentType: "text/html;Charset='UTF-8'")?.name == "utf-8")
    }
}
