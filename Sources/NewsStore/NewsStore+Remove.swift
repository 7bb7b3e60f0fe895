extension NewsStore {
    /// Removes articles with everything that hangs off them — mentions, events, author links,
    /// full-text entries — and the authors and places only they pointed at (names from text and
    /// shipped gazetteer places; places of a gazetteer the user imported stay), in one
    /// transaction. Nothing else changes.
    ///
    /// ```swift
    /// let removed = try store.removeArticles(ids: [12, 13])
    /// print(removed.articleIDs, removed.mentions, removed.places)
    /// ```
    /// - Throws: `NewsStoreError.articleNotFound` for the first id no article has (then nothing
    ///   is removed); `SQLiteError`.
    @discardableResult
    public func removeArticles(ids: [Int]) throws -> RemovalSummary {
        try storage.removeArticles(ids: ids)
    }

    /// The ids of every article a selection picks, ascending: what `newsq rm --where` would remove.
    /// - Throws: `NewsStoreError.invalidQuery` for a query that means nothing; `SQLiteError`.
    public func articleIDs(_ selection: ArticleSelection) throws -> [Int] {
        let search = try selection.query.map { SearchInput.query(try SearchQuery.parse($0)) }
        var ids: [Int] = []
        while true {
            let page = try storage.articleIDs(
                selection, search: search, after: ids.last ?? 0, limit: Self.exportPageSize)
            guard !page.isEmpty else { return ids }
            ids += page
        }
    }
}
