import Testing

#if PostgreSQL
    @testable import NewsStorePostgres

    /// The PostgreSQL engine's text handling that needs no server: saved-query parameters and the
    /// splitting of migration files into statements.
    @Suite struct PostgreSQLTextTests {
        @Test func namedParametersBecomeNumberedOnesInOrderOfFirstUse() {
            let text = SavedSQLText(
                "SELECT * FROM event WHERE date_start >= :from AND date_end <= :to OR date_start = :from")
            #expect(text.sql == "SELECT * FROM event WHERE date_start >= $1 AND date_end <= $2 OR date_start = $1")
            #expect(text.parameters == ["from", "to"])
        }

        @Test func castsQuotesAndCommentsKeepTheirColons() {
            let text = SavedSQLText(
                """
                -- :not a parameter
                SELECT ':nor this', "a:b", $$:nor$$, count(*)::text /* :no */ FROM article WHERE id = :id
                """)
            #expect(text.parameters == ["id"])
            #expect(text.sql.hasSuffix("count(*)::text /* :no */ FROM article WHERE id = $1"))
            #expect(text.sql.contains("':nor this', \"a:b\", $$:nor$$"))
        }

        @Test func migrationsSplitAtLineEndSemicolonsOutsideDollarQuotes() {
            let statements = PostgresMigrator.statements(
                of: """
                    -- a comment; with a semicolon
                    CREATE TABLE a (x int);
                    CREATE FUNCTION f() RETURNS int LANGUAGE sql
                    AS $$ SELECT 1;
                    $$;
                    CREATE INDEX a_x ON a(x);
                    """)
            #expect(statements.count == 3)
            #expect(statements[1].hasPrefix("CREATE FUNCTION") && statements[1].hasSuffix("$$;"))
        }

        @Test func theEmbeddedSchemaSplitsIntoStatementsThatEachEndTheirLine() {
            let migrations = PostgresMigrator().migrations
            #expect(migrations.map(\.version) == Array(1...migrations.count))
            for migration in migrations {
                let statements = PostgresMigrator.statements(of: migration.sql)
                #expect(!statements.isEmpty)
                #expect(statements.allSatisfy { $0.hasSuffix(";") })
            }
        }

        @Test func aLocationNeverShowsItsPassword() throws {
            let location = try PostgresLocation("postgresql://newsq:s3cret@db.local:6543/news?sslmode=disable")
            #expect(location.description == "postgresql://newsq@db.local:6543/news")
            #expect(location.password == "s3cret")
            #expect(!PostgresLocation.redacted("postgresql://newsq:s3cret@db.local/news").contains("s3cret"))
        }
    }
#endif
