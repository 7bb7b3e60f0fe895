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
            let tls: PostgresConnection.Configuration.TLS
            do {
                tls = try Self.tls(location)
            } catch {
                let roots = location.rootCertificates.map { "sslrootcert \($0)" } ?? "the system's trusted roots"
                throw NewsStoreError.cannotOpen(
                    path: location.description, reason: "cannot set up TLS with \(roots) (\(error))")
            }
            var configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: tls)
            configuration.options.connectTimeout = .seconds(10)
            do {
                connection = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1,
                    logger: logger
                ).wait()
            } catch {
                throw NewsStoreError.cannotOpen(path: location.description, reason: Self.reason(error, location))
            }
        }

        /// Why a connection failed, in words for the two TLS failures a user can fix in the URL.
        private static func reason(_ error: any Error, _ location: PostgresLocation) -> String {
            let message = PostgresStoreError(error, sql: "").message
            if (error as? PSQLError)?.code == .sslUnsupported {
                return "the server does not offer TLS (sslmode=\(location.tlsMode.rawValue)); turn ssl on at the "
                    + "server, or connect with sslmode=disable"
            }
            if message.contains("CERTIFICATE_VERIFY_FAILED") {
                return "the server's certificate could not be verified (sslmode=\(location.tlsMode.rawValue)); name "
                    + "the certificate of its authority with sslrootcert=/path/ca.pem, or use sslmode=require"
            }
            return message
        }

        deinit {
            try? connection.close().wait()
        }

        /// postgres-nio's TLS setting for the location's `sslmode`, through NIOSSL (which
        /// postgres-nio brings): what libpq does for each mode, the roots from `sslrootcert`.
        private static func tls(_ location: PostgresLocation) throws -> PostgresConnection.Configuration.TLS {
            func context(_ verification: CertificateVerification) throws -> NIOSSLContext {
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = verification
                if let roots = location.rootCertificates { configuration.trustRoots = .file(roots) }
                return try NIOSSLContext(configuration: configuration)
            }
            switch location.tlsMode {
            case .disable: return .disable
            case .prefer: return .prefer(try context(.none))
            case .require: return .require(try context(.none))
            case .verifyCA: return .require(try context(.noHostnameVerification))
            case .verifyFull: return .require(try context(.fullVerification))
            }
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
