import NewsStore

/// The one entry point from subcommands to text.
extension Listing {
    /// The listing as text in `format`; print it to stdout as is (it carries its own line ends).
    ///
    /// Empty listings: table "" (say "no results" on stderr if you like), csv/tsv the header
    /// alone, json `[]`, jsonl "", geojson a FeatureCollection with no features, ics a
    /// calendar with no events.
    ///
    /// ```swift
    /// Console.out(try listing.render(as: output.format, context: .current()))
    /// ```
    /// - Throws: `NewsStoreError.invalidArgument` for geojson on a listing without latitude and
    ///   longitude columns, and for ics without start-date and title columns or with a bad date.
    func render(as format: OutputFormat, context: RenderContext) throws -> String {
        switch format {
        case .table:
            return layout == .rows ? withoutDetailColumns.renderTable(context: context) : renderTable(context: context)
        case .json: return renderJSON()
        case .jsonl: return renderJSONLines()
        case .csv: return renderCSV()
        case .tsv: return renderTSV()
        case .geojson: return try renderGeoJSON()
        case .ics: return try renderICS(now: context.now)
        case .svg, .png:
            throw NewsStoreError.invalidArgument(
                name: "--format", value: format.rawValue,
                reason: "drawings are made by `newsq places` (a map) and `newsq events` (a timeline)")
        }
    }

    /// The listing without the columns marked `detail`: a table on a terminal has room for the
    /// columns people read; scripts get every column from the other formats.
    var withoutDetailColumns: Listing {
        let keep = columns.indices.filter { !columns[$0].detail }
        guard keep.count < columns.count else { return self }
        return Listing(
            noun: noun, columns: keep.map { columns[$0] }, rows: rows.map { row in keep.map { row[$0] } },
            layout: layout)
    }
}
