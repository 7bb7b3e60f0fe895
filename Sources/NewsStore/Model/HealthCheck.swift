/// One check of a store's health (`NewsStore.checkHealth()`): what was checked, what was found
/// wrong and, after `NewsStore.repair()`, what was done about it.
public struct HealthCheck: Sendable, Hashable {
    /// What a check looks at.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Every page, b-tree and index of the file (`PRAGMA integrity_check`).
        case integrity
        /// Every reference between rows (`PRAGMA foreign_key_check`).
        case foreignKeys = "foreign-keys"
        /// The full-text index against the articles it indexes.
        case fullTextIndex = "full-text-index"
        /// The R*Tree of place coordinates against the places: each place with coordinates has
        /// exactly its box, and no box is left without one.
        case placeIndex = "place-index"
        /// Rows pointing at an article, event, author or place that is not there (another tool
        /// wrote with foreign keys off).
        case danglingRows = "dangling-rows"
        /// Authors no article names.
        case orphanAuthors = "orphan-authors"
        /// Places known only from article text that no article or event mentions any more.
        case orphanPlaces = "orphan-places"

        /// What the check covers, in a few words.
        public var summary: String {
            switch self {
            case .integrity: return "every page and index of the file"
            case .foreignKeys: return "every reference between rows"
            case .fullTextIndex: return "the full-text index against the articles"
            case .placeIndex: return "the coordinate index against the places"
            case .danglingRows: return "no row points at a missing article, event, author or place"
            case .orphanAuthors: return "every author has an article"
            case .orphanPlaces: return "every place from article text is still mentioned"
            }
        }

        /// True when `repair()` can put a failure right (by rebuilding or deleting); damage to
        /// the file itself needs a backup.
        public var isRepairable: Bool { self != .integrity }
    }

    /// The check.
    public let kind: Kind
    /// What is wrong, in one line; nil when the check passed.
    public let problem: String?
    /// What `repair()` did for this check; nil when it did nothing.
    public let repair: String?

    /// Makes a check result.
    public init(kind: Kind, problem: String?, repair: String? = nil) {
        self.kind = kind
        self.problem = problem
        self.repair = repair
    }

    /// True when nothing is wrong.
    public var passed: Bool { problem == nil }
}
