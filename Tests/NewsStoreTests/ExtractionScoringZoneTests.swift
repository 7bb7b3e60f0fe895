import Testing

@testable import NewsStore

@Suite struct ExtractionScoringZoneTests {
    @Test func aUTCReferenceIsReadInThePagesOwnOffset() {
        // Midnight in Tokyo, asserted as UTC: the page was published on 13 February there.
        #expect(
            ExtractionScoring.sameDay(
                stored: "2019-02-13T03:00:00Z", zone: "+09:00", reference: "2019-02-12T15:00:00.000Z"))
        // An evening story in New York whose UTC rendering falls on the next day.
        #expect(
            ExtractionScoring.sameDay(
                stored: "2016-12-23T00:47:31Z", zone: "-05:00", reference: "2016-12-22T23:47:00.000Z"))
        #expect(
            !ExtractionScoring.sameDay(
                stored: "2016-12-23T00:47:31Z", zone: "UTC", reference: "2016-12-22T23:47:00.000Z"))
    }

    @Test func aReferenceWithItsOwnOffsetIsStillReadInIt() {
        #expect(
            ExtractionScoring.sameDay(
                stored: "2026-07-09T22:50:17Z", zone: "+02:00", reference: "2026-07-10T00:50:17+02:00"))
        #expect(
            !ExtractionScoring.sameDay(
                stored: "2026-07-09T20:50:17Z", zone: "-05:00", reference: "2026-07-10T00:50:17+02:00"))
    }

    @Test func aBareDayMatchesAUTCReferenceThatFallsOnItSomewhere() {
        // Midnight in Tokyo on 5 March, asserted as UTC.
        #expect(ExtractionScoring.sameDay(stored: "2019-03-05", zone: nil, reference: "2019-03-04T15:00:00.000Z"))
        #expect(!ExtractionScoring.sameDay(stored: "2019-03-06", zone: nil, reference: "2019-03-04T15:00:00.000Z"))
        #expect(!ExtractionScoring.sameDay(stored: "2019-03-03", zone: nil, reference: "2019-03-04T15:00:00.000Z"))
        // A reference without a zone is still compared as written.
        #expect(!ExtractionScoring.sameDay(stored: "2019-03-05", zone: nil, reference: "2019-03-04T15:00:00"))
    }
}
