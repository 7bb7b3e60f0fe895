import Testing

@testable import NewsStore

/// Why article_fts uses `unicode61 remove_diacritics 2`: the candidates side by side on the
/// three things a reporter needs from names.
@Suite struct TokenizerChoiceTests {
    struct Result: Equatable {
        var prefixFindsQayyara: Bool
        var diacriticsFold: Bool
        var hyphenatedNameFound: Bool
    }

    func check(tokenizer: String?) throws -> Result {
        let db = try Connection(path: ":memory:")
        let table: String
        if let tokenizer {
            try db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '\(tokenizer)')")
            table = "t"
        } else {
            try Migrator().migrate(db)  // the real index, through the real triggers
            table = "article_fts"
        }
        let texts = ["Iraqi forces reach the Qayyara airbase", "Mūşil is Mosul", "the area of al-Shourah"]
        for (offset, text) in texts.enumerated() {
            if tokenizer == nil {
                try db.run(
                    "INSERT INTO article(title, body, content_hash, imported_from, imported_at) VALUES ('t', ?, ?, 'x', 'x')",
                    [text, "h\(offset)"])
            } else {
                try db.run("INSERT INTO t(x) VALUES (?)", [text])
            }
        }
        func matches(_ expression: String) throws -> Bool {
            try db.queryFirst("SELECT count(*) FROM \(table) WHERE \(table) MATCH ?", [expression]) { $0.int(0) ?? 0 }
                ?? 0 > 0
        }
        return Result(
            prefixFindsQayyara: try matches("\"qayy\" *"), diacriticsFold: try matches("musil"),
            hyphenatedNameFound: try matches("\"al-Shourah\""))
    }

    @Test func theShippedIndexPassesAllThree() throws {
        #expect(
            try check(tokenizer: nil)
                == Result(prefixFindsQayyara: true, diacriticsFold: true, hyphenatedNameFound: true))
    }

    @Test func porterStemmingBreaksPrefixesOfPlaceNames() throws {
        #expect(try check(tokenizer: "porter unicode61 remove_diacritics 2").prefixFindsQayyara == false)
    }

    @Test func asciiAndTrigramTokenizersDoNotFoldDiacritics() throws {
        #expect(try check(tokenizer: "ascii").diacriticsFold == false)
        #expect(try check(tokenizer: "trigram").diacriticsFold == false)
    }
}
