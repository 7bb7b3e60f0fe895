/// The articles an `ArticleSelection` picks, by id, for export and removal: a page at a time in
/// id order, so an export of any size holds one page of ids.
extension SQLiteStorage {
    func articleIDs(_ selection: ArticleSelection, search: SearchInput?, after id: Int, limit: Int) throws -> [Int] {
        guard let search else {
            var filters = try listingFilters(selection)
            filters.add("id > ?", id)
            return try db.query(
                "SELECT id FROM article WHERE \(filters.sql) ORDER BY id LIMIT ?", filters.values + [limit]
            ) { try $0.int("id") }
        }
        let expression = try Self.fts5Expression(search)
        var filters = searchFilters(
            expression,
            SearchOptions(
                since: selection.since, until: selection.until, author: selection.author, place: selection.place,
                source: selection.source))
        if selection.undatedOnly {
            filters.add("+article_fts.rowid IN (SELECT id FROM article WHERE published_at IS NULL)")
        }
        // FTS5 takes the rowid bound itself and returns hits in rowid order.
        filters.add("article_fts.rowid > ?", id)
        return try db.query(
            "SELECT article_fts.rowid AS id FROM article_fts WHERE \(filters.sql) ORDER BY article_fts.rowid LIMIT ?",
            filters.values + [limit]
        ) { try $0.int("id") }
    }

    /// The filters of `newsq articles`, on `article` (the author by full name, case and accents ignored).
    private func listingFilters(_ selection: ArticleSelection) throws -> WhereClause {
        try articleFilters(
            ArticleFilter(
                range: DateRange(from: selection.since, to: selection.until), undatedOnly: selection.undatedOnly,
                place: selection.place, author: selection.author, source: selection.source))
    }
}
