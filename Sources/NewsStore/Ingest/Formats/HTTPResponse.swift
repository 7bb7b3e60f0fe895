import Foundation

/// The HTTP response a WARC `response` record holds: status, headers and body, the body
/// de-chunked (`Transfer-Encoding: chunked`) and inflated (`Content-Encoding: gzip`) on demand.
struct HTTPResponse {
    let status: Int
    /// Header names lower-cased.
    let headers: [String: String]
    let body: Data
    let origin: String

    /// Splits a record block into status line, headers and body.
    /// - Throws: `NewsStoreError.unreadableInput` when the block does not start as HTTP.
    init(_ block: Data, origin: String) throws {
        self.origin = origin
        let bytes = [UInt8](block)
        guard let headEnd = Self.headEnd(in: bytes) else {
            throw NewsStoreError.unreadableInput(path: origin, reason: "the HTTP response has no end of headers")
        }
        let head = String(decoding: bytes[..<headEnd.start], as: UTF8.self)
        var lines = head.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "the record's payload is not an HTTP response (\(statusLine.prefix(40)))")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.status = status
        self.headers = headers
        body = Data(bytes[headEnd.end...])
    }

    var contentType: String? { headers["content-type"] }

    /// True when the payload says it is HTML (or XHTML).
    var isHTML: Bool {
        guard let type = contentType?.lowercased() else { return false }
        return type.hasPrefix("text/html") || type.hasPrefix("application/xhtml")
    }

    /// The body as the server meant it: de-chunked, then inflated.
    /// - Throws: `NewsStoreError.unreadableInput` for broken chunks or compression.
    func decodedBody() throws -> Data {
        var data = body
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            data = try Self.dechunk(data, origin: origin)
        }
        let encoding = headers["content-encoding"]?.lowercased() ?? "identity"
        if encoding.contains("gzip") || (encoding == "identity" && GzipInflater.isGzip(data)) {
            // Some archivers keep the header but store the body inflated: trust the bytes.
            if GzipInflater.isGzip(data) { data = try GzipInflater.decompress(data, origin: origin) }
        } else if encoding != "identity" {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "HTTP body compressed as \(encoding), which newsq does not read")
        }
        return data
    }

    /// The body of a chunked transfer: hex size line, that many bytes, CRLF, until size 0.
    static func dechunk(_ data: Data, origin: String) throws -> Data {
        let bytes = [UInt8](data)
        var output = Data()
        var index = 0
        while true {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else {
                throw NewsStoreError.unreadableInput(
                    path: origin, reason: "chunked HTTP body ends without its last chunk")
            }
            let sizeText =
                String(decoding: bytes[index..<lineEnd], as: UTF8.self)
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else {
                throw NewsStoreError.unreadableInput(
                    path: origin, reason: "bad chunk size \"\(sizeText.prefix(20))\" in a chunked HTTP body")
            }
            index = lineEnd + 1
            if size == 0 { return output }
            guard index + size <= bytes.count else {
                throw NewsStoreError.unreadableInput(path: origin, reason: "a chunk of the HTTP body is cut short")
            }
            output.append(contentsOf: bytes[index..<index + size])
            index += size
            // The CRLF after the chunk's data.
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
    }

    /// Where the headers end: the first blank line (CRLF CRLF, or LF LF from sloppy writers).
    private static func headEnd(in bytes: [UInt8]) -> (start: Int, end: Int)? {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A {
                if bytes[index + 1] == 0x0A { return (index, index + 2) }
                if bytes[index + 1] == 0x0D, index + 2 < bytes.count, bytes[index + 2] == 0x0A {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }
}
