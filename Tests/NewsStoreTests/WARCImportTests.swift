import Foundation
import Testing

@testable import NewsStore

/// WARC archives: HTML responses become articles, everything else is counted, a bad record
/// fails by number and the rest goes on; plain, gzipped per record, and with gzip bodies.
@Suite struct WARCImportTests {
    @Test func htmlResponsesBecomeArticlesAndOtherRecordsAreCountedAndSkipped() throws {
        let store = try StoreFixtures.small()
        let path = FormatFixtures.path("crawl.warc")
        let summary = store.importFiles([path], options: .init(workers: 2))
        #expect(summary.imported.map(\.origin) == [path + " record 3", path + " record 6"])
        #expect(summary.failed.map(\.origin) == [path + " record 5"])
        #expect(
            summary.skippedRecords == [
                "WARC warcinfo record": 1, "WARC request record": 1, "image/png response": 1,
            ])
        let chunked = try store.article(id: summary.imported[0].articleID).article
        #expect(chunked.title == "Crossing reopens on the Syrian border")
        #expect(chunked.url == "https://border.example.com/rabia")
        // The page has no date of its own: the capture date stands in.
        #expect(chunked.publishedAt?.iso == "2024-03-15T10:00:01Z")
        #expect(chunked.body.hasPrefix("The Rabia crossing between Iraq and Syria reopened on Saturday"))
        // The page's own date wins over the capture date.
        let dated = try store.article(id: summary.imported[1].articleID).article
        #expect(dated.publishedAt?.iso == "2024-03-02T05:00:00Z")
    }

    @Test func aWARCGzippedOneMemberPerRecordReadsLikeThePlainOne() throws {
        let store = try StoreFixtures.small()
        let path = try TestSupport.temporaryFolder().appendingPathComponent("crawl.warc.gz")
        try FormatFixtures.gzipPerRecord(try FormatFixtures.data("crawl.warc")).write(to: path)
        let summary = store.importFiles([path.path], options: .init(workers: 0))
        #expect(
            summary.imported.map(\.title) == [
                "Crossing reopens on the Syrian border", "Wheat harvest outlook improves",
            ])
        #expect(summary.failed.map(\.origin) == [path.path + " record 5"])
    }

    @Test func aGzipContentEncodedBodyIsInflated() throws {
        let page = Data(
            ("<!DOCTYPE html><html><head><title>Grain prices fall in Mosul</title></head><body><article>"
                + "<p>Grain prices fell in Mosul markets this week as the harvest outlook improved, traders said on Monday.</p>"
                + "</article></body></html>").utf8)
        var payload = Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".utf8)
        payload.append(try FormatFixtures.gzip(page))
        var warc = Data(
            ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/grain\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: \(payload.count)\r\n\r\n").utf8)
        warc.append(payload)
        warc.append(Data("\r\n\r\n".utf8))
        let path = try TestSupport.temporaryFolder().appendingPathComponent("one.warc")
        try warc.write(to: path)
        let store = try StoreFixtures.small()
        let summary = store.importFiles([path.path], options: .init(workers: 0))
        #expect(summary.imported.map(\.title) == ["Grain prices fall in Mosul"])
    }

    @Test func aTruncatedArchiveKeepsTheRecordsBeforeTheCut() throws {
        let warc = try FormatFixtures.data("crawl.warc")
        let path = try TestSupport.temporaryFolder().appendingPathComponent("cut.warc")
        try warc.prefix(warc.count - 40).write(to: path)
        let store = try StoreFixtures.small()
        let summary = store.importFiles([path.path], options: .init(workers: 0))
        #expect(summary.imported.map(\.origin) == [path.path + " record 3"])
        #expect(summary.failed.last?.reason.contains("truncated") == true)
    }
}
