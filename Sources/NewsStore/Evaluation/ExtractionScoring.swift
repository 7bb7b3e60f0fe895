import Foundation

/// How an extraction is compared with a reference, shared by the corpus tests and the
/// `newsq-eval` maintainer tool so both count the same way (package access: not part of the
/// library's public surface).
package enum ExtractionScoring {
    /// Lower-cased letters and digits separated by single spaces: the form bodies and snippets
    /// are compared in ("Rain, fell!" → "rain fell").
    package static func normalized(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The lower-cased runs of letters and digits of `text`.
    package static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// The text with runs of white space made single spaces and the ends trimmed: a title is
    /// "exactly right" when this form of it equals the reference's.
    package static func collapsedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The calendar day of a stored stamp in the zone it was given in, when that is an offset
    /// ("2016-10-17T03:00:00Z" with "-04:00" → "2016-10-16").
    package static func localDay(_ stored: String, zone: String?) -> String {
        guard let zone, let offset = offsetSeconds(zone) else { return String(stored.prefix(10)) }
        return day(of: stored, offsetSeconds: offset) ?? String(stored.prefix(10))
    }

    /// True when the day of a stored stamp (UTC `stored`, first given in `zone`) is the day a
    /// reference stamp names. A reference with a time and an offset ("…+01:00", "…+0100") is
    /// compared in its own offset; one without an offset, or a bare day, with the stamp's local
    /// day. A reference in UTC ("…T15:00:00.000Z") is often only a UTC rendering of the page's
    /// local time (postlight-parser's tests assert `toISOString()`), so when the stamp carries the
    /// page's own offset both instants are compared in that offset: the day the page was published
    /// is a day where the page lives. A bare day against such a reference is right when the
    /// reference instant falls on that day in some zone from UTC−12 to UTC+14.
    package static func sameDay(stored: String, zone: String?, reference: String) -> Bool {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        guard reference.count >= 10 else { return false }
        let referenceDay = String(reference.prefix(10))
        if reference.count > 10, let offset = trailingOffsetSeconds(reference),
            let ours = day(of: stored, offsetSeconds: offset)
        {
            if offset == 0, let zone, let pageOffset = offsetSeconds(zone), pageOffset != 0,
                let theirs = day(ofReference: reference, offsetSeconds: pageOffset),
                let local = day(of: stored, offsetSeconds: pageOffset)
            {
                return local == theirs
            }
            return ours == referenceDay
        }
        // A bare day against a UTC rendering: neither side knows the page's zone, so the day is
        // right when the reference instant falls on it somewhere on Earth (UTC−12 … UTC+14).
        if stored.count == 10, reference.hasSuffix("Z"), reference.count >= 20,
            let instant = ISO8601DateFormatter().date(from: String(reference.prefix(19)) + "Z")
        {
            return [-12, -8, -4, 0, 4, 8, 12, 14].contains { hours in
                let shifted = instant.addingTimeInterval(Double(hours * 3600))
                return String(ISO8601DateFormatter().string(from: shifted).prefix(10)) == stored
            }
        }
        return localDay(stored, zone: zone) == referenceDay
    }

    /// A set of author names in comparable form: each name split at ",", ";", "&" and " and "
    /// (a reference may hold "A, B and C" as one item), then lower-cased with single spaces.
    package static func authorSet(_ names: [String]) -> Set<String> {
        var result: Set<String> = []
        for name in names {
            let parts = name.replacingOccurrences(of: " and ", with: ",", options: .caseInsensitive)
                .split { $0 == "," || $0 == ";" || $0 == "&" }
            for part in parts {
                let cleaned = collapsedWhitespace(part.lowercased())
                if !cleaned.isEmpty { result.insert(cleaned) }
            }
        }
        return result
    }

    /// Bag-of-words F1 of an extracted body against a gold text: the overlap of the two
    /// multisets of normalised words, harmonic mean of its precision and recall. 1 when both are
    /// empty, 0 when only one is.
    package static func bagOfWordsF1(found: String, gold: String) -> Double {
        var counts: [Substring: Int] = [:]
        let goldWords = words(gold)
        for word in goldWords { counts[word, default: 0] += 1 }
        let foundWords = words(found)
        if foundWords.isEmpty && goldWords.isEmpty { return 1 }
        var overlap = 0
        for word in foundWords {
            if let left = counts[word], left > 0 {
                overlap += 1
                counts[word] = left - 1
            }
        }
        guard overlap > 0 else { return 0 }
        let precision = Double(overlap) / Double(foundWords.count)
        let recall = Double(overlap) / Double(goldWords.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// How a body fares against must-have and must-not-have snippets (trafilatura's evaluation).
    package struct SnippetCount: Equatable, Sendable, Codable {
        /// `with` snippets found in the body, of `withTotal`.
        package var withFound = 0
        package var withTotal = 0
        /// `without` snippets absent from the body, of `withoutTotal`.
        package var withoutAbsent = 0
        package var withoutTotal = 0

        /// No snippets counted yet.
        package init() {}

        /// Both kinds together: snippets satisfied and snippets in all.
        package var satisfied: Int { withFound + withoutAbsent }
        package var total: Int { withTotal + withoutTotal }

        /// Adds another count.
        package mutating func add(_ other: SnippetCount) {
            withFound += other.withFound
            withTotal += other.withTotal
            withoutAbsent += other.withoutAbsent
            withoutTotal += other.withoutTotal
        }
    }

    /// Counts the snippets of one page, each compared in normalised form.
    package static func snippets(body: String, with kept: [String], without dropped: [String]) -> SnippetCount {
        let body = normalized(body)
        var count = SnippetCount()
        for snippet in kept {
            count.withTotal += 1
            if body.contains(normalized(snippet)) { count.withFound += 1 }
        }
        for snippet in dropped {
            count.withoutTotal += 1
            if !body.contains(normalized(snippet)) { count.withoutAbsent += 1 }
        }
        return count
    }

    // MARK: Offsets

    /// Seconds east of UTC for "+01:00", "-0400", "Z" or "UTC".
    private static func offsetSeconds(_ zone: String) -> Int? {
        if zone == "Z" || zone == "UTC" { return 0 }
        guard let match = zone.wholeMatch(of: #/([+-])(\d{2}):?(\d{2})/#), let hours = Int(match.2),
            let minutes = Int(match.3)
        else { return nil }
        return (match.1 == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// The offset a time stamp ends with ("…Z", "…+01:00", "…-0400"), if any.
    private static func trailingOffsetSeconds(_ stamp: String) -> Int? {
        if stamp.hasSuffix("Z") { return 0 }
        guard let match = stamp.firstMatch(of: #/T[0-9:.]+([+-]\d{2}:?\d{2})$/#) else { return nil }
        return offsetSeconds(String(match.1))
    }

    /// The day of a UTC reference stamp ("2019-03-04T15:00:00.000Z") at an offset.
    private static func day(ofReference reference: String, offsetSeconds offset: Int) -> String? {
        guard reference.hasSuffix("Z"), reference.count >= 20 else { return nil }
        return day(of: String(reference.prefix(19)) + "Z", offsetSeconds: offset)
    }

    /// The day of a stored UTC stamp ("2016-10-17T03:00:00Z") at an offset; nil for a bare day.
    private static func day(of stored: String, offsetSeconds offset: Int) -> String? {
        guard stored.count == 20, let date = ISO8601DateFormatter().date(from: stored) else { return nil }
        return String(ISO8601DateFormatter().string(from: date.addingTimeInterval(Double(offset))).prefix(10))
    }
}
