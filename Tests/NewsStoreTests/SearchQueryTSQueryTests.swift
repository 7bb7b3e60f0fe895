import Testing

@testable import NewsStore

/// The tsquery compiler, without a server: each query class of the language and the text
/// PostgreSQL is given for it (the conformance suite runs them against a real server).
@Suite struct SearchQueryTSQueryTests {
    private func compiled(_ text: String) throws -> SearchQuery.TSQuery {
        try SearchQuery.parse(text).tsQuery()
    }

    @Test func wordsSideBySideMustAllMatch() throws {
        #expect(try compiled("Mosul dabiq").match == "'mosul' & 'dabiq'")
    }

    @Test func aQuotedPhraseKeepsItsWordsNextToEachOther() throws {
        #expect(try compiled("\"victory bell\"").match == "'victory' <-> 'bell'")
    }

    @Test func orMatchesEitherSideAndBindsTighterThanTheSpace() throws {
        #expect(try compiled("mosul OR dabiq raqqa").match == "('mosul' | 'dabiq') & 'raqqa'")
    }

    @Test func aLeftOutWordBecomesAndNot() throws {
        let query = try compiled("mosul -dabiq")
        #expect(query.match == "'mosul' & !'dabiq'")
        #expect(query.rank == "'mosul'")
    }

    @Test func aLeftOutPhraseAndGroupAreNegatedWhole() throws {
        #expect(try compiled("mosul -\"victory bell\"").match == "'mosul' & !('victory' <-> 'bell')")
        #expect(try compiled("mosul NOT (dabiq OR raqqa)").match == "'mosul' & !('dabiq' | 'raqqa')")
    }

    @Test func aPrefixStarMarksTheLastWordOnly() throws {
        #expect(try compiled("qayy*").match == "'qayy':*")
        #expect(try compiled("\"al-Shour\"*").match == "'al' <-> 'shour':*")
    }

    @Test func aFieldBecomesTheWeightOfEveryWordInIt() throws {
        #expect(try compiled("title:mosul").match == "'mosul':A")
        #expect(try compiled("highlights:qayy*").match == "'qayy':*B")
        #expect(try compiled("body:\"victory bell\"").match == "'victory':C <-> 'bell':C")
        #expect(try compiled("captions:(smoke OR fire)").match == "'smoke':D | 'fire':D")
    }

    @Test func hyphenatedAndApostrophedNamesArePhrases() throws {
        #expect(try compiled("al-Shourah").match == "'al' <-> 'shourah'")
        #expect(try compiled("Qayyara's fires").match == "('qayyara' <-> 's') & 'fires'")
    }

    @Test func diacriticsAreLeftForTheServersConfigurationToFold() throws {
        #expect(try compiled("Mūşil").match == "'mūşil'")
    }

    @Test func theRankPartDropsEveryExclusionButKeepsAlternatives() throws {
        let query = try compiled("(mosul -dabiq) OR raqqa")
        #expect(query.match == "('mosul' & !'dabiq') | 'raqqa'")
        #expect(query.rank == "'mosul' | 'raqqa'")
    }

    @Test func nothingTypedBecomesTsquerySyntax() throws {
        let query = try compiled("it's & c|d !e <-> f\\g 'h'")
        #expect(query.match == "('it' <-> 's') & ('c' <-> 'd') & 'e' & ('f' <-> 'g') & 'h'")
    }
}
