import Testing

@testable import NewsStore

@Suite struct ExtractionScoringTests {
    @Test func bagOfWordsF1CountsRepeatedWordsOnce() {
        #expect(ExtractionScoring.bagOfWordsF1(found: "Rain, rain fell.", gold: "rain fell") == 0.8)
        #expect(ExtractionScoring.bagOfWordsF1(found: "The rain fell", gold: "the RAIN fell!") == 1)
        #expect(ExtractionScoring.bagOfWordsF1(found: "", gold: "rain") == 0)
        #expect(ExtractionScoring.bagOfWordsF1(found: "", gold: "") == 1)
    }

    @Test func authorSetsSplitJoinedNamesAndIgnoreCaseAndSpacing() {
        #expect(
            ExtractionScoring.authorSet(["JOSH HASKELL, DAVID  CAPLAN and PATRICK REEVELL"])
                == ExtractionScoring.authorSet(["Josh Haskell", "David Caplan", "Patrick Reevell"]))
        #expect(ExtractionScoring.authorSet(["Ann Lee"]) != ExtractionScoring.authorSet(["Ann Lee", "Bo Li"]))
        #expect(ExtractionScoring.authorSet([]).isEmpty)
    }

    @Test func sameDayReadsTheReferenceInItsOwnOffset() {
        // 02:30 UTC on the 17th is still the 16th in New York, and the 17th in Berlin.
        let stored = "2016-10-17T02:30:00Z"
        #expect(ExtractionScoring.sameDay(stored: stored, zone: "-04:00", reference: "2016-10-16T22:30:00-04:00"))
        #expect(ExtractionScoring.sameDay(stored: stored, zone: "-04:00", reference: "2016-10-17T02:30:00.000Z"))
        #expect(ExtractionScoring.sameDay(stored: stored, zone: nil, reference: "2016-10-17T04:30:00+0200"))
        #expect(!ExtractionScoring.sameDay(stored: stored, zone: "-04:00", reference: "2016-10-17"))
        #expect(ExtractionScoring.sameDay(stored: "2016-10-17", zone: nil, reference: "2016-10-17 06:01:07"))
        #expect(!ExtractionScoring.sameDay(stored: "2016-10-17", zone: nil, reference: "None"))
    }

    @Test func snippetsAreComparedInNormalisedForm() {
        let count = ExtractionScoring.snippets(
            body: "The bridge opened on Monday.\n\nThousands walked across it.",
            with: ["bridge  opened on monday", "a missing sentence"], without: ["Share on Facebook", "walked across"])
        #expect(count.withFound == 1 && count.withTotal == 2)
        #expect(count.withoutAbsent == 1 && count.withoutTotal == 2)
        #expect(count.satisfied == 2 && count.total == 4)
    }

    @Test func titlesCompareWithWhiteSpaceCollapsed() {
        #expect(ExtractionScoring.collapsedWhitespace("  Floods\n and   fires ") == "Floods and fires")
    }

    @Test func dateProbeGivesOffsetsIntoTheWholeText() throws {
        let text = "The war began. On September 1, 1939, Germany attacked. It ended in 1945."
        let found = DateExpressionProbe.expressions(in: text, publishedOn: CalendarDay(year: 2009, month: 12, day: 19))
        #expect(found.map(\.date.label) == ["1939-09-01", "1945"])
        let scalars = Array(text.unicodeScalars)
        let first = try #require(found.first)
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == first.text)
        #expect(first.text == "September 1, 1939")
    }
}
