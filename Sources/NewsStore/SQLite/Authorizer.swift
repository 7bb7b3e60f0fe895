import CSQLite

/// An SQLite authorizer: SQLite asks it, while preparing a statement (and while re-preparing one
/// inside step after a schema change), whether each action the statement takes is allowed.
/// What is allowed is configuration handed in as `Rules`; the authorizer itself knows no table,
/// function or pragma. It records what it last refused, in words, so the caller can say why a
/// statement failed (SQLite's own message is only "not authorized").
///
/// ```swift
/// let authorizer = Authorizer(Authorizer.Rules(actions: [.select, .read]))
/// let rows = try db.withAuthorizer(authorizer) { try db.query(userSQL) { $0[0] } }
/// ```
///
/// Not `Sendable`: it is installed on one connection and called on that connection's thread.
final class Authorizer {
    /// A kind of action SQLite asks about. Creating and dropping (tables, indexes, views,
    /// triggers, virtual tables, temporary or not) are one action each.
    enum Action: Hashable, Sendable {
        case select, read, recursive, function, pragma
        case insert, update, delete
        case create, drop, alterTable, reindex, analyze
        case attach, detach, transaction, savepoint
        /// An action code this type does not name.
        case other(Int)
    }

    /// What an authorizer allows.
    struct Rules: Sendable {
        /// Actions allowed outright. Functions and pragmas are decided by the lists below
        /// instead, whatever this set holds.
        var actions: Set<Action>
        /// Functions refused by name (lower-case); every other function may be called.
        var deniedFunctions: Set<String> = []
        /// Pragmas allowed with or without an argument (lower-case).
        var pragmas: Set<String> = []
        /// Pragmas allowed only without an argument (reading, never setting, a value).
        var barePragmas: Set<String> = []
    }

    let rules: Rules

    /// What was last refused, in words ("INSERT into article", "the function load_extension()");
    /// nil when nothing was refused since the last `forgetDenial()`.
    private(set) var lastDenial: String?

    init(_ rules: Rules) { self.rules = rules }

    /// Forgets the last refusal, before preparing something whose refusals are to be told apart.
    func forgetDenial() { lastDenial = nil }

    /// The answer to one question from SQLite: `first` and `second` are the action's two
    /// arguments (a table and column, a pragma and its value, a function's name second).
    func authorize(_ code: Int32, _ first: String?, _ second: String?) -> Int32 {
        let action = Authorizer.action(code)
        switch action {
        case .function:
            let function = (second ?? "").lowercased()
            if !rules.deniedFunctions.contains(function) { return SQLITE_OK }
            return deny("the function \(function)()")
        case .pragma:
            let pragma = (first ?? "").lowercased()
            if rules.pragmas.contains(pragma) || (rules.barePragmas.contains(pragma) && second == nil) {
                return SQLITE_OK
            }
            return deny("PRAGMA \(pragma)" + (second.map { " = \($0)" } ?? ""))
        default:
            if rules.actions.contains(action) { return SQLITE_OK }
            return deny(Authorizer.words(for: action, first))
        }
    }

    private func deny(_ what: String) -> Int32 {
        lastDenial = what
        return SQLITE_DENY
    }

    static func action(_ code: Int32) -> Action {
        switch code {
        case SQLITE_SELECT: return .select
        case SQLITE_READ: return .read
        case SQLITE_RECURSIVE: return .recursive
        case SQLITE_FUNCTION: return .function
        case SQLITE_PRAGMA: return .pragma
        case SQLITE_INSERT: return .insert
        case SQLITE_UPDATE: return .update
        case SQLITE_DELETE: return .delete
        case SQLITE_CREATE_INDEX, SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_TABLE,
            SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_TEMP_VIEW, SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VIEW,
            SQLITE_CREATE_VTABLE:
            return .create
        case SQLITE_DROP_INDEX, SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_TABLE,
            SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_TEMP_VIEW, SQLITE_DROP_TRIGGER, SQLITE_DROP_VIEW,
            SQLITE_DROP_VTABLE:
            return .drop
        case SQLITE_ALTER_TABLE: return .alterTable
        case SQLITE_REINDEX: return .reindex
        case SQLITE_ANALYZE: return .analyze
        case SQLITE_ATTACH: return .attach
        case SQLITE_DETACH: return .detach
        case SQLITE_TRANSACTION: return .transaction
        case SQLITE_SAVEPOINT: return .savepoint
        default: return .other(Int(code))
        }
    }

    private static func words(for action: Action, _ object: String?) -> String {
        let on = object.map { " \($0)" } ?? ""
        switch action {
        case .insert: return "INSERT into" + on
        case .update: return "UPDATE of" + on
        case .delete: return "DELETE from" + on
        case .attach: return "ATTACH" + on
        case .detach: return "DETACH" + on
        case .transaction: return "transaction control (\(object ?? ""))"
        case .savepoint: return "SAVEPOINT"
        case .alterTable: return "ALTER TABLE"
        case .drop: return "DROP" + on
        case .create: return "CREATE" + on
        case .reindex: return "REINDEX" + on
        case .analyze: return "ANALYZE" + on
        case .select: return "SELECT"
        case .read: return "reading" + on
        case .recursive: return "a recursive query"
        case .function, .pragma: return "\(action)" + on
        case .other(let code): return "operation \(code)" + on
        }
    }
}
