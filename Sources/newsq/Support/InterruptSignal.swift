import Dispatch
import NewsStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C during a long import: the first SIGINT asks the import to stop after the batch it is
/// writing (so the report of what was stored still prints and the database is left committed);
/// a second one ends the process at once, which loses at most that uncommitted batch.
enum InterruptSignal {
    /// Runs `body` with SIGINT turned into `cancellation.cancel()`, then restores the default.
    static func catching<T>(_ cancellation: ImportCancellation, _ body: () throws -> T) rethrows -> T {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            cancellation.cancel()
            signal(SIGINT, SIG_DFL)
        }
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        return try body()
    }

    /// The exit status of a process stopped by SIGINT, by shell convention (128 + 2).
    static let exitStatus: Int32 = 130
}
