/// One page where a field came out wrong: what the set expects and what newsq found, for
/// `newsq-eval --failures`.
struct PageMiss: Codable {
    var set: String
    var page: String
    /// "title" or "authors".
    var field: String
    var expected: String
    var found: String

    /// "fundus/abc  title\n  expected: …\n  found:    …".
    var text: String {
        "\(set)/\(page)  \(field)\n  expected: \(expected)\n  found:    \(found)"
    }
}
