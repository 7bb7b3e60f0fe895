/// The checks of a store's health, in `HealthCheck.Kind` order.
///
/// ```swift
/// let report = try store.checkHealth()
/// for check in report.checks where !check.passed { print(check.kind.rawValue, check.problem ?? "") }
/// ```
public struct HealthReport: Sendable, Hashable {
    /// Every check, passed or not.
    public let checks: [HealthCheck]

    /// Makes a report.
    public init(checks: [HealthCheck]) {
        self.checks = checks
    }

    /// True when every check passed.
    public var passed: Bool { checks.allSatisfy(\.passed) }

    /// The checks that failed.
    public var failures: [HealthCheck] { checks.filter { !$0.passed } }
}
