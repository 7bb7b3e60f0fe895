import Foundation

/// Why the compactor stopped, in words a maintainer can act on.
enum CompactorError: Error, CustomStringConvertible, Equatable {
    /// A file is missing, unreadable or not what it should be.
    case unreadableInput(path: String, reason: String)
    /// A line of the GeoNames dump does not have the dump layout.
    case invalidLine(path: String, line: Int, reason: String)

    var description: String {
        switch self {
        case .unreadableInput(let path, let reason):
            return "cannot use \(path): \(reason)"
        case .invalidLine(let path, let line, let reason):
            return "\(path), line \(line): \(reason)"
        }
    }
}
