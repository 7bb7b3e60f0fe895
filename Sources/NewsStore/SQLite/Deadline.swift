/// A moment on the monotonic clock after which a running statement is interrupted; a wall
/// clock set back or forward cannot stretch or cut it. `Connection.withDeadline` checks it from
/// SQLite's progress handler, and `expired` then tells an interrupt from the deadline apart
/// from any other (the statement fails with SQLITE_INTERRUPT either way).
///
/// Not `Sendable`: it is checked on the thread of the connection it is installed on.
final class Deadline {
    /// When the statement must stop.
    let instant: ContinuousClock.Instant

    /// True once the deadline interrupted a statement.
    private(set) var expired = false

    /// A deadline `seconds` (> 0) from now.
    init(secondsFromNow seconds: Double) {
        precondition(seconds > 0 && seconds.isFinite, "a deadline is a positive number of seconds away")
        instant = ContinuousClock.now.advanced(by: .seconds(seconds))
    }

    /// True (and remembered) when the deadline has passed: the statement must stop.
    func hasPassed() -> Bool {
        if !expired && ContinuousClock.now >= instant { expired = true }
        return expired
    }
}
