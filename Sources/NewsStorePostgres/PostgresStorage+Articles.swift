#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        /// The ids of the places a folded name names, by their own name or any other name an article
        /// or the gazetteer gave them; one `?` bound to the key.
        static let placesNamed =
            "SELECT id FROM place WHERE name_key = ? UNION SELECT place_id FROM place_name WHERE name_key = ?"

        package func articles(_ filter: ArticleFilter) throws -> [ArticleSummary] {
            var filters = try articleFilters(filter)
            let limit = filters.placeholder(filter.limit)
            let offset = filters.placeholder(filter.offset)
            let rows = try session.query(
                """
                SELECT id, published_at, title, source FROM article
                WHERE \(filters.sql)
                ORDER BY published_at DESC NULLS LAST, id DESC LIMIT \(limit) OFFSET \(offset)
                """, filters.values, Self.summary(from:))
            return try withAuthors(rows)
        }

        /// The conditions on `article` that an `ArticleFilter` sets (days compare whole
        /// `published_at` text: `>= from`, `< to + 1 day`, so `article_published` serves them).
        func articleFilters(_ filter: ArticleFilter) throws -> PostgresFilters {
            var filters = PostgresFilters()
            if filter.undatedOnly { filters.add("published_at IS NULL") }
            if let from = filter.range.from { filters.add("published_at >= ?", from.iso) }
            if let to = filter.range.to { filters.add("published_at < ?", to.adding(days: 1).iso) }
            if let place = filter.place {
                let key = PlaceNameKey.fold(place)
                filters.add(
                    "id IN (SELECT article_id FROM place_mention WHERE place_id IN (\(Self.placesNamed)))", key, key)
            }
            if let author = filter.author {
                filters.add(
                    """
                    id IN (SELECT aa.article_id FROM article_author aa JOIN author au ON au.id = aa.author_id
                           WHERE au.name_key = ?)
                    """, StorageEngineSupport.authorKey(author))
            }
            if let source = filter.source { filters.add("lower(source) = lower(?)", source) }
            if let country = filter.country {
                filters.add(
                    """
                    id IN (SELECT m.article_id FROM place_mention m JOIN place p ON p.id = m.place_id
                           WHERE p.country_code = ?)
                    """, try countryCode(for: country))
            }
            return filters
        }

        /// Summaries with their authors filled in, in one more statement.
        func withAuthors(_ summaries: [ArticleSummary]) throws -> [ArticleSummary] {
            let authors = try bylines(of: summaries.map(\.id))
            return summaries.map { summary in
                var summary = summary
                summary.authors = authors[summary.id] ?? []
                return summary
            }
        }

        /// The bylines of several articles, each in byline order, in one statement.
        func bylines(of articleIDs: [Int]) throws -> [Int: [Byline]] {
            guard !articleIDs.isEmpty else { return [:] }
            var bylines: [Int: [Byline]] = [:]
            for row in try session.query(
                """
                SELECT aa.article_id, au.name, aa.role, aa.outlet FROM article_author aa
                JOIN author au ON au.id = aa.author_id
                WHERE aa.article_id = ANY($1) ORDER BY aa.article_id, aa.position
                """, [articleIDs],
                {
                    (
                        id: try $0.int("article_id"),
                        byline: Byline(
                            name: try $0.text("name"), role: try $0.optionalText("role"),
                            outlet: try $0.optionalText("outlet"))
                    )
                })
            {
                bylines[row.id, default: []].append(row.byline)
            }
            return bylines
        }

        /// Authors of an article in byline order.
        func authors(of articleID: Int) throws -> [Byline] {
            try session.query(
                """
                SELECT au.name, aa.role, aa.outlet FROM article_author aa JOIN author au ON au.id = aa.author_id
                WHERE aa.article_id = $1 ORDER BY aa.position
                """, [articleID]
            ) { row in
                Byline(
                    name: try row.text("name"), role: try row.optionalText("role"),
                    outlet: try row.optionalText("outlet"))
            }
        }

        /// An `article` row with `id`, `published_at`, `title` and `source`.
        static func summary(from row: StoredRow) throws -> ArticleSummary {
            ArticleSummary(
                id: try row.int("id"), publishedAt: try time(row, "published_at"), title: try row.text("title"),
                source: try row.optionalText("source"), authors: [])
        }

        package func article(id: Int) throws -> ArticleDetail {
            let found = try session.queryFirst(
                """
                SELECT id, url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                       source, section, language, content_hash, imported_from, imported_at
                FROM article WHERE id = $1
                """, [id]
            ) { row in
                StorageEngineSupport.article(
                    id: try row.int("id"), url: try row.optionalText("url"), title: try row.text("title"),
                    highlights: Self.lines(try row.text("highlights")), body: try row.text("body"),
                    captions: Self.lines(try row.text("captions")), publishedAt: try Self.time(row, "published_at"),
                    publishedTimeZone: try row.optionalText("published_tz"),
                    updatedAt: try Self.time(row, "updated_at"),
                    updatedTimeZone: try row.optionalText("updated_tz"), source: try row.optionalText("source"),
                    section: try row.optionalText("section"), language: try row.optionalText("language"),
                    contentHash: try row.text("content_hash"), importedFrom: try row.text("imported_from"),
                    importedAt: try row.text("imported_at"), authors: [])
            }
            guard var article = found else { throw NewsStoreError.articleNotFound(id: id) }
            article.authors = try authors(of: id)
            return StorageEngineSupport.articleDetail(
                article: article, places: try places(PlaceFilter(articleID: id)),
                events: try events(EventFilter(articleID: id)))
        }
    }
#endif
