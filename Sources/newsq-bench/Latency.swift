/// Percentiles of repeated measurements, in milliseconds.
struct Latency: Sendable {
    /// Every timed run, in milliseconds, in the order they ran.
    let milliseconds: [Double]

    /// The median.
    var p50: Double { Self.percentile(milliseconds, 0.50) }
    /// The 95th percentile (nearest rank: with 15 runs, the largest but none).
    var p95: Double { Self.percentile(milliseconds, 0.95) }

    /// Nearest-rank percentile of `values` (not empty).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Runs `body` `warmups` times untimed, then `runs` times timed with the monotonic clock.
    static func measure(warmups: Int, runs: Int, _ body: () throws -> Void) rethrows -> Latency {
        for _ in 0..<warmups { try body() }
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            times.append(elapsed.milliseconds)
        }
        return Latency(milliseconds: times)
    }
}
