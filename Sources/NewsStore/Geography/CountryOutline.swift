import Foundation

/// A country's outline for drawing maps: Natural Earth's 1:110m admin-0 polygons (public
/// domain), compiled into the binary from `SampleData/maps/countries-110m.geojson` so a map can
/// be drawn with no network and no file beside the binary.
public struct CountryOutline: Sendable, Hashable {
    /// The country's name in Natural Earth ("Iraq").
    public var name: String
    /// ISO 3166-1 alpha-2, when Natural Earth gives one ("IQ"; nil for Kosovo, Northern Cyprus …).
    public var code: String?
    /// Polygons; each is rings of (longitude, latitude) points, the outer ring first.
    public var polygons: [[[Point]]]

    /// A longitude/latitude pair in decimal degrees (WGS 84).
    public struct Point: Sendable, Hashable {
        public var longitude: Double
        public var latitude: Double

        /// A point; no range check (callers keep to -180…180, -90…90).
        public init(longitude: Double, latitude: Double) {
            self.longitude = longitude
            self.latitude = latitude
        }
    }

    /// Every country of the compiled-in outlines, decoded once per process.
    public static var all: [CountryOutline] { loaded }

    private static let loaded: [CountryOutline] = {
        guard let file = EmbeddedFile.sample(named: "maps/countries-110m.geojson") else { return [] }
        return (try? parse(Data(file.bytes))) ?? []
    }()

    /// Parses a GeoJSON FeatureCollection of Polygon / MultiPolygon features whose properties
    /// hold `name` and `iso_a2` ("-99" or missing when there is no code).
    /// - Throws: `DecodingError` on anything else.
    static func parse(_ data: Data) throws -> [CountryOutline] {
        let collection = try JSONDecoder().decode(FeatureCollection.self, from: data)
        return collection.features.map { feature in
            let code = feature.properties.iso_a2.flatMap { $0.count == 2 ? $0 : nil }
            let polygons: [[[[Double]]]]
            switch feature.geometry {
            case .polygon(let rings): polygons = [rings]
            case .multiPolygon(let list): polygons = list
            }
            return CountryOutline(
                name: feature.properties.name, code: code,
                polygons: polygons.map { rings in
                    rings.map { ring in
                        ring.compactMap { pair in
                            pair.count >= 2 ? Point(longitude: pair[0], latitude: pair[1]) : nil
                        }
                    }
                })
        }
    }

    private struct FeatureCollection: Decodable {
        var features: [Feature]
    }

    private struct Feature: Decodable {
        var properties: Properties
        var geometry: Geometry
    }

    private struct Properties: Decodable {
        var name: String
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var iso_a2: String?
    }

    private enum Geometry: Decodable {
        case polygon([[[Double]]])
        case multiPolygon([[[[Double]]]])

        private enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "Polygon": self = .polygon(try container.decode([[[Double]]].self, forKey: .coordinates))
            case "MultiPolygon": self = .multiPolygon(try container.decode([[[[Double]]]].self, forKey: .coordinates))
            case let other:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "a country outline cannot be a \(other)")
            }
        }
    }
}
