/// A count of successes out of the cases compared.
struct Ratio: Codable, Equatable {
    var hits = 0
    var of = 0

    /// The share of hits, nil when nothing was compared.
    var share: Double? { of == 0 ? nil : Double(hits) / Double(of) }

    /// Counts one case.
    mutating func count(_ hit: Bool) {
        of += 1
        if hit { hits += 1 }
    }

    /// Adds another count.
    mutating func add(_ other: Ratio) {
        hits += other.hits
        of += other.of
    }

    /// "0.72 (185/258)", or "—" when nothing was compared.
    var cell: String {
        guard let share else { return "—" }
        return "\(Ratio.format(share)) (\(hits)/\(of))"
    }

    /// Two decimals.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
