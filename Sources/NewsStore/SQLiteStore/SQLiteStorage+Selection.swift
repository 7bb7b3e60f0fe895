/// The articles an `ArticleSelection` picks, by id, for export and removal: a page at a time in
/// id order, so an export of any size holds one page of ids.
extension SQLiteStorage {
    func articleIDs(_ selection: ArticleSelection, search: SearchInput?, after id: Int, limit: Int) throws -> [Int] {
        guard let search else {
            var filters = listingFilters(selection)
            filters.add("id > ?", id)
            return try db.query(
                "SELECT id FROM article WHERE \(filters.sql) ORDER BY id LIMIT ?", filters.values + [limit]
            ) { try $0.int("id") }
        }
        let expression: String
        switch search {
        case .raw(let text):
            try FTS5Validator.validate(text)
            expression = text
        case .query(let query):
            expression = query.fts5Expression
        }
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
    private func listingFilters(_ selection: ArticleSelection) -> WhereClause {
        var filters = WhereClause()
        if selection.undatedOnly { filters.add("published_at IS NULL") }
        if let from = selection.since?.iso { filters.add("published_at >= ?", from) }
        if let to = selection.until?.iso { filters.add("published_at < date(?, '+1 day')", to) }
        if let place = selection.place {
            let key = PlaceNameKey.fold(place)
            filters.add(
                "id IN (SELECT article_id FROM place_mention WHERE place_id IN (\(Self.placesNamed)))", key, key)
        }
        if let author = selection.author {
            filters.add(
                """
                id IN (SELECT aa.article_id FROM article_author aa JOIN author au ON au.id = aa.author_id
                       WHERE au.name_key = ?)
                """, NameKey.fold(author))
        }
        if let source = selection.source { filters.add("source = ? COLLATE NOCASE", source) }
        return filters
    }
}
