extension SearchOptions {
    private enum CodingKeys: String, CodingKey {
        case sort, since, until, author, place, source, limit, offset, raw
    }

    /// Decodes options, any of which may be missing (a saved search stores only what it sets).
    /// - Throws: `DecodingError` for a value of the wrong type, or a date that is neither a day
    ///   'YYYY-MM-DD' nor a relative date or parameter (`7d`, `:since`).
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SearchOptions()
        self.init(
            sort: try values.decodeIfPresent(Sort.self, forKey: .sort) ?? defaults.sort,
            author: try values.decodeIfPresent(String.self, forKey: .author),
            place: try values.decodeIfPresent(String.self, forKey: .place),
            source: try values.decodeIfPresent(String.self, forKey: .source),
            limit: try values.decodeIfPresent(Int.self, forKey: .limit) ?? defaults.limit,
            offset: try values.decodeIfPresent(Int.self, forKey: .offset) ?? defaults.offset,
            raw: try values.decodeIfPresent(Bool.self, forKey: .raw) ?? defaults.raw)
        // A day ('2016-10-17'), or a relative date or parameter kept as written ('7d', ':since').
        for key in [CodingKeys.since, .until] {
            guard let text = try values.decodeIfPresent(String.self, forKey: key) else { continue }
            do {
                // A calendar date is stored whole; only relative dates and parameters as typed.
                let isDay = CalendarDay(iso: text) != nil
                guard try isDay || !DayExpression(parsing: text).isAbsolute else {
                    throw DayExpression.InvalidDay(text: text)
                }
                try set(key.rawValue, to: text)
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: values,
                    debugDescription: "\(text.debugDescription) is not a date newsq understands")
            }
        }
    }

    /// Encodes only what differs from the defaults, so stored options stay short and readable.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        let defaults = SearchOptions()
        if sort != defaults.sort { try values.encode(sort, forKey: .sort) }
        try values.encodeIfPresent(sinceExpression?.description ?? since?.iso, forKey: .since)
        try values.encodeIfPresent(untilExpression?.description ?? until?.iso, forKey: .until)
        try values.encodeIfPresent(author, forKey: .author)
        try values.encodeIfPresent(place, forKey: .place)
        try values.encodeIfPresent(source, forKey: .source)
        if limit != defaults.limit { try values.encode(limit, forKey: .limit) }
        if offset != defaults.offset { try values.encode(offset, forKey: .offset) }
        if raw != defaults.raw { try values.encode(raw, forKey: .raw) }
    }
}
