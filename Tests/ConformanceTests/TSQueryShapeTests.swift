import Testing

#if PostgreSQL
    @testable import NewsStorePostgres

    /// Which tsqueries `ts_rank` scores word by word, read from the server's text of them: only
    /// those may be ranked over the title and highlights first.
    @Suite struct TSQueryShapeTests {
        @Test func aWordAndAnOrOfWordsAreRankedWordByWord() {
            #expect(TSQueryShape("'said'").ranksWordByWord)
            #expect(TSQueryShape("'said' | 'told' | 'it''s'").ranksWordByWord)
            #expect(TSQueryShape("'said' | 'told' | 'it''s'").anyWord == "'said' | 'told' | 'it''s'")
            // The root is the OR, whatever its operands are.
            #expect(TSQueryShape("'said' | 'prime' <-> 'minister'").ranksWordByWord)
            #expect(TSQueryShape("'said':A | 'said'").anyWord == "'said'")
        }

        @Test func phrasesAndsPrefixesAndNegationsAreNot() {
            #expect(!TSQueryShape("'prime' <-> 'minister'").ranksWordByWord)
            #expect(!TSQueryShape("'a' <2> 'b'").ranksWordByWord)
            #expect(!TSQueryShape("'government' & 'police'").ranksWordByWord)
            #expect(!TSQueryShape("( 'a' | 'b' ) & 'c'").ranksWordByWord)
            #expect(!TSQueryShape("'mos':*").ranksWordByWord)
            #expect(!TSQueryShape("'a' | 'mos':*A").ranksWordByWord)
            #expect(!TSQueryShape("'a' | !'b'").ranksWordByWord)
            #expect(!TSQueryShape("").ranksWordByWord)
            #expect(!TSQueryShape("'unclosed").ranksWordByWord)
        }

        @Test func theIndexAnswersWordsPrefixesAndNegationsButNotPhrasesOrFields() {
            #expect(TSQueryShape("'said' & !'police'").indexAnswersExactly)
            #expect(TSQueryShape("'mos':* | 'said'").indexAnswersExactly)
            #expect(!TSQueryShape("'prime' <-> 'minister'").indexAnswersExactly)
            #expect(!TSQueryShape("'said':A").indexAnswersExactly)
            #expect(!TSQueryShape("'mos':*A").indexAnswersExactly)
        }
    }
#endif
