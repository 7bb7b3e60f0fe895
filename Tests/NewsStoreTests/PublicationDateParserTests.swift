import Testing

@testable import NewsStore

@Suite struct PublicationDateParserTests {
    let parser = PublicationDateParser()

    typealias Stamp = PublicationDateParser.Stamp

    @Test func updatedStampInEasternTimeBecomesUTCWithItsZone() {
        #expect(
            parser.parse("Updated 1:01 PM ET, Mon October 17, 2016")
                == Stamp(storedText: "2016-10-17T17:01:00Z", timeZoneName: "America/New_York", isUpdate: true))
    }

    @Test func publishedStampWithDaylightAbbreviation() {
        #expect(
            parser.parse("Published 10:22 AM EDT, Thu June 1, 2017")
                == Stamp(storedText: "2017-06-01T14:22:00Z", timeZoneName: "America/New_York"))
    }

    @Test func easternTimeInJanuaryIsFiveHoursBehindUTC() {
        #expect(parser.parse("Updated 9:00 AM ET, Tue January 10, 2017")?.storedText == "2017-01-10T14:00:00Z")
        #expect(parser.parse("January 10, 2017 11:30 PM ET")?.storedText == "2017-01-11T04:30:00Z")
    }

    @Test func otherKnownZones() {
        #expect(
            parser.parse("3:00 PM PT, July 4, 2020")
                == Stamp(storedText: "2020-07-04T22:00:00Z", timeZoneName: "America/Los_Angeles"))
        #expect(
            parser.parse("3:00 PM CST, Jan 4, 2020")
                == Stamp(storedText: "2020-01-04T21:00:00Z", timeZoneName: "America/Chicago"))
        #expect(parser.parse("3:00 PM MT, Jan 4, 2020")?.storedText == "2020-01-04T22:00:00Z")
        #expect(
            parser.parse("14:05 GMT, 4 January 2020") == Stamp(storedText: "2020-01-04T14:05:00Z", timeZoneName: "UTC"))
        #expect(
            parser.parse("14:05 BST, 4 July 2020")
                == Stamp(storedText: "2020-07-04T13:05:00Z", timeZoneName: "Europe/London"))
    }

    @Test func bareDatesInSeveralSpellings() {
        for text in ["October 17, 2016", "2016-10-17", "Oct. 17, 2016", "Monday, 17 October 2016", "17th Oct 2016"] {
            #expect(parser.parse(text) == Stamp(storedText: "2016-10-17", timeZoneName: nil), "\(text)")
        }
        #expect(parser.parse("Oct. 16, 2016")?.storedText == "2016-10-16")
    }

    @Test func isoInstantsWithOffsetsAreConvertedToUTC() {
        #expect(
            parser.parse("2016-10-17T13:01:00-04:00") == Stamp(storedText: "2016-10-17T17:01:00Z", timeZoneName: nil))
        #expect(
            parser.parse("2016-10-17T17:01:00.000Z") == Stamp(storedText: "2016-10-17T17:01:00Z", timeZoneName: "UTC"))
        #expect(parser.parse("2016-10-17T22:31:00+0530")?.storedText == "2016-10-17T17:01:00Z")
    }

    @Test func timeWithoutAKnownZoneKeepsOnlyTheDate() {
        #expect(
            parser.parse("Updated 1:01 PM XYZ, Mon October 17, 2016") == Stamp(storedText: "2016-10-17", isUpdate: true)
        )
        #expect(parser.parse("Published on Apr 24, 2014 8:21 AM")?.storedText == "2014-04-24")
        #expect(parser.parse("Wednesday, 23 April 2014 16:07")?.storedText == "2014-04-23")
        #expect(parser.parse("2016-10-17T13:01:00")?.storedText == "2016-10-17")
    }

    @Test func textThatIsNotWhollyADateIsRefused() {
        for text in [
            "", "Breaking News", "October 2016 was warm", "February 30, 2016", "2016-13-01", "By Jane Doe", "17 of 20",
        ] {
            #expect(parser.parse(text) == nil, "\(text)")
        }
    }
}
