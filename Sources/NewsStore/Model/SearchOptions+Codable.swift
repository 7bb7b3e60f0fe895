extension SearchOptions {
    private enum CodingKeys: String, CodingKey {
        case sort, since, until, author, place, source, limit, offset, raw
    }

    /// Decodes options, any of which may be missing (a saved search stores only what it sets).
    /// - Throws: `DecodingError` for a value of the wrong type or a day that is not 'YYYY-MM-DD'.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SearchOptions()
        self.init(
            sort: try values.decodeIfPresent(Sort.self, forKey: .sort) ?? defaults.sort,
            since: try values.decodeIfPresent(CalendarDay.self, forKey: .since),
            until: try values.decodeIfPresent(CalendarDay.self, forKey: .until),
            author: try values.decodeIfPresent(String.self, forKey: .author),
            place: try values.decodeIfPresent(String.self, forKey: .place),
            source: try values.decodeIfPresent(String.self, forKey: .source),
            limit: try values.decodeIfPresent(Int.self, forKey: .limit) ?? defaults.limit,
            offset: try values.decodeIfPresent(Int.self, forKey: .offset) ?? defaults.offset,
            raw: try values.decodeIfPresent(Bool.self, forKey: .raw) ?? defaults.raw)
    }

    /// Encodes only what differs from the defaults, so stored options stay short and readable.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        let defaults = SearchOptions()
        if sort != defaults.sort { try values.encode(sort, forKey: .sort) }
        try values.encodeIfPresent(since, forKey: .since)
        try values.encodeIfPresent(until, forKey: .until)
        try values.encodeIfPresent(author, forKey: .author)
        try values.encodeIfPresent(place, forKey: .place)
        try values.encodeIfPresent(source, forKey: .source)
        if limit != defaults.limit { try values.encode(limit, forKey: .limit) }
        if offset != defaults.offset { try values.encode(offset, forKey: .offset) }
        if raw != defaults.raw { try values.encode(raw, forKey: .raw) }
    }
}
