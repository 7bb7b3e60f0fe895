extension GazetteerImage {
    /// The image of the gazetteer compiled into the binary: countries as places, then the places
    /// of SampleData/gazetteer/cities.txt in file order.
    /// - Throws: `NewsStoreError` when the binary lacks the files or they are malformed.
    static func encodeShipped(fingerprint: UInt64) throws -> [UInt8] {
        var builder = GazetteerIndexBuilder()
        builder.addCountries(try ShippedGazetteer.countries(), addPlaces: true)
        let cities = try ShippedGazetteer.file(ShippedGazetteer.citiesFile)
        // One place a line; the shipped places have about 1.6 distinct folded names each.
        let lines = cities.bytes.reduce(into: 0) { count, byte in if byte == 0x0A { count += 1 } }
        builder.reserveCapacity(entries: builder.count + lines, keys: lines * 8 / 5)
        try GeoNamesParser(path: ShippedGazetteer.citiesFile).parse(cities.bytes) { record in
            builder.add(GazetteerEntry(record), names: record.allNames)
        }
        return try builder.image(fingerprint: fingerprint)
    }
}
