/// Search options as `key=value` text settings: how a saved search's filters are written in a
/// `.sql` file (`-- option: since=2016-10-01`) and shown in listings. The keys are spelled here
/// and nowhere else.
extension SearchOptions {
    /// The settings a saved search can carry, in the order they are written.
    public static let settingKeys = ["sort", "since", "until", "author", "place", "source", "limit"]

    /// The settings that differ from the defaults, in `settingKeys` order.
    public var settings: [(key: String, value: String)] {
        let defaults = SearchOptions()
        var result: [(key: String, value: String)] = []
        if sort != defaults.sort { result.append(("sort", sort.rawValue)) }
        if let since = sinceExpression?.description ?? since?.iso { result.append(("since", since)) }
        if let until = untilExpression?.description ?? until?.iso { result.append(("until", until)) }
        if let author { result.append(("author", author)) }
        if let place { result.append(("place", place)) }
        if let source { result.append(("source", source)) }
        if limit != defaults.limit { result.append(("limit", String(limit))) }
        return result
    }

    /// Sets one setting from its text; `since`/`until` take a day, month or year ('2016-10'
    /// means from its first day, or until its last), or a `DayExpression` kept to be resolved
    /// when the search runs (`7d`, `last monday`, `:since`); `author`, `place` and `source` may
    /// be a `:name` parameter.
    /// - Throws: `InvalidSetting` saying what the key or value should be.
    public mutating func set(_ key: String, to text: String) throws {
        let value = text.trimmingCharacters(in: .whitespaces)
        switch key {
        case "sort":
            guard let parsed = Sort(rawValue: value) else {
                throw InvalidSetting(key: key, expected: "rank, newest or oldest")
            }
            sort = parsed
        case "since", "until":
            guard let expression = try? DayExpression(parsing: value) else {
                throw InvalidSetting(key: key, expected: DayExpression.accepted)
            }
            let day = expression.isAbsolute ? CalendarDay(partial: value, upper: key == "until") : nil
            if key == "since" {
                (since, sinceExpression) = (day, day == nil ? expression : nil)
            } else {
                (until, untilExpression) = (day, day == nil ? expression : nil)
            }
        case "author": author = value
        case "place": place = value
        case "source": source = value
        case "limit":
            guard let number = Int(value), number > 0 else {
                throw InvalidSetting(key: key, expected: "a positive number")
            }
            limit = number
        default:
            throw InvalidSetting(key: key, expected: nil)
        }
    }

    /// A setting that is unknown or has a value it cannot take.
    public struct InvalidSetting: Error, CustomStringConvertible, Sendable, Equatable {
        /// The setting's key as written.
        public let key: String
        /// What the value should be; nil when the key itself is unknown.
        public let expected: String?

        /// "limit must be a positive number", or "unknown option x; the options are …".
        public var description: String {
            if let expected { return "\(key) must be \(expected)" }
            return "unknown option \(key.debugDescription); the options are "
                + SearchOptions.settingKeys.joined(separator: ", ")
        }
    }
}
