import Foundation
import Testing

@testable import NewsStore

/// gzip through zlib: whole, chunk by chunk, many members, bounded, and corrupt data refused.
@Suite struct GzipInflaterTests {
    @Test func inflatesWhatTheSystemGzipWrote() throws {
        let text = Data(String(repeating: "The Tigris rose in Mosul on Monday. ", count: 5_000).utf8)
        #expect(try GzipInflater.decompress(try FormatFixtures.gzip(text), origin: "x") == text)
    }

    @Test func inflatesManyMembersFedInSmallChunks() throws {
        let parts = ["first member\n", "second member\n", "third\n"].map { Data($0.utf8) }
        var joined = Data()
        for part in parts { joined.append(try FormatFixtures.gzip(part)) }
        let inflater = try GzipInflater(origin: "x")
        var output = Data()
        var offset = 0
        while offset < joined.count {
            output.append(try inflater.inflate(joined[offset..<min(offset + 7, joined.count)]))
            offset += 7
        }
        _ = try inflater.finish()
        #expect(String(decoding: output, as: UTF8.self) == "first member\nsecond member\nthird\n")
    }

    @Test func aMemberInflatingPastTheLimitIsRefusedWithAClearReason() throws {
        let zeros = try FormatFixtures.gzip(Data(count: 300_000))
        #expect(throws: NewsStoreError.self) { try GzipInflater.decompress(zeros, origin: "bomb.gz", limit: 100_000) }
        do {
            _ = try GzipInflater.decompress(zeros, origin: "bomb.gz", limit: 100_000)
        } catch NewsStoreError.unreadableInput(let path, let reason) {
            #expect(path == "bomb.gz" && reason.contains("inflates past"))
        }
    }

    @Test func truncatedOrCorruptDataIsAnError() throws {
        let packed = try FormatFixtures.gzip(Data(String(repeating: "news ", count: 1_000).utf8))
        #expect(throws: NewsStoreError.self) {
            try GzipInflater.decompress(packed.prefix(packed.count / 2), origin: "x")
        }
        var corrupt = packed
        corrupt[12] ^= 0xFF
        corrupt[13] ^= 0xFF
        #expect(throws: NewsStoreError.self) { try GzipInflater.decompress(corrupt, origin: "x") }
    }
}
