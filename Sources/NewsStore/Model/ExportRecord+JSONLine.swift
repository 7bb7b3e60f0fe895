import Foundation

extension ExportRecord {
    /// The line's leading key: the version of the format, and how an import recognises it.
    public static let versionKey = "newsq_export"

    /// Reads one line of a newsq export.
    /// - Throws: `NewsStoreError.unreadableInput` (with `origin` as its path) when the line is not
    ///   JSON, lacks `"newsq_export"`, has another version, or a field is missing or of the wrong type.
    public init(jsonLine line: Data, origin: String = "-") throws {
        let version: Int?
        do {
            version = try JSONDecoder().decode(VersionProbe.self, from: line).version
        } catch {
            throw NewsStoreError.unreadableInput(path: origin, reason: "not a JSON object (\(Self.describe(error)))")
        }
        guard let version else {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "no \"\(Self.versionKey)\" key: not a newsq export")
        }
        guard Self.readableVersions.contains(version) else {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "newsq export version \(version); this newsq reads versions "
                    + "\(Self.readableVersions.lowerBound) to \(Self.readableVersions.upperBound)")
        }
        do {
            self = try JSONDecoder().decode(ExportRecord.self, from: line)
        } catch {
            throw NewsStoreError.unreadableInput(path: origin, reason: Self.describe(error))
        }
    }

    /// The record as one line of JSON (no newline): `"newsq_export": 2` first, then the other
    /// keys sorted, unset values left out, slashes and non-ASCII text as written.
    /// - Throws: `EncodingError` for a coordinate that is not a finite number.
    public func jsonLine() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fields = try encoder.encode(self)
        var line = Data("{\"\(Self.versionKey)\":\(Self.formatVersion),".utf8)
        line.append(fields.dropFirst())
        return line
    }

    /// Only the version key, read before the rest so a foreign JSON line is named as such.
    private struct VersionProbe: Decodable {
        var version: Int?

        enum CodingKeys: String, CodingKey {
            case version = "newsq_export"
        }
    }

    /// A decoding error in words: which key, what was wrong.
    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"" + path(context.codingPath)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (detail ?? context.debugDescription) + path(context.codingPath)
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    /// The content hash of the record's title and body, checked against the one it carries.
    /// - Throws: `NewsStoreError.unreadableInput` when the carried hash does not match.
    func verifiedContentHash(origin: String) throws -> String {
        let hash = SHA256.hex(Array((title + "\n" + body).utf8))
        if let given = contentHash, given.lowercased() != hash {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "content_hash does not match the title and body (were they edited? "
                    + "leave content_hash out to have it computed)")
        }
        return hash
    }

    /// True when a JSON object's text carries the export's version key as a key or string (a
    /// quoted mention inside another string is escaped, `\"newsq_export\"`, and does not count).
    static func marks(_ json: Data) -> Bool {
        json.range(of: Data("\"\(versionKey)\"".utf8)) != nil
    }
}
