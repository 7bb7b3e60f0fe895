import Testing

@testable import NewsStore

/// Runs emitted expressions against the real schema, so each test proves what a user finds.
@Suite struct FTS5ExpressionTests {
    /// A fresh migrated in-memory store with four small articles, each known by a label.
    final class Fixture {
        let db: Connection

        init() throws {
            db = try Connection(path: ":memory:")
            _ = try Migrator().migrate(db)
            try add(
                "siege", title: "After ISIS loses Mosul", highlights: "Qayyara's oil fires still burn",
                body: "In al-Shourah the victory bell has rung. Families in Mūşil wait.",
                captions: "Smoke over Qayyara")
            try add(
                "dabiq", title: "Dabiq falls", highlights: "",
                body: "Rebels took Dabiq, the town of the prophecy. Mosul is next.", captions: "")
            try add(
                "raqqa", title: "Raqqa under pressure", highlights: "Mosul and Dabiq named",
                body: "Al Jazeera reported from Shourah. The bell rang twice in Raqqa.", captions: "")
            try add(
                "notes", title: "Notes on NEAR and the caret", highlights: "",
                body: "Musil is an old spelling; or, as some write, Mosil.", captions: "A map of Musil")
        }

        private func add(_ label: String, title: String, highlights: String, body: String, captions: String) throws {
            try db.run(
                """
                INSERT INTO article (title, highlights, body, captions, content_hash, imported_from, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, '2016-10-17T17:01:00Z')
                """,
                [title, highlights, body, captions, "hash-" + label, label])
        }

        /// The labels of the articles an FTS5 expression matches, sorted.
        func matches(expression: String) throws -> [String] {
            try db.query(
                """
                SELECT a.imported_from FROM article_fts JOIN article a ON a.id = article_fts.rowid
                WHERE article_fts MATCH ? ORDER BY a.imported_from
                """, [expression]
            ) { try $0.text("imported_from") }
        }

        /// The labels of the articles a user query finds.
        func search(_ query: String) throws -> [String] {
            try matches(expression: SearchQuery.parse(query).fts5Expression)
        }
    }

    @Test func hyphenatedNameIsSearchedAsOnePhraseNotTwoWords() throws {
        let store = try Fixture()
        // "raqqa" holds al and shourah apart; only the phrase must match.
        #expect(try store.search("al-Shourah") == ["siege"])
        #expect(try store.search("\"al-Shourah\"") == ["siege"])
        #expect(try store.search("al-shour*") == ["siege"])
    }

    @Test func apostropheNameMatchesTheTokensTheIndexHolds() throws {
        let store = try Fixture()
        #expect(try store.search("Qayyara's") == ["siege"])
        #expect(try store.search("Qayyara\u{2019}s") == ["siege"])
    }

    @Test func prefixStarStaysOutsideTheQuotesAndFindsTheName() throws {
        let store = try Fixture()
        #expect(try SearchQuery.parse("qayy*").fts5Expression == "\"qayy\" *")
        #expect(try store.search("qayy*") == ["siege"])
        #expect(try store.matches(expression: "\"qayy*\"").isEmpty, "the trap the emitter avoids")
    }

    @Test func upperCaseOrMatchesEitherSide() throws {
        let store = try Fixture()
        #expect(try store.search("mosul OR dabiq") == ["dabiq", "raqqa", "siege"])
        #expect(try store.search("qayyara OR rebels") == ["dabiq", "siege"])
    }

    @Test func lowerCaseOrIsAWordThatMustAppearToo() throws {
        let store = try Fixture()
        #expect(try store.search("musil or") == ["notes"])
        #expect(try store.search("mosul or dabiq").isEmpty)
    }

    @Test func minusWordLeavesArticlesOut() throws {
        let store = try Fixture()
        #expect(try store.search("mosul -dabiq") == ["siege"])
        #expect(try store.search("mosul NOT dabiq") == ["siege"])
        #expect(try store.search("bell -\"victory bell\"") == ["raqqa"])
    }

    @Test func quotedPhraseNeedsTheWordsInOrder() throws {
        let store = try Fixture()
        #expect(try store.search("\"victory bell\"") == ["siege"])
        #expect(try store.search("victory bell") == ["siege"])
        #expect(try store.search("\"bell victory\"").isEmpty)
    }

