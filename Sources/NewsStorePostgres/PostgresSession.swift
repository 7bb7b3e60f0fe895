#if PostgreSQL
    import Logging
    import NIOCore
    import NIOPosix
    import NewsStore
    import PostgresNIO

    /// A value bound to a `$n` placeholder; nil binds SQL NULL.
    typealias PostgresBind = (any PostgresDynamicTypeEncodable)?

    /// One connection to the server, used synchronously: each call sends its statement on
    /// postgres-nio's event loop and waits for the whole result (the storage boundary is synchronous
    /// by decision, see `NewsStorage`). Statements take `$1, $2 …` placeholders bound to values,
    /// never interpolated text.
    ///
    /// Not `Sendable` in spirit: one session serves one store, used from one thread at a time.
    final class PostgresSession {
        private let connection: PostgresConnection
        private let logger: Logger
        /// Open transactions and savepoints, so `transaction` nests.
        private var depth = 0

        /// Connects and authenticates.
        /// - Throws: `NewsStoreError.cannotOpen` with the server's or the network's words.
        init(_ location: PostgresLocation) throws {
            // postgres-nio logs at debug and trace; newsq's output stays its own.
            logger = Logger(label: "newsq.postgresql", factory: { _ in SwiftLogNoOpLogHandler() })
            var configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: .disable)
            configuration.options.connectTimeout = .seconds(10)
            guard !location.requireTLS else {
                throw NewsStoreError.cannotOpen(
                    path: location.description, reason: "sslmode=require is not supported yet; connect without TLS")
            }
            do {
                connection = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1,
                    logger: logger
                ).wait()
            } catch {
                throw NewsStoreError.cannotOpen(
                    path: location.description, reason: PostgresStoreError(error, sql: "").message)
            }
        }

        deinit {
            try? connection.close().wait()
        }

        /// Runs one statement and returns its rows.
        /// - Throws: `PostgresStoreError`.
        func query(_ sql: String, _ values: [PostgresBind] = []) throws -> [PostgresRandomAccessRow] {
            var bindings = PostgresBindings(capacity: values.count)
            for value in values {
                if let value { bindings.append(value) } else { bindings.appendNull() }
            }
            return try query(sql, bindings: bindings)
        }

        /// Runs one statement with bindings made by the caller (values of a type the server infers).
        /// - Throws: `PostgresStoreError`.
        func query(_ sql: String, bindings: PostgresBindings) throws -> [PostgresRandomAccessRow] {
            do {
                let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
                return result.rows.map { $0.makeRandomAccess() }
            } catch {
                throw PostgresStoreError(error, sql: sql)
            }
        }

        /// Runs one statement, handing each row to `onRow` as it arrives instead of gathering the
        /// result: `onRow` throwing stops the statement, and what it threw is thrown here, so a
        /// reader can stop before the rows it does not want reach memory.
        /// - Throws: what `onRow` threw, or `PostgresStoreError`.
        func stream(
            _ sql: String, bindings: PostgresBindings, _ onRow: @escaping @Sendable (PostgresRow) throws -> Void
        )
            throws
        {
            do {
                _ = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger, onRow).wait()
            } catch let error as PSQLError {
                throw PostgresStoreError(error, sql: sql)
            }
        }

        /// The first row of a statement's result, decoded, or nil when it has none.
        /// - Throws: `PostgresStoreError`; what `decode` throws.
        func queryFirst<T>(_ sql: String, _ values: [PostgresBind] = [], _ decode: (StoredRow) throws -> T) throws -> T?
        {
            try query(sql, values).first.map { try decode(StoredRow($0)) }
        }

        /// Every row of a statement's result, decoded.
        /// - Throws: `PostgresStoreError`; what `decode` throws.
        func query<T>(_ sql: String, _ values: [PostgresBind] = [], _ decode: (StoredRow) throws -> T) throws -> [T] {
            try query(sql, values).map { try decode(StoredRow($0)) }
        }

        /// Runs one statement for its effect.
        /// - Throws: `PostgresStoreError`.
        func run(_ sql: String, _ values: [PostgresBind] = []) throws {
            _ = try query(sql, values)
        }

        /// Runs `body` in a transaction (`BEGIN`, or a savepoint inside one): committed when it
        /// returns, rolled back when it throws.
        /// - Throws: what `body` throws, or `PostgresStoreError`.
        func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
            let savepoint = "newsq_\(depth)"
            try run(depth == 0 ? begin : "SAVEPOINT \(savepoint)")
            depth += 1
            defer { depth -= 1 }
            do {
                let result = try body()
                try run(depth == 1 ? "COMMIT" : "RELEASE SAVEPOINT \(savepoint)")
                return result
            } catch {
                // After a lost connection there is nothing to roll back: keep the first error.
                try? run(depth == 1 ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT \(savepoint)")
                throw error
            }
        }

        /// True inside `transaction`.
        var inTransaction: Bool { depth > 0 }
    }
#endif
