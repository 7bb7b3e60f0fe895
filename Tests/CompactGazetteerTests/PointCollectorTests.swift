import Testing

@testable import newsq_compact_gazetteer

@Suite struct PointCollectorTests {
    /// A dump row with what the collector reads.
    func row(
        _ id: Int, _ name: String, _ latitude: Double, _ longitude: Double, country: String, admin1: String,
        population: Int, alternates: String = ""
    ) throws -> GeoNamesRow {
        try GeoNamesRow(
            line: "\(id)\t\(name)\t\t\(alternates)\t\(latitude)\t\(longitude)\tP\t\t\(country)\t\t\(admin1)\t\t\t\t"
                + "\(population)\t\t\t\t",
            number: 1, path: "t")
    }

    @Test func aDivisionGetsItsPlaceNearestThePopulationWeightedCentre() throws {
        var collector = PointCollector(capitals: [:], divisions: ["US.HI"])
        // Honolulu outweighs Hilo: the centre falls in the sea near Oahu, and Oahu's place is taken.
        try collector.visit(row(1, "Honolulu", 21.3069, -157.8583, country: "US", admin1: "HI", population: 350_000))
        try collector.visit(row(2, "Hilo", 19.7297, -155.09, country: "US", admin1: "HI", population: 45_000))
        try collector.visit(row(3, "Kapolei", 21.3358, -158.0561, country: "US", admin1: "HI", population: 21_000))
        try collector.visit(row(4, "Elsewhere", 21.3, -157.9, country: "US", admin1: "CA", population: 9_000_000))
        let point = try #require(collector.centre(of: "US.HI"))
        #expect(point.geonameID == 1)
        #expect(point.latitude == 21.3069 && point.longitude == -157.8583)
        #expect(collector.centre(of: "US.CA") == nil)
    }

    @Test func aDivisionAcrossTheDateLineIsAveragedOnTheSphere() throws {
        var collector = PointCollector(capitals: [:], divisions: ["FJ.01"])
        try collector.visit(row(1, "West", -17.0, 179.9, country: "FJ", admin1: "01", population: 1_000))
        try collector.visit(row(2, "East", -17.0, -179.9, country: "FJ", admin1: "01", population: 1_000))
        try collector.visit(row(3, "Far", -17.0, 0.5, country: "FJ", admin1: "01", population: 10))
        // A plain mean of longitudes would land near 0°, next to "Far".
        #expect(try #require(collector.centre(of: "FJ.01")).geonameID != 3)
    }

    @Test func theCapitalIsMatchedByAnyNameAndTheLargestPlaceIsKept() throws {
        var collector = PointCollector(capitals: ["IT": "roma"], divisions: [])
        try collector.visit(
            row(
                6, "Rome", 41.8919, 12.5113, country: "IT", admin1: "07", population: 2_318_895,
                alternates: "Roma"))
        try collector.visit(row(7, "Roma", 30.0, -100.0, country: "US", admin1: "TX", population: 9_000))
        try collector.visit(row(8, "Milan", 45.46, 9.19, country: "IT", admin1: "09", population: 3_000_000))
        #expect(collector.capital(of: "IT")?.geonameID == 6)
        #expect(collector.largestPlace(of: "IT")?.geonameID == 8)
        #expect(collector.capital(of: "US") == nil)
    }
}
