import Testing

@testable import NewsStore

@Suite struct SavedQueryFileTests {
    func sqlQuery() throws -> SavedQuery {
        try SavedQuery(
            name: "articles-mentioning",
            description: "Articles that mention a place\nnewest first",
            kind: .sql,
            body:
                "-- ordinary comment: stays in the SQL\nSELECT id FROM article\nWHERE title LIKE :pattern AND id > :after",
            parameters: ["pattern", "after"], parameterDescriptions: ["pattern": "A LIKE pattern, e.g. %Mosul%"],
            createdAt: "2016-10-17T17:01:00Z", updatedAt: "2016-10-18T08:00:00Z")
    }

    @Test func renderedSQLQueryParsesBackToTheSameQuery() throws {
        let query = try sqlQuery()
        let text = SavedQueryFile.render(query)
        #expect(try SavedQueryFile.parse(text, fileName: "whatever.sql") == query)
        #expect(text.contains("-- param: pattern  A LIKE pattern, e.g. %Mosul%\n"))
    }

    @Test func renderedSearchParsesBackToTheSameQuery() throws {
        let query = try SavedQuery(
            name: "mosul.front_2", kind: .search, body: "mosul OR \"al-Shourah\" -weather",
            searchOptions: SearchOptions(sort: .newest, since: CalendarDay(iso: "2016-10-01"), place: "Mosul"))
        let text = SavedQueryFile.render(query)
        #expect(try SavedQueryFile.parse(text, fileName: "x.sql") == query)
        #expect(
            text.hasPrefix(
                "-- name: mosul.front_2\n-- kind: search\n-- option: sort=newest\n-- option: since=2016-10-01\n"
                    + "-- option: place=Mosul\n"))
    }

    @Test func nameDefaultsToTheFileNameAndKindToSQL() throws {
        let query = try SavedQueryFile.parse(
            "\n-- description: Every title\n\nSELECT title FROM article\n", fileName: "queries/all-titles.sql")
        #expect(query.name == "all-titles")
        #expect(query.kind == .sql)
        #expect(query.description == "Every title")
        #expect(query.body == "SELECT title FROM article")
        #expect(query.parameters.isEmpty)
        #expect(query.createdAt == nil)
    }

    @Test func fileWithoutABodyIsAnErrorNamingFileAndLine() throws {
        let error = #expect(throws: NewsStoreError.self) {
            try SavedQueryFile.parse("-- name: empty\n-- kind: sql\n", fileName: "empty.sql")
        }
        guard case .unreadableInput(let path, let reason)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(path == "empty.sql:3")
        #expect(reason.contains("no query after the header"))
    }

    @Test func badNameIsAnErrorOnItsLine() throws {
        let error = #expect(throws: NewsStoreError.self) {
            try SavedQueryFile.parse("-- kind: sql\n-- name: ../etc/passwd\nSELECT 1", fileName: "x.sql")
        }
        #expect(error?.description.hasPrefix("x.sql:2: \"../etc/passwd\" is not a valid name") == true)
    }

    @Test func badFileNameWithoutANameHeaderIsAnError() throws {
        #expect(throws: NewsStoreError.self) { try SavedQueryFile.parse("SELECT 1", fileName: "my query.sql") }
    }

    @Test func unknownHeaderIsAnErrorRatherThanSQL() throws {
        let error = #expect(throws: NewsStoreError.self) {
            try SavedQueryFile.parse("-- name: x\n-- descripton: typo\nSELECT 1", fileName: "x.sql")
        }
        #expect(error?.description.hasPrefix("x.sql:2: unknown header `-- descripton:`") == true)
    }

    @Test(arguments: [
        ("-- kind: table\nSELECT 1", "x.sql:1: kind must be"),
        ("-- option: since\nmosul", "x.sql:1: an option is written"),
        ("-- kind: search\n-- param: place\nmosul", "x.sql:2: a search takes no parameters"),
        ("-- name: a\n-- name: b\nSELECT 1", "x.sql:2: a second `-- name:` line"),
        ("-- param: place\n-- param: place\nSELECT :place", "x.sql:2: parameter place is listed twice"),
    ])
    func badHeaderValuesAreErrorsNamingTheLine(text: String, message: String) throws {
        let error = #expect(throws: NewsStoreError.self) { try SavedQueryFile.parse(text, fileName: "x.sql") }
        #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
    }

    @Test func windowsLineEndingsParse() throws {
        let query = try SavedQueryFile.parse(
            "-- name: crlf\r\n-- param: id  The id\r\nSELECT :id\r\n", fileName: "c.sql")
        #expect(query.parameters == ["id"])
        #expect(query.parameterDescription("id") == "The id")
        #expect(query.body == "SELECT :id")
    }
}
