#if PostgreSQL
    import Foundation
    import NewsStore
    import PostgresNIO

    /// A saved query's rows gathered as the server sends them, cut at the row cap or the byte
    /// budget: at the cut the statement is stopped, so a query that returns gigabytes never
    /// has more than the budget in memory. postgres-nio hands rows over on its event loop while
    /// the caller waits; the lock makes the hand-over safe.
    final class SavedQueryRows: @unchecked Sendable {
        /// Thrown from the row callback to stop the statement at a cap; not an error to the user.
        struct Stopped: Error {}

        private let rowLimit: Int
        private let byteLimit: Int
        private let lock = NSLock()
        private var columns: [String] = []
        private var rows: [[SQLiteValue]] = []
        private var bytes = 0
        private var truncatedBy: QueryResult.Limit?

        init(rowLimit: Int, byteLimit: Int) {
            self.rowLimit = rowLimit
            self.byteLimit = byteLimit
        }

        /// Takes one row, or stops the statement once a cap is reached.
        /// - Throws: `Stopped` at the row cap or when the row would pass the byte budget.
        func add(_ row: PostgresRow) throws {
            try lock.withLock {
                if columns.isEmpty { columns = row.map(\.columnName) }
                guard rows.count < rowLimit else {
                    truncatedBy = .rows
                    throw Stopped()
                }
                let converted = row.map(Self.value)
                bytes += converted.reduce(0) { $0 + $1.budgetBytes }
                guard bytes <= byteLimit else {
                    truncatedBy = .bytes
                    throw Stopped()
                }
                rows.append(converted)
            }
        }

        /// True once a cap stopped the statement.
        var stopped: Bool { lock.withLock { truncatedBy != nil } }

        /// What was gathered, and which cap stopped it, if one did.
        var result: QueryResult {
            lock.withLock { QueryResult(columns: columns, rows: rows, truncatedBy: truncatedBy) }
        }

        /// A server value as the SQLite-shaped values results carry: integers, reals, booleans as
        /// 0 or 1, text; a type newsq does not read becomes its name in angle brackets.
        private static func value(_ cell: PostgresCell) -> SQLiteValue {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int2, .int4, .int8:
                if let number = try? cell.decode(Int.self) { return .integer(Int64(number)) }
            case .float4, .float8:
                if let number = try? cell.decode(Double.self) { return .real(number) }
            case .numeric:
                if let number = try? cell.decode(Decimal.self) {
                    return .real(NSDecimalNumber(decimal: number).doubleValue)
                }
            case .bool:
                if let flag = try? cell.decode(Bool.self) { return .integer(flag ? 1 : 0) }
            case .bytea:
                if let data = try? cell.decode(Data.self) { return .blob([UInt8](data)) }
            case .timestamp, .timestamptz, .date:
                if let date = try? cell.decode(Date.self) { return .text(date.formatted(.iso8601)) }
            default:
                break
            }
            if let text = try? cell.decode(String.self) { return .text(text) }
            return .text("<\(cell.dataType)>")
        }
    }
#endif
