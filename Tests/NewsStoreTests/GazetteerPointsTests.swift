import Foundation
import Testing

@testable import NewsStore

/// Countries and first-level regions carry a representative point derived from real data
/// (Natural Earth, GeoNames), with the rule that gave it (issue 15).
@Suite struct GazetteerPointsTests {
    @Test func everyShippedCountryWithAPointSaysWhereItComesFrom() throws {
        let countries = try ShippedGazetteer.countries()
        #expect(countries.count > 240)
        for country in countries where country.latitude != nil {
            #expect(
                country.point == "naturalearth-110m" || country.point.hasPrefix("geonames-capital ")
                    || country.point.hasPrefix("geonames-largest "), "\(country.code): \(country.point)")
        }
        let withPoint = countries.filter { $0.latitude != nil && $0.longitude != nil }
        #expect(withPoint.count >= 240)
        let iraq = try #require(countries.first { $0.code == "IQ" })
        #expect(iraq.point == "naturalearth-110m")
        // Inside Iraq's borders (about 29–37.4° N, 38.8–48.6° E).
        #expect((29.0...37.4).contains(iraq.latitude ?? 0) && (38.8...48.6).contains(iraq.longitude ?? 0))
        // Too small for the 1:110m map: the capital's GeoNames place.
        let andorra = try #require(countries.first { $0.code == "AD" })
        #expect(andorra.point.hasPrefix("geonames-capital "))
    }

    @Test func shippedIndexGivesCountriesTheirPoint() throws {
        let index = try StoreFixtures.shippedIndex.get()
        let us = try #require(index.candidates(forKey: "united states").first { $0.kind == .country })
        // Natural Earth's point for the United States lies in the lower 48, not in Alaska.
        #expect((25.0...49.0).contains(us.latitude ?? 0) && (-125.0...(-67.0)).contains(us.longitude ?? 0))
    }

    @Test func firstLevelRegionsHaveThePointOfOneOfTheirOwnPlaces() throws {
        let regions = try ShippedGazetteer.regions()
        let withDivision = regions.filter { $0.countryCode != nil && $0.admin1 != nil }
        #expect(withDivision.count >= 59)
        for region in withDivision {
            #expect(region.latitude != nil && region.longitude != nil, "\(region.name) has no point")
            #expect(region.point.hasPrefix("geonames-admin1 "), "\(region.name): \(region.point)")
        }
        let california = try #require(regions.first { $0.name == "California" })
        #expect((32.5...42.0).contains(california.latitude ?? 0))
        #expect((-124.5...(-114.0)).contains(california.longitude ?? 0))
        // A region that is no single division gets no invented point.
        let middleEast = try #require(regions.first { $0.name == "Middle East" })
        #expect(middleEast.latitude == nil && middleEast.point.isEmpty)
    }

    @Test func aRegionPointRoundTripsThroughItsTableLine() throws {
        let line = "Anbar\tregion\tIQ\t\tAnbar Province\t01\t33.4206\t43.3078\tgeonames-admin1 99608"
        let parsed = try RegionRecord.parseTable(line, path: "regions.tsv")
        #expect(parsed.first?.latitude == 33.4206 && parsed.first?.point == "geonames-admin1 99608")
        #expect(parsed.first?.tableLine == line)
    }

    @Test func aPointWithOneCoordinateIsRefused() {
        #expect(throws: NewsStoreError.self) {
            try RegionRecord.parseTable("Anbar\tregion\tIQ\t\t\t01\t33.4\t\tx", path: "regions.tsv")
        }
        let country = "IQ\tIRQ\tIraq\tBaghdad\tAS\t1\t\t99237\t\t43.1\tnaturalearth-110m\tIraqi\t"
        #expect(throws: NewsStoreError.self) { try CountryRecord.parseTable(country, path: "countries.tsv") }
    }
}
