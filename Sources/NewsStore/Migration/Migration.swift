/// One numbered schema change, from a `Migrations/NNNN_name.sql` file.
public struct Migration: Sendable, Equatable {
    /// The number before the first underscore (`1` for `0001_initial.sql`).
    public let version: Int
    /// The file's name without number and extension (`initial`).
    public let name: String
    /// The SQL to run.
    let sql: String

    init?(fileName: String, sql: String) {
        guard fileName.hasSuffix(".sql"),
            let underscore = fileName.firstIndex(of: "_"),
            let version = Int(fileName[..<underscore])
        else { return nil }
        self.version = version
        self.name = String(fileName[fileName.index(after: underscore)...].dropLast(4))
        self.sql = sql
    }

    /// The migrations compiled into this binary, in version order.
    static let embedded: [Migration] = EmbeddedFile.migrations
        .compactMap { Migration(fileName: $0.name, sql: $0.text) }
        .sorted { $0.version < $1.version }
}
