import CSQLite
import Foundation

extension Connection {
    /// Copies the main database, as one consistent snapshot, into the new empty file at `path`
    /// with SQLite's online backup API. Every page is copied in one step, inside one read
    /// transaction: in WAL mode writers on other connections go on meanwhile, and the copy is
    /// the database as it was when the step began. The copy keeps the source's journal mode.
    ///
    /// The caller creates the file (with the permissions it wants); a missing file is an error,
    /// so nothing is created here by mistake.
    /// - Throws: `SQLiteError` when the file cannot be opened or the copy fails (the file may
    ///   then hold a partial copy; the caller removes it).
    func backup(toEmptyFile path: String) throws {
        var destination: OpaquePointer?
        let opened = sqlite3_open_v2(
            path, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        defer { sqlite3_close_v2(destination) }
        guard opened == SQLITE_OK else { throw SQLiteError(code: opened, connection: destination, sql: nil) }
        guard let backup = sqlite3_backup_init(destination, "main", handle, "main") else {
            throw SQLiteError(code: sqlite3_extended_errcode(destination), connection: destination, sql: nil)
        }
        var step = sqlite3_backup_step(backup, -1)
        // Busy only while another connection holds a lock the read needs (a checkpoint
        // truncating the WAL, or a writer in rollback-journal mode): wait a little, then give up.
        var waits = 0
        while (step == SQLITE_BUSY || step == SQLITE_LOCKED) && waits < 100 {
            sqlite3_sleep(50)
            waits += 1
            step = sqlite3_backup_step(backup, -1)
        }
        // sqlite3_backup_finish returns the error of the failed step, if any.
        let finished = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE, finished == SQLITE_OK else {
            // A step that stayed busy is no error to finish; SQLite's name for the code says it.
            if finished != SQLITE_OK { throw SQLiteError(code: finished, connection: destination, sql: nil) }
            throw SQLiteError(code: step, connection: nil, sql: nil)
        }
    }
}
