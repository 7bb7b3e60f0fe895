import Foundation

/// Reads a file (or bytes in memory) forward, a chunk at a time, inflating gzip on the way when
/// the data starts with the gzip magic number: what the WARC reader and the format sniffer read
/// through, so that a large archive is never held whole in memory.
///
/// Not `Sendable`: it owns a file handle and is read from one thread.
final class ByteStreamReader {
    /// Bytes read from the file at once.
    static let chunkSize = 1 << 16

    let origin: String
    private let handle: FileHandle?
    private let closesHandle: Bool
    private var remainingData: Data?
    private var inflater: GzipInflater?
    private var buffer: [UInt8] = []
    private var position = 0
    private var sourceEnded = false
    /// True when the data was gzip.
    private(set) var isGzip = false

    /// Reads the file at `path`.
    /// - Throws: `NewsStoreError.unreadableInput` when it cannot be opened.
    init(path: String) throws {
        origin = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw NewsStoreError.unreadableInput(path: path, reason: "cannot open the file for reading")
        }
        self.handle = handle
        closesHandle = true
        try start()
    }

    /// Reads an open handle (standard input) to its end, leaving it open.
    init(handle: FileHandle, origin: String) throws {
        self.origin = origin
        self.handle = handle
        closesHandle = false
        try start()
    }

    /// Reads bytes already in memory (standard input).
    init(data: Data, origin: String) throws {
        self.origin = origin
        handle = nil
        closesHandle = false
        remainingData = data
        try start()
    }

    deinit { if closesHandle { try? handle?.close() } }

    /// Up to `count` bytes from the current position, without consuming them.
    func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - position < count, try fill() {}
        return buffer[position..<min(buffer.count, position + count)]
    }

    /// True when every byte was consumed.
    func atEnd() throws -> Bool {
        if position < buffer.count { return false }
        while position >= buffer.count {
            guard try fill() else { return true }
        }
        return false
    }

    /// The next line without its "\n" (and "\r"), nil at the end. A line longer than `limit` is
    /// cut there; the rest comes as the next line.
    func readLine(limit: Int = 1 << 20) throws -> ArraySlice<UInt8>? {
        // Counted from `position`: a refill may move the buffer's contents.
        var scanned = 0
        while true {
            if let newline = buffer[(position + scanned)..<buffer.count].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if buffer.count - position >= limit {
                let line = buffer[position..<position + limit]
                position += limit
                return line
            }
            scanned = buffer.count - position
            guard try fill() else {
                guard position < buffer.count else { return nil }
                let line = buffer[position..<buffer.count]
                position = buffer.count
                return line
            }
        }
    }

    /// Up to `count` bytes (fewer only at the end).
    func read(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - position < count, try fill() {}
        let end = min(buffer.count, position + count)
        let bytes = buffer[position..<end]
        position = end
        return bytes
    }

    /// Consumes `count` bytes without keeping them (a record too large to read).
    func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            let taken = try read(min(left, Self.chunkSize)).count
            if taken == 0 { return }
            left -= taken
        }
    }

    /// Everything left, refused past `limit` bytes.
    /// - Throws: `NewsStoreError.unreadableInput` past the limit.
    func readAll(limit: Int) throws -> Data {
        while try fill() {
            if buffer.count - position > limit {
                throw NewsStoreError.unreadableInput(
                    path: origin, reason: "larger than \(limit >> 20) MB; split it into smaller files")
            }
        }
        let data = Data(buffer[position...])
        position = buffer.count
        return data
    }

    private func start() throws {
        let head = try nextRawChunk()
        guard let head else { return }
        if GzipInflater.isGzip(head) {
            isGzip = true
            inflater = try GzipInflater(origin: origin)
            buffer = Array(try inflater?.inflate(head) ?? head)
        } else {
            buffer = Array(head)
        }
    }

    /// Appends the next chunk to the buffer (dropping what was consumed); false at the end.
    private func fill() throws -> Bool {
        while !sourceEnded {
            if position > 0 && position >= buffer.count / 2 {
                buffer.removeFirst(position)
                position = 0
            }
            guard let raw = try nextRawChunk() else {
                sourceEnded = true
                _ = try inflater?.finish()
                return false
            }
            let bytes = try inflater?.inflate(raw) ?? raw
            if !bytes.isEmpty {
                buffer.append(contentsOf: bytes)
                return true
            }
        }
        return false
    }

    private func nextRawChunk() throws -> Data? {
        if let handle {
            let data: Data?
            do {
                data = try handle.read(upToCount: Self.chunkSize)
            } catch {
                throw NewsStoreError.unreadableInput(
                    path: origin, reason: "cannot read the file (\(error.localizedDescription))")
            }
            guard let data, !data.isEmpty else { return nil }
            return data
        }
        guard let data = remainingData, !data.isEmpty else { return nil }
        remainingData = nil
        return data
    }
}
