import Foundation
import Testing

@testable import NewsStore

/// Work done on several threads comes back in the order it went in, never more in flight than
/// the window.
@Suite struct ImportQueueTests {
    @Test func resultsComeBackInSubmissionOrderWhateverOrderTheyFinishIn() {
        let queue = ImportQueue<Int, Int>(workers: 3, window: 5) { number in
            // Early jobs take longest, so they finish after later ones.
            var sum = 0
            for step in 0..<((40 - number) * 20_000) { sum &+= step }
            return number * 10 + (sum == -1 ? 1 : 0)
        }
        defer { queue.close() }
        var results: [Int] = []
        var next = 0
        while next < 40 || !queue.isEmpty {
            while next < 40 && queue.hasRoom {
                queue.submit(next)
                next += 1
            }
            #expect(!queue.hasRoom || next == 40)
            if let result = queue.next() { results.append(result) }
        }
        #expect(results == (0..<40).map { $0 * 10 })
        #expect(queue.next() == nil)
    }

    @Test func withoutWorkersTheWorkRunsOnTheCallingThread() {
        let queue = ImportQueue<Int, Bool>(workers: 0, window: 1) { _ in Thread.isMainThread }
        defer { queue.close() }
        queue.submit(1)
        #expect(!queue.hasRoom)
        #expect(queue.next() == Thread.isMainThread)
    }
}
