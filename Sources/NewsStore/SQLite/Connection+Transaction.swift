import Foundation

extension Connection {
    /// How a transaction takes its lock.
    enum TransactionKind: String {
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so two writers cannot deadlock half-way.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// - Throws: whatever `body` throws, or `SQLiteError` from BEGIN/COMMIT.
    func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !isAutocommit { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` inside a savepoint, so a failure undoes only its own part of an outer
    /// transaction (one bad article in a batch import).
    func savepoint<T>(_ name: String = "item", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0 == "_" }, "savepoint names are identifiers")
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }
}
