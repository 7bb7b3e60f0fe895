#if PostgreSQL
    import NewsStore

    extension PostgresSession {
        /// The author row for `name`, one per person across articles (matched by folded name),
        /// made when the store does not know it yet: what the article writer and the export
        /// record writer both attach bylines to.
        func authorID(for name: String) throws -> Int {
            // DO UPDATE (a no-op) so RETURNING gives the id of a row another article made.
            let id = try queryFirst(
                """
                INSERT INTO author(name, name_key) VALUES ($1, $2)
                ON CONFLICT (name_key) DO UPDATE SET name_key = excluded.name_key RETURNING id
                """, [name, StorageEngineSupport.authorKey(name)]
            ) { try $0.int("id") }
            guard let id else {
                throw PostgresStoreError(sqlState: nil, message: "no id returned", sql: "INSERT INTO author")
            }
            return id
        }
    }
#endif
