import Foundation

/// Splits JSON input into one record per object as it reads, without parsing the objects (the
/// workers do that): a JSON array's elements, the lines of JSON Lines, or one object
/// (pretty-printed over many lines, as `newsq show --format json` writes it). Only the record
/// being split is held in memory, so a JSON Lines file of any size streams. Each record is named
/// by the line it starts on, so a bad one is reported as "file:LINE".
struct JSONRecordSplitter: RecordReader {
    /// Largest single record; a larger one ends the file with one failure.
    static let maximumRecordBytes = 256 << 20

    private enum State { case start, array, lines, done }

    private let stream: ByteStreamReader
    private let origin: String
    private var chunk: ArraySlice<UInt8> = []
    private var state = State.start
    private var line = 1
    private var producedAny = false

    /// Splits what `stream` reads; records are named "origin:LINE".
    init(stream: ByteStreamReader, origin: String) {
        self.stream = stream
        self.origin = origin
    }

    mutating func next() -> RecordOutput? {
        do {
            let output = try nextOutput()
            if output != nil { producedAny = true }
            return output
        } catch {
            state = .done
            producedAny = true
            let reason: String
            if case NewsStoreError.unreadableInput(_, let why) = error { reason = why } else { reason = "\(error)" }
            return .failure(.init(origin: "\(origin):\(line)", reason: reason))
        }
    }

    private mutating func nextOutput() throws -> RecordOutput? {
        switch state {
        case .done:
            return nil
        case .start:
            if try peekByte() == 0xEF, chunk.starts(with: [0xEF, 0xBB, 0xBF]) { chunk.removeFirst(3) }
            try skipBlanks()
            if try peekByte() == UInt8(ascii: "[") {
                chunk.removeFirst()
                state = .array
            } else {
                state = .lines
            }
            return try nextOutput()
        case .array:
            try skipBlanks()
            guard let byte = try peekByte(), byte != UInt8(ascii: "]") else { return finish() }
            let startLine = line
            let value = try readValue()
            try skipBlanks()
            if try peekByte() == UInt8(ascii: ",") { chunk.removeFirst() }
            return record(startLine, value)
        case .lines:
            // JSON Lines, or objects one after another (one pretty-printed object is the case of one).
            try skipBlanks()
            guard let byte = try peekByte() else { return finish() }
            let startLine = line
            guard byte == UInt8(ascii: "{") else {
                // Not an object: report the line and go on at the next one.
                while let next = try peekByte(), next != 0x0A { chunk.removeFirst() }
                return .failure(.init(origin: "\(origin):\(startLine)", reason: "not a JSON object on this line"))
            }
            return record(startLine, try readValue())
        }
    }

    private mutating func record(_ startLine: Int, _ bytes: [UInt8]) -> RecordOutput {
        .record(origin: "\(origin):\(startLine)", .json(Data(bytes)))
    }

    /// The end of the input: nothing more, or one failure when the file held no object at all.
    private mutating func finish() -> RecordOutput? {
        state = .done
        return producedAny ? nil : .failure(.init(origin: origin, reason: "no JSON objects in the file"))
    }

    /// The JSON value starting here, up to its closing bracket, or to the end of its line when it
    /// never closes there (a truncated line is then one bad record, not the rest of the file).
    private mutating func readValue() throws -> [UInt8] {
        var value: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        var linesCrossed = 0
        let first = try peekByte()
        let opensContainer = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        defer { line += linesCrossed }
        while let byte = try peekByte() {
            if value.count >= Self.maximumRecordBytes {
                throw NewsStoreError.unreadableInput(
                    path: origin,
                    reason: "a JSON record larger than \(Self.maximumRecordBytes >> 20) MB; split the file")
            }
            chunk.removeFirst()
            value.append(byte)
            if byte == 0x0A {
                linesCrossed += 1
                // A raw newline cannot be inside a JSON string, and in JSON Lines an object
                // still open when the next line opens another at its first column was cut
                // short: either way this record ends here, as one bad record.
                if depth > 0, try inString || peekByte() == UInt8(ascii: "{") { return value }
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 && opensContainer { return value }
                default: break
                }
            }
            // A bare value in an array ends before the comma or bracket that follows it.
            if depth == 0 && !opensContainer && !inString, let next = try peekByte(),
                next == UInt8(ascii: ",") || next == UInt8(ascii: "]")
            {
                return value
            }
        }
        return value
    }

    private mutating func skipBlanks() throws {
        while let byte = try peekByte(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { line += 1 }
            chunk.removeFirst()
        }
    }

    /// The next byte without consuming it; nil at the end of the input.
    private mutating func peekByte() throws -> UInt8? {
        if chunk.isEmpty {
            chunk = try stream.read(ByteStreamReader.chunkSize)
        }
        return chunk.first
    }
}
