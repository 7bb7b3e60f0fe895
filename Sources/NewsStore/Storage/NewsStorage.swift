import Foundation

/// Where a `NewsStore` keeps its knowledge: the seam a storage engine plugs into. Today's engine
/// is `SQLiteStorage` (one SQLite file); a PostgreSQL engine implements the same protocol in its
/// own target. Everything above it — reading files, cleaning, extraction, parsing the query
/// language — is engine-free and lives in the facade.
///
/// The operations take and return domain values only (no SQL, no rows, no engine types), and
/// each is all-or-nothing: a write that throws leaves the store as it was.
///
/// **Synchronous, by decision.** newsq is a command line that runs one operation per process,
/// and SQLite answers in-process without waiting on anything, so an `async` protocol would only
/// colour every caller (commands, tests, the library's users) for no gain. An engine with an
/// asynchronous client (postgres-nio) runs it on its own event loop and waits for each result
/// inside the call; a long-running server that needs concurrency puts one store per task or an
/// actor in front of it. Implementations are not required to be `Sendable`: a store and its
/// connection are used from one thread at a time.
package protocol NewsStorage: AnyObject {
    /// Where the data lives, for messages (a file path, or a connection string without secrets).
    var location: String { get }

    // MARK: Schema

    /// Applied and pending schema migrations, oldest first.
    /// - Throws: an engine error when the bookkeeping cannot be read.
    func migrationStatus() throws -> [MigrationStatus]

    /// Counts of what the store holds.
    /// - Throws: an engine error.
    func statistics() throws -> Statistics

    /// How many articles have no publication date (outside every date range).
    /// - Throws: an engine error.
    func undatedArticleCount() throws -> Int

    /// Runs `body` so that everything it writes through this storage is kept together or not
    /// at all; calls nest.
    /// - Throws: whatever `body` throws (after undoing its writes), or an engine error.
    func inTransaction<T>(_ body: () throws -> T) throws -> T

    // MARK: Health and maintenance

    /// Checks the stored data: the file's integrity, references between rows, the full-text
    /// and coordinate indexes against what they index, and orphaned rows. Changes nothing.
    /// - Throws: an engine error when a check cannot run (a busy database).
    func checkHealth() throws -> HealthReport

    /// Puts right what `checkHealth` finds and can be rebuilt or deleted, all in one transaction,
    /// then checks again; each check says what was done for it. Writes nothing when the file
    /// itself is damaged.
    /// - Throws: an engine error (nothing is changed).
    func repair() throws -> HealthReport

    /// Copies the store, as one consistent snapshot taken while others may write, into a new
    /// file at `path` readable by its owner only; returns the copy's size in bytes.
    /// - Throws: `NewsStoreError.backupFailed` when something is at `path` already, the folder
    ///   is missing or not writable, or the copy fails (nothing is left at `path`).
    func backup(to path: String) throws -> Int

    /// Merges the full-text index, refreshes the planner's statistics and, when `reclaimSpace`,
    /// rewrites the file without its free pages.
    /// - Throws: an engine error.
    func optimize(reclaimSpace: Bool) throws -> OptimizeSummary

    // MARK: Articles

    /// The stored article with this content hash, if any (a re-import).
    /// - Throws: an engine error.
    func storedArticle(contentHash: String) throws -> StoredArticleReference?

    /// Stores an extracted article with its authors, places, mentions and events; returns its id.
    /// - Throws: an engine error (nothing is written).
    func write(_ extracted: ExtractedArticle, contentHash: String, origin: String) throws -> Int

    /// Stores a batch of articles in one transaction, each all-or-nothing on its own: one that
    /// fails is undone alone and reported, the others are kept. An article whose content hash
    /// is stored already, or earlier in the same batch, is not written again.
    /// - Returns: one outcome per article, in order.
    /// - Throws: an engine error that undid the whole batch (disk full, I/O error): nothing of it
    ///   is kept.
    func write(_ batch: [ArticleWrite]) throws -> [ArticleWriteOutcome]

    /// Articles stored without place and event extraction, by id, those after `id` first.
    /// - Throws: an engine error.
    func articlesAwaitingExtraction(after id: Int, limit: Int) throws -> [ArticleAwaitingExtraction]

    /// Stores the places and events of articles stored without them, in one transaction, each
    /// article all-or-nothing on its own, and marks them extracted.
    /// - Returns: per article, nil when stored or the error that undid it alone.
    /// - Throws: an engine error that undid the whole batch.
    func writeExtraction(_ batch: [(articleID: Int, extracted: ExtractedArticle)]) throws -> [(any Error)?]

    /// Switches the full-text index to settings for loading many articles (`true`) and back to
    /// its everyday ones (`false`).
    /// - Throws: an engine error.
    func setBulkLoading(_ bulk: Bool) throws

    /// Articles, newest first, that pass every filter that is set.
    /// - Throws: an engine error.
    func articles(_ filter: ArticleFilter) throws -> [ArticleSummary]

    /// One article with its authors, places and events.
    /// - Throws: `NewsStoreError.articleNotFound`; an engine error.
    func article(id: Int) throws -> ArticleDetail

    // MARK: Search and listings

    /// Full-text search for a parsed query (compiled to the engine's own syntax) or, with
    /// `SearchInput.raw`, the engine's syntax as the user wrote it.
    /// - Throws: `NewsStoreError.invalidQuery` for a raw expression the engine rejects; an engine error.
    func search(_ input: SearchInput, _ options: SearchOptions) throws -> SearchResult

    /// Articles matching a search per period, beside all articles per period; the search's
    /// filters apply (its limit, offset and sort do not).
    /// - Throws: as `search`.
    func trend(_ input: SearchInput, _ options: SearchOptions, by period: TrendPeriod) throws -> Trend

    /// For each facet, its most common values over the selected articles, at most `limit` each.
    /// - Throws: as `search` for a search selection.
    func facets(of selection: FacetScope, by facets: [Facet], limit: Int) throws -> [FacetCount]

    /// Places the articles mention, or the places near a place.
    /// - Throws: `NewsStoreError.placeNotFound`, `.invalidArgument`; an engine error.
    func places(_ filter: PlaceFilter) throws -> [PlaceCount]

    /// Events whose days overlap the filter's range.
    /// - Throws: `NewsStoreError.placeNotFound`; an engine error.
    func events(_ filter: EventFilter) throws -> [Event]

    // MARK: Gazetteer

    /// The index place extraction matches names against: the shipped gazetteer with the
    /// stored places over it.
    /// - Throws: an engine error; `NewsStoreError` if the compiled-in files are broken.
    func gazetteerIndex() throws -> GazetteerIndex

    /// Stores the shipped countries when the store has none (the shipped places stay in the
    /// binary's gazetteer image; a store holds only the places its articles mention and the
    /// gazetteers a user imports); returns the number of places the shipped gazetteer knows.
    /// - Throws: an engine error; `NewsStoreError` if the compiled-in files are broken.
    @discardableResult
    func prepareGazetteer() throws -> Int

    /// Adds or updates places from a GeoNames dump.
    /// - Throws: `NewsStoreError.invalidGazetteer`, `.unreadableInput`; an engine error.
    func importGazetteer(_ path: String) throws -> GazetteerImportSummary

    // MARK: Saved queries

    /// Stores a saved query (replacing one of the same name when `replace`), after checking an
    /// SQL body is one read-only statement; returns it with its parameters and timestamps.
    /// - Throws: `NewsStoreError.savedQueryExists` unless `replace`, `.invalidSavedQuery`; an engine error.
    func save(_ query: SavedQuery, replace: Bool) throws -> SavedQuery

    /// Every saved query, by name.
    /// - Throws: an engine error.
    func savedQueries() throws -> [SavedQuery]

    /// One saved query.
    /// - Throws: `NewsStoreError.savedQueryNotFound`; an engine error.
    func savedQuery(named name: String) throws -> SavedQuery

    /// Removes a saved query.
    /// - Throws: `NewsStoreError.savedQueryNotFound`; an engine error.
    func removeSavedQuery(named name: String) throws

    /// Runs a saved SQL query read-only with its parameters, a time limit, a row cap and a budget
    /// of bytes for the values returned.
    /// - Throws: `NewsStoreError.parameterMismatch`, `.queryTimedOut`, `.invalidSavedQuery`; an engine error.
    func runSQL(
        _ query: SavedQuery, parameters: [String: String], timeout: Double, rowLimit: Int, byteLimit: Int
    ) throws -> QueryResult

    // MARK: Export and removal

    /// Ids of the articles a selection picks (those matching `search` too, when given),
    /// ascending, after `id`, at most `limit`: one page of an export or a removal.
    /// - Throws: `NewsStoreError.invalidFTS5Expression` for a raw search the engine rejects; an engine error.
    func articleIDs(_ selection: ArticleSelection, search: SearchInput?, after id: Int, limit: Int) throws -> [Int]

    /// One stored article with its authors, places (with their names and mentions) and events,
    /// as exactly as the store holds them.
    /// - Throws: `NewsStoreError.articleNotFound`; an engine error.
    func exportRecord(articleID: Int) throws -> ExportRecord

    /// Stores export records as given (nothing extracted), in one transaction, each
    /// all-or-nothing on its own; a content hash stored already, or earlier in the batch, is not
    /// written again. `origin` is stored for a record that names none.
    /// - Returns: one outcome per record, in order.
    /// - Throws: an engine error that undid the whole batch.
    func writeExported(_ records: [(record: ExportRecord, contentHash: String, origin: String)]) throws
        -> [ArticleWriteOutcome]

    /// Removes articles with their mentions, events, author links and index entries, and the
    /// authors and article-borne places nothing else points at, in one transaction.
    /// - Throws: `NewsStoreError.articleNotFound` for an id no article has (nothing is removed);
    ///   an engine error.
    func removeArticles(ids: [Int]) throws -> RemovalSummary
}

/// The id and title of an article already in a store.
package struct StoredArticleReference: Sendable, Hashable {
    package let id: Int
    package let title: String

    package init(id: Int, title: String) {
        self.id = id
        self.title = title
    }
}

/// What a search looks for: a query in newsq's language, or an engine expression passed as written.
package enum SearchInput: Sendable {
    case query(SearchQuery)
    case raw(String)
}
