import Foundation
import Testing

@testable import newsq_compact_gazetteer

/// The shipped gazetteer is derived, never hand-edited: the tool run on the shared GeoNames data
/// must give SampleData/gazetteer back byte for byte. Written to a temporary folder.
@Suite struct ShippedGazetteerReproductionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let source = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/gazetteer")
    static let words = "/usr/share/dict/american-english"
    static let inputsPresent =
        FileManager.default.fileExists(atPath: source.appendingPathComponent("countries.json").path)
        && FileManager.default.fileExists(atPath: words)

    @Test(
        .enabled(
            if: inputsPresent,
            "needs ../shared/data/gazetteer beside the package and \(words) (Debian package wamerican)"))
    func toolReproducesTheShippedFilesFromTheSharedData() throws {
        let shipped = Self.packageRoot.appendingPathComponent("SampleData/gazetteer")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("compact-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        // The hand-written columns come from the tables being rewritten.
        for file in ["countries.tsv", "regions.tsv"] {
            try FileManager.default.copyItem(
                at: shipped.appendingPathComponent(file), to: output.appendingPathComponent(file))
        }
        let points = Self.packageRoot.appendingPathComponent(
            "Sources/newsq-compact-gazetteer/NaturalEarth/natural-earth-points.tsv")

        var command = try CompactGazetteer.parseAsRoot([
            Self.source.path, "--output", output.path, "--words", Self.words, "--country-points", points.path,
        ])
        try command.run()

        for file in ["cities.txt", "common-words.txt", "countries.tsv", "regions.tsv"] {
            let made = try Data(contentsOf: output.appendingPathComponent(file))
            let expected = try Data(contentsOf: shipped.appendingPathComponent(file))
            #expect(made == expected, "\(file) differs from SampleData/gazetteer/\(file)")
        }
    }
}
