import Testing

@testable import NewsStore

@Suite struct SavedQueryTests {
    @Test(arguments: ["a", "articles-mentioning", "top_places.2016", "Q1", String(repeating: "x", count: 64)])
    func namesSafeAsFileNamesAreAccepted(name: String) {
        #expect(SavedQuery.isValidName(name))
    }

    @Test(arguments: ["", "-x", ".hidden", "_x", "a b", "a/b", "../x", "café", String(repeating: "x", count: 65)])
    func namesThatAreNotSafeFileNamesAreRefusedInWords(name: String) {
        #expect(!SavedQuery.isValidName(name))
        let error = #expect(throws: NewsStoreError.self) { try SavedQuery.validateName(name) }
        #expect(error?.description.contains("1 to 64 ASCII letters") == true)
    }

    @Test func searchWithParametersAndEmptyBodiesAreRefused() {
        #expect(throws: NewsStoreError.self) {
            try SavedQuery(name: "s", kind: .search, body: "mosul", parameters: ["x"])
        }
        #expect(throws: NewsStoreError.self) { try SavedQuery(name: "s", kind: .sql, body: " \n ") }
        #expect(throws: NewsStoreError.self) {
            try SavedQuery(name: "s", kind: .sql, body: "SELECT 1", parameterDescriptions: ["a": "1\n2"])
        }
        #expect(throws: NewsStoreError.self) {
            try SavedQuery(name: "s", kind: .sql, body: "SELECT 1", searchOptions: SearchOptions(place: "Mosul"))
        }
    }

    @Test(arguments: [
        ("2016", SQLiteValue.integer(2016)),
        ("-3", .integer(-3)),
        ("0", .integer(0)),
        ("36.34", .real(36.34)),
        ("-0.5", .real(-0.5)),
        ("007", .text("007")),
        ("2016-10-17", .text("2016-10-17")),
        ("1e5", .text("1e5")),
        ("+3", .text("+3")),
        ("3.", .text("3.")),
        (".5", .text(".5")),
        ("99999999999999999999", .text("99999999999999999999")),
        ("Mosul", .text("Mosul")),
        ("", .text("")),
    ])
    func commandLineParameterTextBindsAsNumberOnlyWhenItIsAPlainNumber(text: String, value: SQLiteValue) {
        #expect(SavedQuery.parameterValue(text) == value)
    }
}
