import Foundation
import Testing

@testable import NewsStore

@Suite struct PlaceKindTests {
    @Test func kindsAndOriginsEncodeAsTheirStoredStrings() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let place = Place(id: 7, name: "Khazir", kind: .frontline, origin: .text)
        let json = String(decoding: try encoder.encode(place), as: UTF8.self)
        #expect(json.contains(#""kind":"frontline""#))
        #expect(json.contains(#""origin":"text""#))
        #expect(String(decoding: try encoder.encode([PlaceOrigin.gazetteer]), as: UTF8.self) == #"["gazetteer"]"#)
    }

    @Test func aKindNewsqDoesNotNameSurvivesARoundTrip() throws {
        let state = PlaceKind("state")
        let decoded = try JSONDecoder().decode([PlaceKind].self, from: Data(#"["state","city"]"#.utf8))
        #expect(decoded == [state, .city])
        #expect("\(state)" == "state" && state != .region)
    }

    @Test func resolvedMeansFromTheGazetteer() {
        #expect(Place(id: 1, name: "Mosul", kind: .city, origin: .gazetteer).isResolved)
        #expect(!ExtractedPlace(name: "Bedene", kind: .village, origin: .text, mentions: []).isResolved)
    }
}
