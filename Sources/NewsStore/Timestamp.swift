import Foundation

/// ISO 8601 instants as newsq stores them: UTC, whole seconds, `Z` ('2016-10-17T17:01:00Z').
enum Timestamp {
    /// Now, as stored text.
    static func now() -> String { string(from: Date()) }

    /// A date as stored text.
    static func string(from date: Date) -> String { date.formatted(.iso8601) }
}
