import ArgumentParser

/// The `--format` of listing commands.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Aligned columns for people; fits the terminal width (see `Listing+Table`).
    case table
    /// A pretty-printed JSON array of objects, keys in column order.
    case json
    /// One compact JSON object per line.
    case jsonl
    /// RFC 4180: header of column keys, CRLF line ends.
    case csv
    /// Tab-separated, header of column keys, `\t` `\n` `\r` `\\` escaped inside values.
    case tsv
    /// RFC 7946 FeatureCollection of Points: only for listings with latitude/longitude (places).
    case geojson
    /// RFC 5545 calendar of all-day VEVENTs: only for listings with dates (events).
    case ics
    /// A drawing: a map for places, a timeline for events (see `PlaceMap`, `EventTimeline`).
    case svg
    /// The same drawing as PNG, made by `rsvg-convert` when it is installed.
    case png

    /// The formats every `Listing` renders in; geojson and ics need particular columns.
    static let anyListing: [OutputFormat] = [.table, .json, .jsonl, .csv, .tsv]

    /// True for the drawings, which commands render themselves rather than as a `Listing`.
    var isPicture: Bool { self == .svg || self == .png }

    /// True for the formats whose errors are reported as a JSON object (see `ErrorOutput`).
    var isJSON: Bool { self == .json || self == .jsonl }
}
