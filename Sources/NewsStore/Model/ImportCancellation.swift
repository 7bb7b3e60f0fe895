import Foundation

/// A flag another thread (a SIGINT handler) raises to stop a long import or extraction after
/// the batch it is writing; what was committed stays and is reported.
///
/// `@unchecked Sendable`, and why that is sound: its one mutable field is read and written only
/// while holding `lock`.
public final class ImportCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// A flag not yet raised.
    public init() {}

    /// Asks the import to stop after the current batch.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// True once `cancel()` was called.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
