/// How exactly an event's date is known.
public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case day, month, year
    /// A span such as "last week" or "earlier this month": `start`…`end` bound it.
    case approximate
}
