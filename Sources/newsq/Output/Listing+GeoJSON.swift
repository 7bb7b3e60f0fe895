import NewsStore

/// GeoJSON (RFC 7946).
extension Listing {
    /// A FeatureCollection with one Feature per row.
    ///
    /// `geometry` is a Point `[longitude, latitude]` (longitude first, as RFC 7946 §3.1.1 says),
    /// or `null` when the row has no coordinates (a place known by name only: newsq never
    /// invents them). The `.identifier` column, when there is one, is also the Feature's `id`.
    /// Every column but latitude/longitude goes to `properties`, in column order, highlight
    /// markers removed. Pretty-printed like `--format json`, ends with a newline.
    ///
    /// - Throws: `NewsStoreError.invalidArgument` when the listing has no latitude/longitude columns.
    func renderGeoJSON() throws -> String {
        guard let latitudeIndex = columnIndex(.latitude), let longitudeIndex = columnIndex(.longitude) else {
            throw NewsStoreError.invalidArgument(
                name: "--format", value: OutputFormat.geojson.rawValue,
                reason:
                    "GeoJSON needs places with coordinates, and this command lists \(noun); use it with `newsq places`")
        }
        let identifierIndex = columnIndex(.identifier)
        let features: [OutputValue] = rows.map { row in
            var members: [OutputValue.Member] = [.init("type", "Feature")]
            if let identifierIndex {
                switch row[identifierIndex] {
                case .int, .string: members.append(.init("id", row[identifierIndex].withoutHighlightMarkers))
                default: break
                }
            }
            members.append(
                .init("geometry", Listing.point(latitude: row[latitudeIndex], longitude: row[longitudeIndex])))
            var properties: [OutputValue.Member] = []
            for (index, column) in columns.enumerated() where index != latitudeIndex && index != longitudeIndex {
                properties.append(.init(column.key, row[index].withoutHighlightMarkers))
            }
            members.append(.init("properties", .object(properties)))
            return .object(members)
        }
        let collection: OutputValue = .object([.init("type", "FeatureCollection"), .init("features", .array(features))])
        return JSONWriter.pretty(collection) + "\n"
    }

    /// A GeoJSON Point, or null unless both coordinates are numbers in range.
    static func point(latitude: OutputValue, longitude: OutputValue) -> OutputValue {
        guard let lat = latitude.numberValue, let lon = longitude.numberValue,
            (-90...90).contains(lat), (-180...180).contains(lon)
        else { return .null }
        return .object([.init("type", "Point"), .init("coordinates", [.double(lon), .double(lat)])])
    }
}
