extension GazetteerIndex {
    /// The index of the gazetteer compiled into the binary, with no database (`newsq extract`):
    /// the shipped image and vocabulary, made once per process.
    /// - Throws: `NewsStoreError` when the binary lacks the files or they are malformed.
    static func shipped() throws -> GazetteerIndex {
        try shippedIndex.get()
    }

    private static let shippedIndex: Result<GazetteerIndex, Error> = Result {
        var builder = GazetteerIndexBuilder()
        builder.addCountries(try ShippedGazetteer.countries(), addPlaces: false)
        try builder.addShippedVocabulary()
        return builder.build(shipped: try GazetteerImageCache.shipped.get())
    }
}
