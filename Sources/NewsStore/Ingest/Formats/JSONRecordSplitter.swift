import Foundation

/// Splits JSON input into one record per object without parsing the objects (the workers do
/// that): a JSON array's elements, the lines of JSON Lines, or one object (pretty-printed over
/// many lines, as `newsq show --format json` writes it). Each record is named by the line it
/// starts on, so a bad one is reported as "file:LINE".
enum JSONRecordSplitter {
    /// The records of `data`, in order.
    static func records(in data: Data, origin: String) -> [RecordOutput] {
        let bytes = [UInt8](data)
        var outputs: [RecordOutput] = []
        func add(_ line: Int, _ range: Range<Int>) {
            outputs.append(.record(origin: "\(origin):\(line)", .json(Data(bytes[range]))))
        }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        func skipBlanks() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            }
        }
        skipBlanks()
        let isArray = index < bytes.count && bytes[index] == UInt8(ascii: "[")
        if isArray {
            index += 1
            while true {
                skipBlanks()
                guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { break }
                let startLine = line
                let end = valueEnd(bytes, from: index, line: &line)
                add(startLine, index..<end)
                index = end
                skipBlanks()
                if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
            }
        } else {
            // JSON Lines, or objects one after another (one pretty-printed object is the case of one).
            while true {
                skipBlanks()
                guard index < bytes.count else { break }
                let startLine = line
                if bytes[index] != UInt8(ascii: "{") {
                    // Not an object: report the line and go on at the next one.
                    let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
                    outputs.append(
                        .failure(.init(origin: "\(origin):\(startLine)", reason: "not a JSON object on this line")))
                    index = end
                    continue
                }
                let end = valueEnd(bytes, from: index, line: &line)
                add(startLine, index..<end)
                index = end
            }
        }
        return outputs
    }

    /// Where the JSON value starting at `start` ends: after its closing bracket, or at the end of
    /// its line when it never closes there (a truncated line is then one bad record, not the
    /// rest of the file).
    private static func valueEnd(_ bytes: [UInt8], from start: Int, line: inout Int) -> Int {
        var depth = 0
        var inString = false
        var escaped = false
        var index = start
        var linesCrossed = 0
        let opensContainer = bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[")
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                linesCrossed += 1
                // A raw newline cannot be inside a JSON string, and in JSON Lines an object
                // still open when the next line opens another at its first column was cut
                // short: either way this record ends here, as one bad record.
                if depth > 0 && (inString || isLineStart(bytes, index + 1)) {
                    line += linesCrossed
                    return index + 1
                }
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
                    if depth == 0 && opensContainer {
                        line += linesCrossed
                        return index + 1
                    }
                case UInt8(ascii: ","):
                    if depth == 0 && !opensContainer {
                        line += linesCrossed
                        return index
                    }
                default: break
                }
            }
            index += 1
        }
        line += linesCrossed
        return bytes.count
    }

    /// True when the line at `index` opens an object in its first column: how a JSON Lines
    /// record starts (a pretty-printed object's inner lines are indented).
    private static func isLineStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: "{")
    }
}
