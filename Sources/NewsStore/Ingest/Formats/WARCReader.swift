import Foundation

/// Reads a WARC file (1.0 or 1.1, plain or gzipped, one member per record or whole) record by
/// record, never holding more than one record in memory. Each `response` record whose HTTP
/// payload is an HTML page becomes a page record with its `WARC-Target-URI` and `WARC-Date`;
/// other records are counted as skipped; a record that cannot be read is a failure named by its
/// number, and reading goes on at the next record.
struct WARCReader: RecordReader {
    /// Largest record block read: news pages are far smaller; a bigger one is skipped unread.
    static let maximumBlockBytes = 32 << 20

    let stream: ByteStreamReader
    let origin: String
    private var number = 0
    private var done = false

    init(stream: ByteStreamReader, origin: String) {
        self.stream = stream
        self.origin = origin
    }

    mutating func next() -> RecordOutput? {
        guard !done else { return nil }
        do {
            return try readRecord()
        } catch {
            // The file itself failed (truncated gzip, read error): report it and stop.
            done = true
            return .failure(.init(origin: "\(origin) record \(number)", reason: Self.reason(error)))
        }
    }

    private mutating func readRecord() throws -> RecordOutput? {
        // Blank lines end each record; skip them, and anything up to the next record's start
        // after a bad one.
        var skippedJunk = false
        while true {
            let head = try stream.peek(7)
            if head.isEmpty {
                done = true
                return nil
            }
            if Array(head) == Array("WARC/1.".utf8) { break }
            guard let line = try stream.readLine() else {
                done = true
                return nil
            }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { skippedJunk = true }
        }
        number += 1
        let name = "\(origin) record \(number)"
        _ = try stream.readLine()  // "WARC/1.0"
        var headers: [String: String] = [:]
        while let line = try stream.readLine(limit: 64 << 10), !line.isEmpty {
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            headers[text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if skippedJunk && number == 1 {
            return .failure(.init(origin: name, reason: "not a WARC file (no WARC/1.x header at its start)"))
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            return .failure(
                .init(
                    origin: name,
                    reason: "no valid Content-Length in the WARC record header; skipped to the next record"))
        }
        guard length <= Self.maximumBlockBytes else {
            try stream.skip(length)
            return .failure(
                .init(origin: name, reason: "record of \(length) bytes is larger than any news page; skipped"))
        }
        let block = try stream.read(length)
        guard block.count == length else {
            done = true
            return .failure(.init(origin: name, reason: "the file ends inside this record (truncated)"))
        }
        let type = headers["warc-type"]?.lowercased() ?? "untyped"
        guard type == "response" else { return .skipped(reason: "WARC \(type) record") }
        let response: HTTPResponse
        do {
            response = try HTTPResponse(Data(block), origin: name)
        } catch {
            return .failure(.init(origin: name, reason: Self.reason(error)))
        }
        guard (200..<300).contains(response.status) else {
            return .skipped(reason: "HTTP \(response.status) response")
        }
        guard response.isHTML else {
            let type = response.contentType.map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces) }
            return .skipped(reason: "\(type ?? "untyped") response")
        }
        let body: Data
        do {
            let decoded = try response.decodedBody()
            body = HTTPCharset(contentType: response.contentType)?.utf8Body(decoded) ?? decoded
        } catch {
            return .failure(.init(origin: name, reason: Self.reason(error)))
        }
        let captured = HTMLArticleReader.stamp(headers["warc-date"]).flatMap { PublishedTime(iso: $0.stored) }
        return .record(origin: name, .page(body, url: headers["warc-target-uri"], captured: captured))
    }

    private static func reason(_ error: any Error) -> String {
        if case NewsStoreError.unreadableInput(_, let reason) = error { return reason }
        return String(describing: error)
    }
}
