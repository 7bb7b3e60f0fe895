import Foundation
import Testing

@testable import NewsStore

/// `PlaceFilter.bbox`: only the places a map view shows, read through the place R*Tree.
@Suite struct PlaceBoundingBoxTests {
    let store: NewsStore

    init() throws { store = try StoreFixtures.seeded() }

    var everyPlace: [PlaceCount] {
        get throws { try store.places(PlaceFilter(limit: 100_000)) }
    }

    @Test func aBoxAroundIraqKeepsMosulAndLeavesOutDamascusAndThePlacesWithoutPoints() throws {
        let iraq = try BoundingBox(west: 38.8, south: 29.1, east: 48.6, north: 37.4)
        let inside = try store.places(PlaceFilter(limit: 100_000, bbox: iraq))
        let names = Set(inside.map(\.place.name))
        #expect(names.contains("Mosul"))
        #expect(!names.contains("Damascus"))
        #expect(!names.contains("Dabiq"))  // known by name only: no point, never inside a box
        let expected = try everyPlace.filter { count in
            guard let lat = count.place.latitude, let lon = count.place.longitude else { return false }
            return iraq.contains(latitude: lat, longitude: lon)
        }
        #expect(inside.map(\.place.id) == expected.map(\.place.id))
        #expect(inside.count < (try everyPlace.count))
    }

    @Test func theWholeWorldIsEveryPlaceWithAPointAndABoxOverThePacificHasNone() throws {
        let world = try BoundingBox(west: -180, south: -90, east: 180, north: 90)
        let located = try everyPlace.filter { $0.place.latitude != nil && $0.place.longitude != nil }
        #expect(try store.places(PlaceFilter(limit: 100_000, bbox: world)).count == located.count)
        // Across the antimeridian: 170°E to 170°W, nowhere near the seed's places.
        let pacific = try BoundingBox(west: 170, south: -60, east: -170, north: 60)
        #expect(pacific.crossesAntimeridian)
        #expect(try store.places(PlaceFilter(limit: 100_000, bbox: pacific)).isEmpty)
        // Across the antimeridian the other way round it is the whole world but that strip.
        let allButPacific = try BoundingBox(west: -170, south: -90, east: 170, north: 90)
        let wrapped = try BoundingBox(west: 20, south: -90, east: 10, north: 90)
        #expect(try store.places(PlaceFilter(limit: 100_000, bbox: allButPacific)).count == located.count)
        let outsideStrip = located.filter { !(10...20).contains($0.place.longitude ?? 0) }
        #expect(try store.places(PlaceFilter(limit: 100_000, bbox: wrapped)).count == outsideStrip.count)
    }

    @Test func theBoxIsReadThroughThePlaceRTree() throws {
        var filters = SQLiteStorage.placeFilters(articleID: nil, countryCode: nil)
        SQLiteStorage.addBoundingBox(try BoundingBox(west: 38.8, south: 29.1, east: 48.6, north: 37.4), to: &filters)
        let statement = SQLiteStorage.placesStatement(filters, limit: 100, offset: 0)
        let db = try store.sqliteStorage.db
        let steps = try db.query("EXPLAIN QUERY PLAN " + statement.sql, statement.values) { try $0.text("detail") }
        #expect(steps.contains { $0.contains("place_rtree VIRTUAL TABLE") }, "\(steps)")
    }

    @Test func aBoxThatIsNotOneIsRefusedNamingTheParameter() throws {
        for text in ["1,2,3", "a,b,c,d", "0,50,10,40", "0,-95,10,40", "-190,0,10,10", "0,0,nan,10"] {
            do {
                _ = try BoundingBox(parsing: text)
                Issue.record("\(text) was taken as a box")
            } catch let NewsStoreError.invalidArgument(name, _, _) {
                #expect(name == "bbox")
            }
        }
        let box = try BoundingBox(parsing: " 38.8, 29.1,48.6 ,37.4")
        #expect(box.west == 38.8 && box.north == 37.4)
    }
}
