/// RSS dates are RFC 822 ("Tue, 12 Mar 2024 14:00:00 +0300"); the date parser reads zone names
/// but not numeric offsets written that way, so such a date is rewritten as ISO 8601 first.
enum FeedDate {
    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
        "dec": 12,
    ]

    /// The date in a form the publication date parser reads: ISO 8601 when it is RFC 822 with a
    /// numeric offset, else as given.
    static func normalized(_ text: String) -> String {
        let pattern =
            #/^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([+-])(\d{2})(\d{2})\s*$/#
        guard let match = text.firstMatch(of: pattern), let month = months[match.2.lowercased()],
            let day = Int(match.1)
        else { return text }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let hour = Int(match.4).map(pad) ?? "00"
        return
            "\(match.3)-\(pad(month))-\(pad(day))T\(hour):\(match.5):\(match.6 ?? "00")\(match.7)\(match.8):\(match.9)"
    }
}
