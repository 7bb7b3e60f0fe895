/// What an article says about where it is: how often each country is named or implied by a
/// demonym ("Iraqi", "Kurdish" → IQ), and the places already resolved (anchors for nearness).
struct PlaceContext {
    /// Weight per ISO country code.
    private(set) var countryWeights: [String: Int] = [:]
    /// Order in which countries first appeared, to break ties.
    private(set) var countryOrder: [String] = []
    /// Resolved places with coordinates.
    var anchors: [GazetteerEntry] = []
    /// First-level divisions the article names ("US.NJ" for New Jersey).
    private(set) var divisions: Set<String> = []

    mutating func addDivision(country: String?, admin1: String?) {
        guard let country, let admin1 else { return }
        divisions.insert(country + "." + admin1)
    }

    /// True when the article names the division `entry` lies in.
    func namesDivision(of entry: GazetteerEntry) -> Bool {
        guard let country = entry.countryCode, let admin1 = entry.admin1 else { return false }
        return divisions.contains(country + "." + admin1)
    }

    mutating func addCountry(_ code: String?, weight: Int = 1) {
        guard let code, !code.isEmpty else { return }
        if countryWeights[code] == nil { countryOrder.append(code) }
        countryWeights[code, default: 0] += weight
    }

    func weight(of code: String?) -> Int {
        code.flatMap { countryWeights[$0] } ?? 0
    }

    /// The country the article is most about, if it names any.
    var dominantCountry: String? {
        countryOrder.max { lhs, rhs in
            let left = countryWeights[lhs] ?? 0
            let right = countryWeights[rhs] ?? 0
            if left != right { return left < right }
            // Equal weights: the earlier country wins, so it must compare as the larger.
            return (countryOrder.firstIndex(of: lhs) ?? 0) > (countryOrder.firstIndex(of: rhs) ?? 0)
        }
    }

    /// Distance in km from `entry` to the nearest anchor other than itself, or nil.
    func nearestAnchorDistance(_ entry: GazetteerEntry) -> Double? {
        anchors.filter { $0.geonamesID != entry.geonamesID || $0.placeID != entry.placeID }
            .compactMap { entry.distance(to: $0) }.min()
    }
}
