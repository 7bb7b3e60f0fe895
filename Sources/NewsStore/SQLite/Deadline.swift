/// A moment on the monotonic clock after which a running statement is interrupted; a wall
/// clock set back or forward cannot stretch or cut it. `Connection.withDeadline` enforces it
/// (a progress handler and an interrupt timer), and `expired` then tells an interrupt from the
/// deadline apart from any other (the statement fails with SQLITE_INTERRUPT either way).
///
/// Not `Sendable`: it is checked on the thread of the connection it is installed on.
final class Deadline {
    /// When the statement must stop.
    let instant: ContinuousClock.Instant

    /// Set once the deadline interrupted a statement; the clock alone says so too after that.
    private var interrupted = false

    /// A deadline `seconds` (> 0) from now.
    init(secondsFromNow seconds: Double) {
        precondition(seconds > 0 && seconds.isFinite, "a deadline is a positive number of seconds away")
        instant = ContinuousClock.now.advanced(by: .seconds(seconds))
    }

    /// True once the deadline has passed. The interrupt timer fires on a clock that never runs
    /// ahead of this one, so a statement it interrupted always finds this true.
    var expired: Bool { interrupted || ContinuousClock.now >= instant }

    /// True (and remembered) when the deadline has passed: the statement must stop.
    func hasPassed() -> Bool {
        if !interrupted && ContinuousClock.now >= instant { interrupted = true }
        return interrupted
    }

    /// Records that the interrupt timer stopped a statement.
    func expire() { interrupted = true }
}
