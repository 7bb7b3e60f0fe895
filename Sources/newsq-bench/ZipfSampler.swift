import Foundation

/// Draws ranks 0..<n with probability proportional to 1 / (rank + 1)^s: the shape of word
/// frequencies in text (a few words everywhere, a long tail of words in few articles), so FTS5
/// posting lists have realistic lengths for both common and rare terms.
struct ZipfSampler: Sendable {
    private let cumulative: [Double]

    /// A sampler over `count` ranks with exponent `exponent` (about 1 for English words).
    init(count: Int, exponent: Double) {
        precondition(count > 0, "ZipfSampler needs at least one rank")
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(count)
        for rank in 0..<count {
            total += 1 / pow(Double(rank + 1), exponent)
            cumulative.append(total)
        }
        self.cumulative = cumulative.map { $0 / total }
    }

    /// A rank; binary search over the cumulative weights.
    func sample(_ random: inout SplitMix64) -> Int {
        let u = random.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < u { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
