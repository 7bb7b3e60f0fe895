import Testing

@testable import NewsStore

@Suite struct FTS5ValidatorTests {
    /// Why validating `expression` fails (the invalidQuery reason or FTS5's message), or nil when valid.
    private func refusal(_ expression: String) -> String? {
        do {
            try FTS5Validator.validate(expression)
            return nil
        } catch NewsStoreError.invalidQuery(_, let reason) {
            return reason
        } catch NewsStoreError.invalidFTS5Expression(_, let message) {
            return message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func acceptsValidRawExpressions() {
        for expression in [
            "mosul", "title : mosul NOT dabiq", "NEAR(mosul dabiq, 5)", "qayy*", "{title body} : mosul",
            "^ mosul", "\"victory bell\" OR (raqqa AND dabiq)",
        ] {
            #expect(refusal(expression) == nil, "\(expression)")
        }
    }

    @Test func syntaxErrorKeepsSQLitesDetailAndSuggestsThePlainLanguage() throws {
        let reason = try #require(refusal("mosul AND ("))
        #expect(reason.contains("fts5: syntax error near"))
        let error = #expect(throws: NewsStoreError.self) { try FTS5Validator.validate("mosul AND (") }
        #expect(error?.description.contains("or use the plain search language") == true)
    }

    @Test func unknownColumnIsReported() throws {
        let reason = try #require(refusal("foo : mosul"))
        #expect(reason.contains("no such column: foo"))
    }

    @Test func strayOperatorsAndUnclosedQuotesAreRejected() {
        for expression in ["AND", "mosul OR", "NOT mosul", "\"mosul", "mosul)"] {
            #expect(refusal(expression) != nil, "\(expression)")
        }
    }

    @Test func emptyAndNulExpressionsAreRejectedBeforeSQLite() {
        #expect(refusal("  ") == "empty query")
        #expect(refusal("mosul\0 AND (")?.contains("NUL") == true)
    }

    @Test func everyExpressionTheParserEmitsPassesTheValidator() throws {
        for text in [
            "al-Shourah", "qayy*", "mosul OR dabiq", "mosul -dabiq", "title:mosul", "(mosul OR dabiq) -raqqa", "NEAR",
        ] {
            let expression = try SearchQuery.parse(text).fts5Expression
            #expect(refusal(expression) == nil, "\(text) → \(expression)")
        }
    }
}
