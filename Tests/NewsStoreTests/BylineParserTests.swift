import Testing

@testable import NewsStore

@Suite struct BylineParserTests {
    let parser = BylineParser()

    @Test func nameWithARoleThatStartsWithTheOutlet() {
        #expect(
            parser.parse("By Peter Bergen, CNN National Security Analyst")
                == [Byline(name: "Peter Bergen", role: "CNN National Security Analyst", outlet: "CNN")])
    }

    @Test func twoNamesShareTheOutlet() {
        #expect(
            parser.parse("By Jane Doe and John Roe, CNN")
                == [Byline(name: "Jane Doe", outlet: "CNN"), Byline(name: "John Roe", outlet: "CNN")])
    }

    @Test func threeNamesInAnEnglishList() {
        #expect(parser.parse("Jane Doe, John Roe and Ann Poe, CNN").map(\.name) == ["Jane Doe", "John Roe", "Ann Poe"])
        #expect(parser.parse("Jane Doe, John Roe and Ann Poe, CNN").allSatisfy { $0.outlet == "CNN" && $0.role == nil })
    }

    @Test func outletAfterABarOrAComma() {
        #expect(parser.parse("Jane Doe | Reuters") == [Byline(name: "Jane Doe", outlet: "Reuters")])
        #expect(parser.parse("By Jane Doe, Reuters") == [Byline(name: "Jane Doe", outlet: "Reuters")])
        #expect(
            parser.parse("By Jane Doe, The Associated Press") == [Byline(name: "Jane Doe", outlet: "Associated Press")])
    }

    @Test func roleThatEndsWithTheOutlet() {
        #expect(
            parser.parse("By Jane Doe, Special to CNN") == [
                Byline(name: "Jane Doe", role: "Special to CNN", outlet: "CNN")
            ])
        #expect(
            parser.parse("By Jane Doe, Reporter for The Washington Post")
                == [Byline(name: "Jane Doe", role: "Reporter for The Washington Post", outlet: "The Washington Post")])
    }

    @Test func unknownShortCapitalisedPhraseIsAnOutletAndJobTitleIsARole() {
        #expect(
            parser.parse("By Jane Doe, The Straits Times") == [Byline(name: "Jane Doe", outlet: "The Straits Times")])
        #expect(parser.parse("By Jane Doe, Senior Writer") == [Byline(name: "Jane Doe", role: "Senior Writer")])
    }

    @Test func capitalsAreFoldedToNameCase() {
        #expect(parser.parse("By JANE DOE") == [Byline(name: "Jane Doe")])
        #expect(parser.parse("BY SEAN O'BRIEN-SMITH") == [Byline(name: "Sean O'Brien-Smith")])
    }

    @Test func storyByPrefixAndNameParticles() {
        #expect(parser.parse("Story by Ludwig van Beethoven") == [Byline(name: "Ludwig van Beethoven")])
        #expect(parser.parse("By George W. Bush") == [Byline(name: "George W. Bush")])
    }

    @Test func recognisesBylineLinesButNotSentencesStartingWithBy() {
        #expect(parser.isBylineLine("By Peter Bergen, CNN National Security Analyst"))
        #expect(parser.isBylineLine("Story by Jane Doe"))
        #expect(parser.isBylineLine("Jane Doe | Reuters"))
        #expect(parser.isBylineLine("By George W."))
        #expect(!parser.isBylineLine("By the time we arrived, the town was empty."))
        #expect(!parser.isBylineLine("By Monday the water had gone."))
        #expect(!parser.isBylineLine("Analysis | Opinion"))
        #expect(!parser.isBylineLine("What happens after ISIS loses Mosul?"))
        #expect(parser.parse("By the numbers").isEmpty)
    }
}
