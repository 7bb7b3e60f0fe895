import Foundation

extension PlaceExtractor {
    /// Distance within which another place of the article supports a candidate, in km.
    static let nearKilometres = 150.0

    /// Settles every candidate and groups mentions into places, by first mention.
    func resolve(_ candidates: [PlaceCandidate], context start: PlaceContext) -> [ExtractedPlace] {
        var context = start
        var choice = [GazetteerEntry?](repeating: nil, count: candidates.count)
        // 1. Countries, then places the text alone makes sure of (context or size).
        for (offset, candidate) in candidates.enumerated() {
            if let country = candidate.matches.first(where: { $0.kind == .country }) {
                choice[offset] = country
                context.addCountry(country.countryCode, weight: 2)
            } else if let region = candidate.region, candidate.matches.isEmpty {
                context.addCountry(region.countryCode)
                context.addDivision(country: region.countryCode, admin1: region.admin1)
            }
        }
        for (offset, candidate) in candidates.enumerated() where choice[offset] == nil && !candidate.matches.isEmpty {
            if let entry = best(candidate, context: context, useAnchors: false), isConfident(entry, candidate, context)
            {
                choice[offset] = entry
            }
        }
        for entry in choice.compactMap({ $0 }) where entry.kind != .country {
            context.addCountry(entry.countryCode)
            if entry.latitude != nil { context.anchors.append(entry) }
        }
        // 2. The rest, now that nearness to the article's other places can count.
        for (offset, candidate) in candidates.enumerated() where choice[offset] == nil && !candidate.matches.isEmpty {
            if let entry = best(candidate, context: context, useAnchors: true), isAcceptable(entry, candidate, context)
            {
                choice[offset] = entry
                if entry.latitude != nil { context.anchors.append(entry) }
            }
        }
        // 3. Spelling variants (Qayyara → Al Qayyārah), only where the article's context agrees.
        for (offset, candidate) in candidates.enumerated() where choice[offset] == nil && candidate.region == nil {
            // A short consonant skeleton fits too many names (Liaoning and Lüliang are both "lng").
            guard candidate.hasPlaceEvidence, !candidate.isCommonWord,
                PlaceNameKey.variant(candidate.key).filter(\.isLetter).count >= 4
            else { continue }
            let supported = index.variantCandidates(forKey: candidate.key).filter { entry in
                guard entry.kind != .country, context.weight(of: entry.countryCode) > 0 else { return false }
                if let country = candidate.patternCountry, country != entry.countryCode { return false }
                guard let distance = context.nearestAnchorDistance(entry) else { return context.anchors.isEmpty }
                return distance <= Self.nearKilometres
            }
            if let entry = supported.max(by: { score($0, candidate, context) < score($1, candidate, context) }) {
                choice[offset] = entry
            }
        }
        return group(candidates, choice: choice, context: context)
    }

    /// The best-scoring exact match.
    private func best(_ candidate: PlaceCandidate, context: PlaceContext, useAnchors: Bool) -> GazetteerEntry? {
        var local = context
        if !useAnchors { local.anchors = [] }
        return candidate.matches.max { score($0, candidate, local) < score($1, candidate, local) }
    }

    func score(_ entry: GazetteerEntry, _ candidate: PlaceCandidate, _ context: PlaceContext) -> Double {
        var value = log10(Double(max(entry.population ?? 1, 1))) * 0.5
        let weight = context.weight(of: entry.countryCode)
        if weight > 0 { value += 3 + Double(min(weight, 4)) * 0.5 }
        if let country = candidate.patternCountry { value += entry.countryCode == country ? 6 : -10 }
        if let distance = context.nearestAnchorDistance(entry), distance <= Self.nearKilometres { value += 4 }
        if context.namesDivision(of: entry) { value += 3 }
        if entry.origin == .text { value -= 1 }
        return value
    }

    /// A one-word name that is only another language's name for a place outside the article's
    /// countries ("Jas" for Iaşi, in a game wiki) needs a city of a million to be meant alone.
    private func passesForeignNameRule(_ entry: GazetteerEntry, _ candidate: PlaceCandidate, _ context: PlaceContext)
        -> Bool
    {
        // A given name alone ("Marco", "Julian") is a person's unless a pattern says place or the
        // place is well known.
        if candidate.wordCount == 1, !candidate.hasPlaceEvidence, PlaceVocabulary.givenNames.contains(candidate.key),
            entry.kind != .country, (entry.population ?? 0) < 100_000
        {
            return false
        }
        guard candidate.wordCount == 1, candidate.patternKind == nil || candidate.patternKind == .place,
            context.weight(of: entry.countryCode) == 0,
            PlaceNameKey.variant(PlaceNameKey.fold(entry.name)) != PlaceNameKey.variant(candidate.key)
        else { return true }
        return (entry.population ?? 0) >= 1_000_000
    }

    /// Sure without nearness: in a country the article names, or a large place, and no common word.
    private func isConfident(_ entry: GazetteerEntry, _ candidate: PlaceCandidate, _ context: PlaceContext) -> Bool {
        guard passesCommonWordRule(entry, candidate, context), passesForeignNameRule(entry, candidate, context)
        else { return false }
        if let country = candidate.patternCountry { return entry.countryCode == country }
        let population = entry.population ?? 0
        return context.weight(of: entry.countryCode) > 0 && (population >= 10_000 || candidate.wordCount > 1)
            || population >= outsideThreshold(context)
    }

    /// Acceptable once anchors count: supported by context or nearness, or large enough alone.
    private func isAcceptable(_ entry: GazetteerEntry, _ candidate: PlaceCandidate, _ context: PlaceContext) -> Bool {
        guard passesCommonWordRule(entry, candidate, context), passesForeignNameRule(entry, candidate, context)
        else { return false }
        if let country = candidate.patternCountry, entry.countryCode != country { return false }
        let population = entry.population ?? 0
        let near = context.nearestAnchorDistance(entry).map { $0 <= Self.nearKilometres } ?? false
        let inContext = context.weight(of: entry.countryCode) > 0
        if near { return true }
        if inContext {
            return !(context.anchors.contains { $0.countryCode == entry.countryCode }) || population >= 1_000
                || candidate.wordCount > 1
        }
        // Outside every country the article names: only a place large enough to be meant alone.
        return population >= outsideThreshold(context) || (candidate.wordCount > 1 && population >= 5_000)
    }

    /// How large a place outside the article's countries must be to be meant alone: an article
    /// that names its countries ("Indonesian … Bali") needs a famous city to leave them.
    private func outsideThreshold(_ context: PlaceContext) -> Int {
        context.dominantCountry == nil ? 100_000 : 500_000
    }

    /// A name that is also a common word ("Bard", "Nice", "West") needs a pattern, or must be a
    /// large place in the article's countries, written mid-sentence and not after "the".
    private func passesCommonWordRule(_ entry: GazetteerEntry, _ candidate: PlaceCandidate, _ context: PlaceContext)
        -> Bool
    {
        guard candidate.isCommonWord else { return true }
        if candidate.hasPlaceEvidence { return true }
        return !candidate.isSentenceStart && !candidate.afterThe && (entry.population ?? 0) >= 200_000
            && context.weight(of: entry.countryCode) > 0
    }
}
