extension PlaceExtractor {
    /// Mentions grouped into places: one per gazetteer entry or region, and one per name the
    /// gazetteer lacks (spelling variants merged: Khazir/Khazer); places by first mention.
    func group(_ candidates: [PlaceCandidate], choice: [GazetteerEntry?], context: PlaceContext) -> [ExtractedPlace] {
        var places: [ExtractedPlace] = []
        var groupOf: [String: Int] = [:]
        /// Variant skeletons of each place's names and surfaces, for merging later mentions.
        var variantsOf: [String: Int] = [:]

        func mention(_ candidate: PlaceCandidate) -> ExtractedMention {
            ExtractedMention(surface: candidate.surface, span: candidate.span, sentence: candidate.sentence)
        }
        func add(_ candidate: PlaceCandidate, key: String, make: () -> ExtractedPlace) {
            if let existing = groupOf[key] {
                places[existing].mentions.append(mention(candidate))
            } else {
                groupOf[key] = places.count
                places.append(make())
            }
            if let position = groupOf[key] {
                variantsOf[PlaceNameKey.variant(candidate.key)] =
                    variantsOf[PlaceNameKey.variant(candidate.key)] ?? position
            }
        }

        var weak: [PlaceCandidate] = []
        for (offset, candidate) in candidates.enumerated() {
            if let entry = choice[offset] {
                let key =
                    entry.kind == .country
                    ? "c:\(entry.countryCode ?? entry.name)"
                    : "g:\(entry.geonamesID ?? entry.placeID ?? 0):\(entry.name)"
                add(candidate, key: key) {
                    ExtractedPlace(
                        name: entry.name, kind: entry.kind, countryCode: entry.countryCode, admin1: entry.admin1,
                        latitude: entry.latitude, longitude: entry.longitude, population: entry.population,
                        geonamesID: entry.geonamesID, origin: entry.origin, mentions: [mention(candidate)])
                }
                if let position = groupOf[key] {
                    variantsOf[PlaceNameKey.variant(PlaceNameKey.fold(entry.name))] = position
                }
            } else if let region = candidate.region {
                // A region of the shipped list (a US state, a governorate) is a gazetteer place when
                // it has a point derived from GeoNames; one without (the Middle East) stays a name.
                add(candidate, key: "r:\(region.name)") {
                    ExtractedPlace(
                        name: region.name, kind: region.kind, countryCode: region.countryCode,
                        latitude: region.latitude, longitude: region.longitude,
                        origin: region.latitude == nil ? .text : .gazetteer,
                        mentions: [mention(candidate)])
                }
            } else if candidate.hasPlaceEvidence {
                let country =
                    candidate.patternCountry ?? sentenceCountry(of: candidate, candidates, choice)
                    ?? context.dominantCountry
                let variant = PlaceNameKey.variant(candidate.key)
                let key = variantsOf[variant].map { "v:\($0)" } ?? "n:\(variant):\(country ?? "")"
                if let position = variantsOf[variant] {
                    places[position].mentions.append(mention(candidate))
                    if places[position].kind == .place, let kind = candidate.patternKind, !places[position].isResolved {
                        places[position].kind = kind
                    }
                    continue
                }
                add(candidate, key: key) {
                    ExtractedPlace(
                        name: candidate.surface, kind: candidate.patternKind ?? .place, countryCode: country,
                        origin: .text, mentions: [mention(candidate)])
                }
            } else {
                weak.append(candidate)
            }
        }
        // Later (or earlier) bare mentions of a place the article established: "Dabiq is the site".
        // A name known only from a list or a "X, Country" does not gather them: a game or a
        // character named once beside a place is not a place every time it is named.
        for candidate in weak {
            if let position = variantsOf[PlaceNameKey.variant(candidate.key)],
                places[position].isResolved || places[position].kind != .place
            {
                places[position].mentions.append(mention(candidate))
            }
        }
        func order(_ span: TextSpan) -> (Int, Int) {
            (ArticleField.allCases.firstIndex(of: span.field) ?? 0, span.start)
        }
        for position in places.indices {
            places[position].mentions.sort { order($0.span) < order($1.span) }
        }
        return places.sorted { lhs, rhs in
            guard let left = lhs.mentions.first, let right = rhs.mentions.first else { return false }
            return order(left.span) < order(right.span)
        }
    }

    /// The country of another place resolved in the same sentence ("al-Shourah, 45 kilometers
    /// south of Mosul" → IQ).
    private func sentenceCountry(
        of candidate: PlaceCandidate, _ candidates: [PlaceCandidate], _ choice: [GazetteerEntry?]
    )
        -> String?
    {
        for (offset, other) in candidates.enumerated()
        where other.field == candidate.field && other.sentenceStart == candidate.sentenceStart {
            if let entry = choice[offset], entry.kind != .country, let code = entry.countryCode { return code }
        }
        return nil
    }
}
