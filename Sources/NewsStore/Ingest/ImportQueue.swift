import Foundation

/// Runs `work` on several threads over jobs handed in by one thread, and hands the results back
/// to that thread in the order the jobs came in: parallel extraction feeding a single writer.
/// At most `window` jobs are in flight (submitted and not yet taken back), so memory stays flat
/// however many inputs there are.
///
/// With zero workers nothing runs in parallel: `submit` does the work on the calling thread
/// (the serial import, and the reference the parallel one is tested against).
///
/// `@unchecked Sendable`, and why that is sound: the mutable state (`jobs`, `results`,
/// `nextJob`, `closed`) is read and written only while holding `condition`; `work` is
/// `@Sendable`; `submitted` and `delivered` are touched only by the one thread that submits and
/// takes results (the owner, which also calls `close`). Workers keep the queue alive until
/// `close()` wakes them, so the owner must call `close()` (a `defer` right after creating it).
final class ImportQueue<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let work: @Sendable (Job) -> Output
    private let inline: Bool
    /// Jobs not yet started, by submission number; workers take them from `nextJob` on.
    private var jobs: [Int: Job] = [:]
    private var nextJob = 0
    /// Finished results waiting for the owner, by submission number.
    private var results: [Int: Output] = [:]
    private var closed = false
    /// Owner-only counters.
    private var submitted = 0
    private var delivered = 0
    /// Most jobs in flight at once.
    let window: Int

    /// Starts `workers` threads (none: work runs inline in `submit`).
    init(workers: Int, window: Int, work: @escaping @Sendable (Job) -> Output) {
        precondition(window > 0, "the window holds at least one job")
        self.work = work
        self.window = window
        inline = workers <= 0
        for _ in 0..<max(workers, 0) {
            // Extraction recurses over HTML trees: give workers the main thread's stack size.
            let thread = Thread { [self] in runWorker() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// True while fewer than `window` jobs are in flight.
    var hasRoom: Bool { submitted - delivered < window }

    /// True when every submitted job's result has been taken.
    var isEmpty: Bool { submitted == delivered }

    /// Queues a job (or, inline, runs it now). Call only while `hasRoom`.
    func submit(_ job: Job) {
        precondition(hasRoom, "submit only while the window has room")
        let number = submitted
        submitted += 1
        if inline {
            results[number] = work(job)
            return
        }
        condition.lock()
        jobs[number] = job
        condition.broadcast()
        condition.unlock()
    }

    /// The result of the oldest job not yet taken, waiting for it; nil when none is in flight.
    func next() -> Output? {
        guard submitted > delivered else { return nil }
        let number = delivered
        delivered += 1
        if inline { return results.removeValue(forKey: number) }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = results.removeValue(forKey: number) { return output }
            condition.wait()
        }
    }

    /// Stops the workers once they finish the job in hand; jobs not started are dropped.
    func close() {
        condition.lock()
        closed = true
        jobs.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func runWorker() {
        while let (number, job) = takeJob() {
            let output = work(job)
            condition.lock()
            results[number] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next job in submission order, waiting for one; nil once closed.
    private func takeJob() -> (Int, Job)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if closed { return nil }
            if let job = jobs.removeValue(forKey: nextJob) {
                nextJob += 1
                return (nextJob - 1, job)
            }
            condition.wait()
        }
    }
}
