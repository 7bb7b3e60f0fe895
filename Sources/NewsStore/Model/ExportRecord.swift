/// One article of a newsq export (`newsq export`, JSON Lines): the stored article with its
/// authors, places (each with its mentions) and events, exactly as the store holds them, so an
/// import of the record reproduces them without extracting anything again.
///
/// A line is a JSON object whose first key is `"newsq_export": 2` (the format version, how an
/// import recognises the format); the other keys follow in sorted order, and a value that is not
/// set is left out. Version 2 writes a place's mention list under `spans` (the key `extract`
/// uses; `mentions` is a count everywhere else newsq prints a place); version 1 files, which
/// wrote it under `mentions`, still import.
///
/// ```swift
/// let record = try ExportRecord(jsonLine: Data(line.utf8))
/// print(record.title, record.places.count)
/// ```
public struct ExportRecord: Sendable, Hashable, Codable {
    /// The version of the format this type writes.
    public static let formatVersion = 2
    /// The versions it reads: this one and version 1 (mention lists under `mentions`).
    public static let readableVersions = 1...formatVersion

    public var url: String?
    public var title: String
    /// "Story highlights" bullets, in order.
    public var highlights: [String]
    public var body: String
    /// Gallery captions, in order.
    public var captions: [String]
    /// Publication day or UTC instant (`2016-10-17`, `2016-10-17T17:01:00Z`).
    public var published: PublishedTime?
    /// The zone the page gave the publication time in.
    public var publishedTimeZone: String?
    public var updated: PublishedTime?
    public var updatedTimeZone: String?
    public var source: String?
    public var section: String?
    public var language: String?
    /// SHA-256 (hex) of the title and body joined by a newline; computed on import when absent.
    public var contentHash: String?
    /// Where the article was first imported from (a path, a URL, "-").
    public var origin: String?
    /// When it was first imported (`2016-10-17T17:01:00Z`); the import time when absent.
    public var importedAt: String?
    /// False for an article stored without place and event extraction.
    public var extracted: Bool
    /// The byline, in order.
    public var authors: [Byline]
    /// Every place a mention or an event of the article points at.
    public var places: [ExportedPlace]
    /// Dated events, in the order they were stored.
    public var events: [ExportedEvent]

    /// Makes a record.
    public init(
        url: String? = nil, title: String, highlights: [String] = [], body: String, captions: [String] = [],
        published: PublishedTime? = nil, publishedTimeZone: String? = nil, updated: PublishedTime? = nil,
        updatedTimeZone: String? = nil, source: String? = nil, section: String? = nil, language: String? = nil,
        contentHash: String? = nil, origin: String? = nil, importedAt: String? = nil, extracted: Bool = true,
        authors: [Byline] = [], places: [ExportedPlace] = [], events: [ExportedEvent] = []
    ) {
        self.url = url
        self.title = title
        self.highlights = highlights
        self.body = body
        self.captions = captions
        self.published = published
        self.publishedTimeZone = publishedTimeZone
        self.updated = updated
        self.updatedTimeZone = updatedTimeZone
        self.source = source
        self.section = section
        self.language = language
        self.contentHash = contentHash
        self.origin = origin
        self.importedAt = importedAt
        self.extracted = extracted
        self.authors = authors
        self.places = places
        self.events = events
    }

    enum CodingKeys: String, CodingKey {
        case url, title, highlights, body, captions, published
        case publishedTimeZone = "published_tz"
        case updated
        case updatedTimeZone = "updated_tz"
        case source, section, language
        case contentHash = "content_hash"
        case origin
        case importedAt = "imported_at"
        case extracted, authors, places, events
    }

    /// Reads a record; lists that are absent are empty and `extracted` defaults to true, so a
    /// hand-written record needs only a title and a body.
    /// - Throws: `DecodingError` for a missing title or body, or a value of the wrong type.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        url = try values.decodeIfPresent(String.self, forKey: .url)
        title = try values.decode(String.self, forKey: .title)
        highlights = try values.decodeIfPresent([String].self, forKey: .highlights) ?? []
        body = try values.decode(String.self, forKey: .body)
        captions = try values.decodeIfPresent([String].self, forKey: .captions) ?? []
        published = try values.decodeIfPresent(PublishedTime.self, forKey: .published)
        publishedTimeZone = try values.decodeIfPresent(String.self, forKey: .publishedTimeZone)
        updated = try values.decodeIfPresent(PublishedTime.self, forKey: .updated)
        updatedTimeZone = try values.decodeIfPresent(String.self, forKey: .updatedTimeZone)
        source = try values.decodeIfPresent(String.self, forKey: .source)
        section = try values.decodeIfPresent(String.self, forKey: .section)
        language = try values.decodeIfPresent(String.self, forKey: .language)
        contentHash = try values.decodeIfPresent(String.self, forKey: .contentHash)
        origin = try values.decodeIfPresent(String.self, forKey: .origin)
        importedAt = try values.decodeIfPresent(String.self, forKey: .importedAt)
        extracted = try values.decodeIfPresent(Bool.self, forKey: .extracted) ?? true
        authors = try values.decodeIfPresent([Byline].self, forKey: .authors) ?? []
        places = try values.decodeIfPresent([ExportedPlace].self, forKey: .places) ?? []
        events = try values.decodeIfPresent([ExportedEvent].self, forKey: .events) ?? []
    }
}