    @Test func fieldPrefixLimitsTheSearchToThatColumn() throws {
        let store = try Fixture()
        #expect(try SearchQuery.parse("title:mosul").fts5Expression == "title : \"mosul\"")
        #expect(try store.search("title:mosul") == ["siege"])
        #expect(try store.search("mosul") == ["dabiq", "raqqa", "siege"])
        #expect(try store.search("caption:qayy*") == ["siege"])
        #expect(try store.search("highlights:\"dabiq named\"") == ["raqqa"])
        #expect(try store.search("title:(raqqa OR dabiq)") == ["dabiq", "raqqa"])
        #expect(try store.search("body:mosul -title:mosul") == ["dabiq"])
    }

    @Test func unclosedQuoteIsSearchedAsAPhraseToTheEnd() throws {
        let store = try Fixture()
        let query = try SearchQuery.parse("\"mosul")
        #expect(query.notes.count == 1)
        #expect(try store.matches(expression: query.fts5Expression) == ["dabiq", "raqqa", "siege"])
        #expect(try store.search("\"victory bell") == ["siege"])
    }

    @Test func groupedAlternativesWithAnExclusion() throws {
        let store = try Fixture()
        #expect(
            try SearchQuery.parse("(mosul OR dabiq) -raqqa").fts5Expression == "(\"mosul\" OR \"dabiq\") NOT \"raqqa\"")
        #expect(try store.search("(mosul OR dabiq) -raqqa") == ["dabiq", "siege"])
    }

    @Test func fts5KeywordsInUserTextAreJustWords() throws {
        let store = try Fixture()
        #expect(try store.search("NEAR") == ["notes"])
        #expect(try store.search("NEAR(mosul dabiq)").isEmpty)
        #expect(try store.search("caret ^notes") == ["notes"])
        #expect(try store.search("mosul + dabiq") == ["dabiq", "raqqa"])
        #expect(try store.search("al-Shourah.") == ["siege"])
    }

    @Test func diacriticsFoldInBothDirections() throws {
        let store = try Fixture()
        #expect(try store.search("Mūşil") == ["notes", "siege"])
        #expect(try store.search("Musil") == ["notes", "siege"])
        #expect(try store.search("MŪŞIL") == ["notes", "siege"])
    }

    @Test func hostileCharactersNeverReachFTS5AsSyntax() throws {
        let store = try Fixture()
        let hostile = [
            "mosul\" : ^ + title:\"", "mosul\0dabiq", "\"\"mosul\"\"", "mosul:)", "title:title:mosul",
            "mosul AND AND OR dabiq", "((((mosul", "mosul)))) dabiq", "-(-dabiq) raqqa", "a*b*c* mosul",
            "col:umn:mosul", "mosul -", "\"mosul\"*\"dabiq\"", "mosul \u{201C}victory bell\u{201D}", "10:30 mosul",
        ]
        for text in hostile {
            do {
                _ = try store.search(text)
            } catch let error as NewsStoreError {
                guard case .invalidQuery = error else {
                    Issue.record("\(text.debugDescription): \(error)")
                    continue
                }
            } catch {
                Issue.record("\(text.debugDescription) reached SQLite: \(error)")
            }
        }
        #expect(try store.search("mosul\0dabiq") == ["dabiq", "raqqa"])
    }

    @Test func randomQueriesNeverProduceAnExpressionFTS5Rejects() throws {
        let store = try Fixture()
        let pieces = [
            "a", "b", "\"", "(", ")", "-", "*", ":", " OR ", " AND ", " NOT ", "^", "+", " ", "title:", "mosul",
        ]
        var random = SplitMix64(seed: 20_161_017)
        var valid = 0
        for _ in 0..<3_000 {
            let count = Int(random.next() % 12) + 1
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let query: SearchQuery
            do {
                query = try SearchQuery.parse(text)
            } catch NewsStoreError.invalidQuery {
                continue
            }
            do {
                _ = try store.matches(expression: query.fts5Expression)
                valid += 1
            } catch {
                Issue.record("\(text.debugDescription) → \(query.fts5Expression.debugDescription): \(error)")
            }
        }
        #expect(valid > 1_000, "most random queries still have words to search for")
    }

    /// A small seeded generator, so a failing random query can be reproduced.
    private struct SplitMix64 {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
