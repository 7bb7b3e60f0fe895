import Foundation
import Testing

@testable import NewsStore

@Suite struct RowTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute(
            """
            CREATE TABLE t(id INTEGER PRIMARY KEY, title TEXT NOT NULL, url TEXT, score REAL, flag INTEGER);
            INSERT INTO t VALUES (1, 'After ISIS loses Mosul', NULL, 2.5, 1), (2, 'Qayyara', 'https://x', 3, 0);
            """)
    }

    @Test func namedAccessorsReadEachStorageClass() throws {
        let rows = try db.query("SELECT id, title, url, score, flag FROM t ORDER BY id") { row in
            (
                try row.int("id"), try row.text("title"), try row.optionalText("url"), try row.double("score"),
                try row.bool("flag")
            )
        }
        #expect(rows.count == 2)
        #expect(rows[0] == (1, "After ISIS loses Mosul", nil, 2.5, true))
        // An INTEGER widens to a Double; a present optional comes back.
        #expect(rows[1] == (2, "Qayyara", "https://x", 3.0, false))
    }

    @Test func namesMatchIgnoringASCIICaseAndTheLeftmostDuplicateWins() throws {
        let row = try db.queryFirst("SELECT a.id, b.id, a.Title FROM t a JOIN t b ON b.id = a.id + 1") { row in
            (try row.int("ID"), try row.text("title"))
        }
        #expect(row?.0 == 1)
        #expect(row?.1 == "After ISIS loses Mosul")
    }

    @Test func aColumnNotInTheResultIsAnErrorNamingItAndTheSQL() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.query("SELECT id, title FROM t") { try $0.text("titel") }
        }
        #expect(error.message.contains("no column named \"titel\""))
        #expect(error.message.contains("columns: id, title"))
        #expect(error.sql == "SELECT id, title FROM t")
    }

    @Test func nullInARequiredColumnIsAnErrorNotAnEmptyString() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.query("SELECT url FROM t WHERE id = ?", [1]) { try $0.text("url") }
        }
        #expect(error.message.contains("column \"url\" is NULL"))
        #expect(error.sql == "SELECT url FROM t WHERE id = ?")
        #expect(try db.query("SELECT url FROM t WHERE id = ?", [1]) { try $0.optionalText("url") } == [nil])
        #expect(
            throws: SQLiteError.self,
            "NULL is no zero either"
        ) { try db.query("SELECT NULL AS n") { try $0.int("n") } }
    }

    @Test func aValueOfAnotherStorageClassIsAnErrorThatDoesNotShowTheValue() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.query("SELECT title FROM t WHERE id = 1") { try $0.int("title") }
        }
        #expect(error.message.contains("column \"title\" holds text where an integer is expected"))
        #expect(!error.description.contains("Mosul"))
        #expect(throws: SQLiteError.self) { try db.query("SELECT 2.5 AS x") { try $0.optionalInt("x") } }
        #expect(throws: SQLiteError.self) { try db.query("SELECT 7 AS x") { try $0.text("x") } }
    }

    @Test func theNameMapIsBuiltPerStatementAndSurvivesReuse() throws {
        let statement = try db.cachedStatement("SELECT title, id FROM t ORDER BY id")
        #expect(statement.columnIndex(named: "id") == 1)
        #expect(statement.columnIndex(named: "Title") == 0)
        #expect(statement.columnIndex(named: "url") == nil)
        // The same cached statement serves the next call, names and all.
        #expect(try db.query("SELECT title, id FROM t ORDER BY id") { try $0.int("id") } == [1, 2])
        #expect(try db.query("SELECT title, id FROM t ORDER BY id") { try $0.int("id") } == [1, 2])
    }
}
