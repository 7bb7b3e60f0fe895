#if PostgreSQL
    import NewsStore

    /// The saved queries newsq ships (SampleData/queries), written again for PostgreSQL: the same
    /// names, parameters and columns, in the server's SQL (`string_agg` for `group_concat`,
    /// dates through `date`, names folded by `newsq_unaccent`). A PostgreSQL store offers these
    /// where it has no stored query of the name, as an SQLite store offers the shipped files.
    enum PostgresShippedQueries {
        /// The twins, by name; each body starts with `-- dialect: postgresql`.
        static func all() throws -> [SavedQuery] {
            try [
                SavedQuery(
                    name: "articles-mentioning",
                    description: "Articles that mention a place, by its name or an alternate name, newest first",
                    kind: .sql, body: articlesMentioning, parameters: ["place"],
                    parameterDescriptions: ["place": "The place name, e.g. Mosul (case and diacritics are ignored)"]),
                SavedQuery(
                    name: "events-between",
                    description:
                        "Dated events that may fall between two days, in date order, with their article and places",
                    kind: .sql, body: eventsBetween, parameters: ["from", "to"],
                    parameterDescriptions: ["from": "First day, YYYY-MM-DD", "to": "Last day, YYYY-MM-DD (included)"]),
                SavedQuery(
                    name: "places-in-article",
                    description:
                        "Places an article mentions, most mentioned first, with coordinates when the gazetteer knows them",
                    kind: .sql, body: placesInArticle, parameters: ["article"],
                    parameterDescriptions: ["article": "The article id, as `newsq articles` lists it"]),
                SavedQuery(
                    name: "top-places",
                    description: "The 50 places mentioned in the most articles published between two days",
                    kind: .sql, body: topPlaces, parameters: ["from", "to"],
                    parameterDescriptions: ["from": "First day, YYYY-MM-DD", "to": "Last day, YYYY-MM-DD (included)"]),
            ]
        }

        /// Matches folded names (lower case, no diacritics) in place and place_name, so Mūşil
        /// finds what Musil finds.
        static let articlesMentioning = """
            -- dialect: postgresql
            SELECT a.id,
                   a.title,
                   a.published_at,
                   a.source,
                   count(m.id) AS mentions
            FROM article AS a
            JOIN place_mention AS m ON m.article_id = a.id
            WHERE m.place_id IN (
                SELECT p.id FROM place AS p WHERE lower(newsq_unaccent(p.name)) = lower(newsq_unaccent(:place))
                UNION
                SELECT n.place_id FROM place_name AS n
                WHERE lower(newsq_unaccent(n.name)) = lower(newsq_unaccent(:place))
            )
            GROUP BY a.id
            ORDER BY a.published_at DESC, a.id DESC
            """

        static let eventsBetween = """
            -- dialect: postgresql
            SELECT e.id,
                   e.date,
                   e.precision,
                   e.expression,
                   e.evidence,
                   a.id AS article_id,
                   a.title AS article_title,
                   (SELECT string_agg(p.name, '; ' ORDER BY p.name)
                    FROM event_place AS ep JOIN place AS p ON p.id = ep.place_id
                    WHERE ep.event_id = e.id) AS places
            FROM event AS e
            JOIN article AS a ON a.id = e.article_id
            WHERE e.date_end >= :from AND e.date_start <= :to
            ORDER BY e.date_start, e.date_end, e.id
            """

        static let placesInArticle = """
            -- dialect: postgresql
            SELECT p.id,
                   p.name,
                   p.kind,
                   p.country_code,
                   p.latitude,
                   p.longitude,
                   count(*) AS mentions,
                   string_agg(DISTINCT m.field, ',') AS fields
            FROM place_mention AS m
            JOIN place AS p ON p.id = m.place_id
            WHERE m.article_id = :article
            GROUP BY p.id
            ORDER BY mentions DESC, p.name
            """

        /// published_at is a UTC instant or a bare day, text that compares in order; the day after
        /// :to makes the last day count in full.
        static let topPlaces = """
            -- dialect: postgresql
            SELECT p.id,
                   p.name,
                   p.kind,
                   p.country_code,
                   p.latitude,
                   p.longitude,
                   count(DISTINCT a.id) AS articles,
                   count(*) AS mentions
            FROM place_mention AS m
            JOIN article AS a ON a.id = m.article_id
            JOIN place AS p ON p.id = m.place_id
            WHERE a.published_at >= :from AND a.published_at < to_char(CAST(:to AS date) + 1, 'YYYY-MM-DD')
            GROUP BY p.id
            ORDER BY articles DESC, mentions DESC, p.name
            LIMIT 50
            """
    }
#endif
