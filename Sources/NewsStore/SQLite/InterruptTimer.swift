import CSQLite
import Dispatch
import Foundation

/// Interrupts whatever a connection is running once a time has passed, from another thread.
///
/// The progress handler of `Connection.withDeadline` runs only between virtual-machine steps of
/// the statement itself; a virtual table can spend a long time inside one step (FTS5 merging
/// the doclists of every term a prefix like `x*` matches, in `xFilter`). `sqlite3_interrupt`
/// reaches in there, because the module's own reads on the same connection check the flag.
///
/// Why `@unchecked Sendable` is sound: the only shared state is `handle` and `armed`. `handle`
/// is used only for `sqlite3_interrupt`, which SQLite documents as safe to call from any thread
/// as long as the connection is not closed while it runs; it is called only while `armed` is
/// true, holding `lock`. `disarm()` clears `armed` holding the same lock, so once it returns no
/// call is running or can start, and `Connection.withDeadline` disarms before it returns, while
/// the connection (and so the handle) is still open.
final class InterruptTimer: @unchecked Sendable {
    private let handle: OpaquePointer?
    private let lock = NSLock()
    private var armed = true
    private var fired = false

    /// Schedules an interrupt of `handle` `seconds` (> 0) from now.
    init(handle: OpaquePointer?, seconds: Double) {
        precondition(seconds > 0 && seconds.isFinite, "an interrupt timer fires a positive number of seconds away")
        self.handle = handle
        // Capped so the nanoseconds fit; a deadline days away is as good as none.
        let nanoseconds = Int(min(seconds, 1e6) * 1e9)
        DispatchQueue.global(qos: .userInitiated).asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
            [self] in fire()
        }
    }

    private func fire() {
        lock.lock()
        defer { lock.unlock() }
        guard armed else { return }
        fired = true
        sqlite3_interrupt(handle)
    }

    /// Stops the timer for good; returns true when it had already interrupted the connection.
    @discardableResult
    func disarm() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        armed = false
        return fired
    }
}
