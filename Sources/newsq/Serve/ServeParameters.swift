import Foundation
import NewsStore

/// The URL parameters of `newsq serve`, read and checked: `q`, `since`, `until`, `place`,
/// `author`, `source`, `bbox` (west,south,east,north) and `by` (the trend period). The same
/// names on every endpoint, so a page's URL and a script's URL say the same thing.
struct ServeParameters: Equatable {
    var query = ""
    var since: CalendarDay?
    var until: CalendarDay?
    var place: String?
    var author: String?
    var source: String?
    var bbox: BoundingBox?
    var by: TrendPeriod = .month

    /// The names every endpoint takes; any other is refused, so a typo is not silently ignored.
    static let names: Set<String> = ["q", "since", "until", "place", "author", "source", "bbox", "by"]

    /// Reads the parameters (already percent-decoded); an empty value counts as absent.
    /// - Throws: `ServeError.badParameter` naming the first parameter that is wrong.
    init(_ values: [(name: String, value: String)]) throws {
        for (name, raw) in values {
            let value = raw.trimmingCharacters(in: .whitespaces)
            guard Self.names.contains(name) else {
                throw ServeError.badParameter(
                    name: name, reason: "unknown; use " + Self.names.sorted().joined(separator: ", "))
            }
            if value.isEmpty { continue }
            switch name {
            case "q": query = value
            case "since": since = try Self.day(value, name: name, upper: false)
            case "until": until = try Self.day(value, name: name, upper: true)
            case "place": place = value
            case "author": author = value
            case "source": source = value
            case "bbox":
                do {
                    bbox = try BoundingBox(parsing: value)
                } catch let NewsStoreError.invalidArgument(_, _, reason) {
                    throw ServeError.badParameter(name: "bbox", reason: reason)
                }
            default:
                guard let period = TrendPeriod(rawValue: value) else {
                    throw ServeError.badParameter(
                        name: "by", reason: "use " + TrendPeriod.allCases.map(\.rawValue).joined(separator: ", "))
                }
                by = period
            }
        }
    }

    /// A day as the CLI's `--since`/`--until` take it (`DayExpression`): a date, or one relative
    /// to `today` (`7d`, `yesterday`, `last monday`). A saved search's `:name` is no day here.
    static func day(
        _ text: String, name: String, upper: Bool, today: CalendarDay = DayExpression.today
    ) throws -> CalendarDay {
        guard let expression = try? DayExpression(parsing: text),
            let day = expression.resolve(today: today, upper: upper)
        else {
            throw ServeError.badParameter(name: name, reason: "use " + DayExpression.accepted)
        }
        return day
    }

    /// The search's filters; `limit` and `offset` are the caller's paging.
    func searchOptions(limit: Int = 20, offset: Int = 0) -> SearchOptions {
        SearchOptions(
            since: since, until: until, author: author, place: place, source: source, limit: limit, offset: offset)
    }

    /// The filters in words, for the page's heading.
    var filterWords: [String] {
        var words: [String] = []
        if let since { words.append("since \(since.iso)") }
        if let until { words.append("until \(until.iso)") }
        if let author { words.append("author \(author)") }
        if let place { words.append("place \(place)") }
        if let source { words.append("source \(source)") }
        if let bbox { words.append("inside \(bbox.west),\(bbox.south),\(bbox.east),\(bbox.north)") }
        return words
    }
}
