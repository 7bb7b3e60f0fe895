import Foundation
import NewsStore
import Testing

@testable import newsq

@Suite("GeoJSON")
struct GeoJSONTests {
    private let places = Listing(
        noun: "places",
        columns: [
            .init(key: "id", header: "ID", role: .identifier),
            .init(key: "name", header: "Name", flexible: true, role: .title),
            .init(key: "latitude", header: "Lat", role: .latitude),
            .init(key: "longitude", header: "Lon", role: .longitude),
            .init(key: "mentions", header: "Mentions"),
        ],
        rows: [
            [1, "Mosul", 36.335, 43.11889, 12],
            [2, "Qayyarah \"West\"", 35.8, 43.3, 3],
            [3, "the frontline", nil, nil, 1],
        ])

    private func features(_ text: String) throws -> [[String: Any]] {
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        return try #require(collection["features"] as? [[String: Any]])
    }

    @Test func pointsListLongitudeBeforeLatitude() throws {
        let list = try features(try places.renderGeoJSON())
        #expect(list.count == 3)
        let geometry = try #require(list[0]["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [43.11889, 36.335])
        #expect(list[0]["type"] as? String == "Feature")
        #expect(list[0]["id"] as? Int == 1)
    }

    @Test func aPlaceWithoutCoordinatesHasNullGeometry() throws {
        let list = try features(try places.renderGeoJSON())
        #expect(list[2]["geometry"] is NSNull)
        #expect(list[2]["geometry"] != nil)
        let properties = try #require(list[2]["properties"] as? [String: Any])
        #expect(properties["name"] as? String == "the frontline")
    }

    @Test func propertiesHoldEveryOtherColumnInOrder() throws {
        let text = try places.renderGeoJSON()
        let list = try features(text)
        let properties = try #require(list[1]["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["id", "name", "mentions"])
        #expect(properties["name"] as? String == "Qayyarah \"West\"")
        let first = try #require(text.range(of: "\"mentions\": 12"))
        let name = try #require(text.range(of: "\"name\": \"Mosul\""))
        #expect(name.lowerBound < first.lowerBound)
    }

    @Test func outOfRangeCoordinatesGiveNullGeometry() {
        #expect(Listing.point(latitude: 95, longitude: 10) == .null)
        #expect(Listing.point(latitude: "36", longitude: 10) == .null)
        #expect(Listing.point(latitude: 0, longitude: -180) != .null)
    }

    @Test func anEmptyListingIsACollectionWithoutFeatures() throws {
        let empty = Listing(noun: "places", columns: places.columns)
        #expect(try features(try empty.renderGeoJSON()).isEmpty)
    }

    @Test func aListingWithoutCoordinatesIsRefusedWithAHint() {
        let articles = Listing(noun: "articles", columns: [.init(key: "id"), .init(key: "title")], rows: [[1, "x"]])
        #expect {
            try articles.render(as: .geojson, context: RenderContext())
        } throws: { error in
            guard case NewsStoreError.invalidArgument(let name, let value, let reason) = error else { return false }
            return name == "--format" && value == "geojson" && reason.contains("newsq places")
        }
    }
}
