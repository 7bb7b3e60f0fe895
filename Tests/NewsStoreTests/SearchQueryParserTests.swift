import Testing

@testable import NewsStore

@Suite struct SearchQueryParserTests {
    /// The reason of the invalidQuery error `text` throws, or nil when it parses.
    private func refusal(_ text: String) -> String? {
        do {
            _ = try SearchQuery.parse(text)
            return nil
        } catch NewsStoreError.invalidQuery(_, let reason) {
            return reason
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func wordsAreQuotedAndAndedTogether() throws {
        let query = try SearchQuery.parse("mosul dabiq")
        #expect(query.fts5Expression == "\"mosul\" AND \"dabiq\"")
        #expect(query.terms == ["mosul", "dabiq"])
        #expect(query.notes.isEmpty)
    }

    @Test func explicitAndChangesNothing() throws {
        #expect(
            try SearchQuery.parse("mosul AND dabiq").fts5Expression == SearchQuery.parse("mosul dabiq").fts5Expression)
    }

    @Test func orBindsTighterThanTheSpaceBetweenWordsAsInWebSearch() throws {
        #expect(
            try SearchQuery.parse("mosul OR dabiq raqqa").fts5Expression == "(\"mosul\" OR \"dabiq\") AND \"raqqa\"")
        #expect(
            try SearchQuery.parse("raqqa mosul OR dabiq").fts5Expression == "\"raqqa\" AND (\"mosul\" OR \"dabiq\")")
        #expect(try SearchQuery.parse("a OR b OR c").fts5Expression == "\"a\" OR \"b\" OR \"c\"")
    }

    @Test func lowerCaseOrIsAWordAndSaysSo() throws {
        let query = try SearchQuery.parse("mosul or dabiq")
        #expect(query.fts5Expression == "\"mosul\" AND \"or\" AND \"dabiq\"")
        #expect(query.notes.count == 1)
        #expect(query.notes.first?.contains("OR in capitals") == true)
    }

    @Test func exclusionsAreCarriedToABinaryNot() throws {
        #expect(try SearchQuery.parse("mosul -dabiq -raqqa").fts5Expression == "\"mosul\" NOT (\"dabiq\" OR \"raqqa\")")
        #expect(try SearchQuery.parse("-dabiq mosul").fts5Expression == "\"mosul\" NOT \"dabiq\"")
        #expect(
            try SearchQuery.parse("mosul -(dabiq raqqa)").fts5Expression == "\"mosul\" NOT (\"dabiq\" AND \"raqqa\")")
        #expect(try SearchQuery.parse("mosul -dabiq").terms == ["mosul"])
    }

    @Test func hyphenInsideAWordIsNeverAnExclusion() throws {
        let query = try SearchQuery.parse("al-Shourah")
        #expect(query.fts5Expression == "\"al-Shourah\"")
        #expect(query.terms == ["al-Shourah"])
    }

    @Test func onlyExclusionsAreRefusedInPlainWords() {
        let reason = refusal("-dabiq")
        #expect(reason?.contains("only leaves words out") == true)
        #expect(reason?.contains("mosul -dabiq") == true)
        #expect(refusal("NOT dabiq")?.contains("only leaves words out") == true)
    }

    @Test func exclusionInsideOrIsDroppedWithANote() throws {
        let query = try SearchQuery.parse("mosul OR -dabiq")
        #expect(query.fts5Expression == "\"mosul\"")
        #expect(query.notes.contains { $0.contains("-dabiq") })
    }

    @Test func doubleExclusionKeepsTheWord() throws {
        #expect(try SearchQuery.parse("-(-dabiq)").fts5Expression == "\"dabiq\"")
    }

    @Test func fieldNamesAndAliasesBecomeColumnFilters() throws {
        #expect(try SearchQuery.parse("title:\"victory bell\"").fts5Expression == "title : \"victory bell\"")
        #expect(try SearchQuery.parse("Caption:mos*").fts5Expression == "captions : \"mos\" *")
        #expect(try SearchQuery.parse("highlight:oil").fts5Expression == "highlights : \"oil\"")
        #expect(try SearchQuery.parse("title: mosul").fts5Expression == "title : \"mosul\"")
        #expect(
            try SearchQuery.parse("title:(mosul body:dabiq)").fts5Expression == "title : \"mosul\" AND body : \"dabiq\""
        )
    }

    @Test func unknownFieldIsReportedWithTheFieldsThereAre() {
        #expect(refusal("foo:bar") == "unknown field foo; fields are title, highlights, body, captions")
    }

    @Test func colonsThatAreNotFieldsStayText() throws {
        #expect(try SearchQuery.parse("Mosul: the battle").fts5Expression == "\"Mosul:\" AND \"the\" AND \"battle\"")
        #expect(try SearchQuery.parse("10:30").fts5Expression == "\"10:30\"")
        #expect(try SearchQuery.parse("http://cnn.com").fts5Expression == "\"http://cnn.com\"")
    }

    @Test func emptyFieldIsIgnoredWithANote() throws {
        let query = try SearchQuery.parse("mosul title:")
        #expect(query.fts5Expression == "\"mosul\"")
        #expect(query.notes.contains { $0.contains("title:") })
        #expect(refusal("title:") != nil)
    }

    @Test func unbalancedQuoteBecomesAPhraseWithANote() throws {
        let query = try SearchQuery.parse("\"victory bell")
        #expect(query.fts5Expression == "\"victory bell\"")
        #expect(
            query.notes == [
                "the quote before \"victory bell\" was not closed; searched it as a phrase to the end of the query"
            ])
    }

    @Test func unbalancedParenthesesAreClosedOrIgnoredWithNotes() throws {
        let open = try SearchQuery.parse("(mosul OR dabiq")
        #expect(open.fts5Expression == "\"mosul\" OR \"dabiq\"")
        #expect(open.notes == ["added a missing ) at the end of the query"])
        let close = try SearchQuery.parse("mosul) dabiq")
        #expect(close.fts5Expression == "\"mosul\" AND \"dabiq\"")
        #expect(close.notes == ["ignored an unmatched )"])
    }

    @Test func strayOperatorsAreDroppedWithANote() throws {
        for text in ["mosul AND", "OR mosul", "mosul OR", "AND mosul", "mosul NOT", "mosul OR AND"] {
            let query = try SearchQuery.parse(text)
            #expect(query.fts5Expression == "\"mosul\"", "\(text)")
            #expect(!query.notes.isEmpty, "\(text)")
        }
    }

    @Test func operatorsAloneAreRefusedInPlainWords() {
        let expected = "the query has no words to search for; AND, OR and NOT need words on both sides"
        for text in ["AND", "OR", "NOT", "AND OR NOT", "( OR )"] {
            #expect(refusal(text) == expected, "\(text)")
        }
    }

    @Test func emptyAndWhitespaceQueriesAreRefused() {
        #expect(refusal("") == "empty query")
        #expect(refusal(" \t\n ") == "empty query")
    }

    @Test func textWithoutLettersOrDigitsIsRefused() {
        for text in ["\"", "***", "^", "\"\"", "()", "- * +"] {
            #expect(refusal(text)?.contains("no words to search for") == true, "\(text)")
        }
    }

    @Test func prefixOnAPhraseStarsTheLastWord() throws {
        #expect(try SearchQuery.parse("\"victory be\"*").fts5Expression == "\"victory be\" *")
        #expect(try SearchQuery.parse("qayy*").terms == ["qayy*"])
    }

    @Test func specialCharactersInsideWordsStayInsideTheQuotes() throws {
        #expect(try SearchQuery.parse("a*b").fts5Expression == "\"a*b\"")
        #expect(try SearchQuery.parse("^mosul").fts5Expression == "\"^mosul\"")
        #expect(try SearchQuery.parse("NEAR(a b)").fts5Expression == "\"NEAR\" AND \"a\" AND \"b\"")
        #expect(try SearchQuery.parse("-OR mosul").fts5Expression == "\"mosul\" NOT \"OR\"")
    }

    @Test func controlCharactersCountAsSpaces() throws {
        #expect(try SearchQuery.parse("mosul\0dabiq").fts5Expression == "\"mosul\" AND \"dabiq\"")
        #expect(try SearchQuery.parse("\"victory\0bell\"").fts5Expression == "\"victory bell\"")
    }

    @Test func veryLongQueriesAreRefusedWithTheLimit() {
        let long = String(repeating: "mosul ", count: 200)
        #expect(refusal(long)?.contains("limit is 1000") == true)
        let many = (1...65).map { "w\($0)" }.joined(separator: " ")
        #expect(refusal(many)?.contains("more than 64") == true)
        let sixtyFour = (1...64).map { "w\($0)" }.joined(separator: " ")
        #expect(refusal(sixtyFour) == nil)
    }

    @Test func deepNestingIsRefusedBeforeTheParserRecursesOnIt() throws {
        let parentheses = String(repeating: "(", count: 33) + "mosul" + String(repeating: ")", count: 33)
        #expect(refusal(parentheses)?.contains("more than 32 deep") == true)
        #expect(refusal(String(repeating: "NOT ", count: 40) + "mosul dabiq")?.contains("more than 32 deep") == true)
        let allowed = String(repeating: "(", count: 32) + "mosul" + String(repeating: ")", count: 32)
        #expect(try SearchQuery.parse(allowed).fts5Expression == "\"mosul\"")
    }
}
