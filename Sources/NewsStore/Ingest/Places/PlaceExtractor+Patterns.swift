extension PlaceExtractor {
    /// What the words around a window say it is: "the village of X", "the Syrian city of X",
    /// "X village", "the X frontline", "X military base", "X, 45 kilometers south of Y".
    func pattern(around range: Range<Int>, in scan: FieldScan) -> (kind: PlaceKind?, country: String?) {
        let tokens = scan.tokens
        let before = range.lowerBound
        func spaced(_ position: Int) -> Bool {
            tokens.indices.contains(position) && tokens[position].gapBefore == " "
        }
        // "the village of X", "the Syrian city of X"
        if before >= 2, spaced(before), spaced(before - 1), scan.word(before - 1) == "of",
            let kind = PlaceVocabulary.kindBeforeOf[scan.word(before - 2)]
        {
            var country: String?
            if before >= 3, spaced(before - 2), let demonym = index.demonyms[scan.word(before - 3)] {
                country = demonym.countryCode
            }
            return (kind, country)
        }
        // "X village", "X military base", "X air base", "X oil refinery"
        let after = range.upperBound
        if spaced(after), !tokens[after].isCapitalised {
            let next = scan.word(after)
            if let kind = PlaceVocabulary.kindAfter[next] { return (kind, nil) }
            if ["military", "air", "oil", "army", "refugee"].contains(next), spaced(after + 1),
                let kind = PlaceVocabulary.kindAfter[scan.word(after + 1)]
            {
                return (kind, nil)
            }
        }
        // "X, 45 kilometers (28 miles) south of Mosul", "X, about 30 km east of Y"
        let units: Set<String> = ["kilometers", "kilometres", "km", "miles", "mi"]
        func isNumber(_ position: Int) -> Bool {
            tokens.indices.contains(position) && tokens[position].text.first?.isNumber == true
        }
        if tokens.indices.contains(after), tokens[after].gapBefore == ", " {
            if isNumber(after), units.contains(scan.word(after + 1)) { return (.area, nil) }
            if ["about", "some", "around", "roughly"].contains(scan.word(after)), isNumber(after + 1),
                units.contains(scan.word(after + 2))
            {
                return (.area, nil)
            }
        }
        // "Cairns, Australia", "Damascus, Maryland": a place followed by its country or state.
        if tokens.indices.contains(after), tokens[after].gapBefore == ", ", tokens[after].isCapitalised {
            for length in stride(from: 3, through: 1, by: -1) where after + length <= tokens.count {
                let key = scan.key(after..<after + length)
                if let country = index.candidates(forKey: key).first(where: { $0.kind == .country }) {
                    return (.place, country.countryCode)
                }
                if let region = index.regions[key], let code = region.countryCode { return (.place, code) }
            }
        }
        return (nil, nil)
    }
}
