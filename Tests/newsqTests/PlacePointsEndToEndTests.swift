import Foundation
import Testing

/// Every place the seed resolves can be drawn: countries and US states included (issue 15).
/// Drives the built binary on the shared sample database of `CLIEndToEndTests`.
@Suite struct PlacePointsEndToEndTests {
    func onSample(_ arguments: [String]) throws -> CLIEndToEndTests.Run {
        try CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get()).newsq(arguments)
    }

    @Test func everyResolvedPlaceOfTheSeedHasAGeometry() throws {
        let run = try onSample(["places", "--article", "1", "--format", "geojson"])
        #expect(run.status == 0)
        let collection = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        var resolved: [String] = []
        for feature in features {
            let properties = try #require(feature["properties"] as? [String: Any])
            guard properties["resolved"] as? Bool == true else { continue }
            let name = properties["name"] as? String ?? "?"
            resolved.append(name)
            let geometry = feature["geometry"] as? [String: Any]
            #expect(geometry?["type"] as? String == "Point", "\(name) has no geometry")
        }
        // The seed names countries (Iraq, Syria, the United States …) as well as towns.
        #expect(resolved.contains("Iraq"))
        #expect(resolved.contains("Mosul"))
    }

    @Test func aCountryIsFoundNearAPlaceOnItsMap() throws {
        let run = try onSample(["places", "--near", "Mosul", "--within", "600km", "--format", "json"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["name"] as? String == "Iraq" && $0["kind"] as? String == "country" })
    }
}
