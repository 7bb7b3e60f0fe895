#if PostgreSQL
    import NewsStore
    import PostgresNIO

    /// One result row read by column name, with the types newsq stores; a value of another type
    /// is a `PostgresStoreError` naming the column.
    struct StoredRow {
        let row: PostgresRandomAccessRow

        init(_ row: PostgresRandomAccessRow) { self.row = row }

        func text(_ column: String) throws -> String { try decode(String.self, column) }
        func optionalText(_ column: String) throws -> String? { try decode(String?.self, column) }
        func int(_ column: String) throws -> Int { try decode(Int.self, column) }
        func optionalInt(_ column: String) throws -> Int? { try decode(Int?.self, column) }
        func double(_ column: String) throws -> Double { try decode(Double.self, column) }
        func optionalDouble(_ column: String) throws -> Double? { try decode(Double?.self, column) }
        func bool(_ column: String) throws -> Bool { try decode(Bool.self, column) }

        private func decode<T: PostgresDecodable>(_ type: T.Type, _ column: String) throws -> T {
            guard row.contains(column) else {
                throw PostgresStoreError(sqlState: nil, message: "no column \(column) in the result", sql: "")
            }
            do {
                return try row[column].decode(T.self)
            } catch {
                throw PostgresStoreError(sqlState: nil, message: "column \(column) is not a \(T.self)", sql: "")
            }
        }
    }
#endif
