/// Whether a migration has run on a database, for `newsq migrate --status`.
public struct MigrationStatus: Sendable, Equatable {
    /// The migration's number.
    public let version: Int
    /// Its name.
    public let name: String
    /// When it was applied (UTC, ISO 8601), or nil while pending.
    public let appliedAt: String?
}
