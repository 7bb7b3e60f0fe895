/// Files compiled into newsq for drawing maps and writing reports (SampleData/maps/,
/// SampleData/web/), for the command-line tool: the library itself does not use them.
package enum ShippedAsset {
    /// The text of the compiled-in file at this path under SampleData/ ("web/leaflet.css").
    package static func text(_ path: String) -> String? { EmbeddedFile.sample(named: path)?.text }
}
