import NewsStore

/// Places over the corpus by mention count, to spot people and things taken for places.
struct PlaceTally {
    /// One place as the table shows it.
    struct Row: Codable {
        var name: String
        var kind: String
        var country: String?
        var resolved: Bool
        var hasPoint: Bool
        var mentions: Int
        var articles: Int
        /// The surface most mentions use ("Adelson" for a place named "Adelson").
        var surface: String
        /// Why the surface is known not to be a place here, when it is.
        var knownNonPlace: String?
    }

    private var rows: [String: Row] = [:]
    private var surfaces: [String: [String: Int]] = [:]

    /// Counts the places of one article.
    mutating func add(_ places: [ExtractedPlace]) {
        for place in places {
            let key = "\(place.name)\t\(place.kind.rawValue)\t\(place.countryCode ?? "")\t\(place.isResolved)"
            var row =
                rows[key]
                ?? Row(
                    name: place.name, kind: place.kind.rawValue, country: place.countryCode,
                    resolved: place.isResolved, hasPoint: place.latitude != nil && place.longitude != nil,
                    mentions: 0, articles: 0, surface: place.name)
            row.mentions += place.mentions.count
            row.articles += 1
            rows[key] = row
            for mention in place.mentions { surfaces[key, default: [:]][mention.surface, default: 0] += 1 }
        }
    }

    /// The `limit` places with most mentions (ties by name), each with its commonest surface.
    func top(_ limit: Int) -> [Row] {
        let ranked = rows.sorted { left, right in
            left.value.mentions != right.value.mentions
                ? left.value.mentions > right.value.mentions : left.key < right.key
        }
        return ranked.prefix(limit).map { key, row in
            var row = row
            let counts = surfaces[key] ?? [:]
            if let commonest = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
                row.surface = commonest.key
            }
            row.knownNonPlace = KnownNonPlaces.surfaces[row.surface]
            return row
        }
    }

    /// Places, mentions and the share of resolved places that have a point.
    var summary: (places: Int, mentions: Int, resolvedWithPoint: Ratio) {
        var points = Ratio()
        for row in rows.values where row.resolved { points.count(row.hasPoint) }
        return (rows.count, rows.values.reduce(0) { $0 + $1.mentions }, points)
    }
}
