/// "Did you mean …": the closest of some names to what a user typed, the way git and ripgrep
/// answer a typo, instead of ArgumentParser's "2 unexpected arguments".
enum Suggestion {
    /// The name closest to `typed` by edit distance, when it is close enough to be what was meant
    /// (at most 2 edits, and fewer than half the letters).
    static func closest(to typed: String, among names: [String]) -> String? {
        let scored = names.map { (name: $0, distance: distance(typed.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= min(2, max(1, typed.count / 2)) ? best.name : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit ("serach").
    static func distance(_ left: String, _ right: String) -> Int {
        let a = Array(left)
        let b = Array(right)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// The error for a first argument that is no command, or nil when it is one (or an option,
    /// which ArgumentParser answers itself).
    static func unknownCommand(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !(commands + ["help"]).contains(first) else {
            return nil
        }
        if let meant = closest(to: first, among: commands) {
            return "unknown command '\(first)'; did you mean '\(meant)'?"
        }
        return "unknown command '\(first)'; the commands are \(commands.joined(separator: ", "))"
    }
}
