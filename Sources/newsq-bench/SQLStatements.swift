import Foundation

/// The best SQL this benchmark could write for each question, run by the sqlite3 CLI on the
/// database newsq built. Values are literals here: the sqlite3 CLI takes one SQL text, and every
/// value comes from the bench itself (no outside text).
enum SQLStatements {
    /// Ranked top 20 with snippets, authors and the total count: bm25 inside FTS5 once (the same
    /// weights as newsq: title 10, highlights 5, body and captions 1), filters (`extra`, on `id`)
    /// applied to those hits outside FTS5, the page cut from what is kept, and the article rows,
    /// snippets and authors only for the page.
    static func search(match: String, extra: String) -> String {
        let expression = literal(match)
        return """
            WITH hits AS MATERIALIZED (
              SELECT rowid AS id, -bm25(article_fts, 10.0, 5.0, 1.0, 1.0) AS score
              FROM article_fts WHERE article_fts MATCH \(expression)),
            kept AS MATERIALIZED (SELECT id, score FROM hits WHERE 1 \(extra)),
            page AS MATERIALIZED (SELECT id, score FROM kept ORDER BY score DESC LIMIT 20)
            SELECT (SELECT count(*) FROM kept) AS total, page.id, a.title, a.published_at, a.source,
              (SELECT group_concat(au.name, ', ') FROM article_author aa JOIN author au ON au.id = aa.author_id
               WHERE aa.article_id = page.id) AS authors,
              snippet(article_fts, -1, '[', ']', '…', 16) AS snippet
            FROM page CROSS JOIN article_fts ON article_fts.rowid = page.id JOIN article a ON a.id = page.id
            WHERE article_fts MATCH \(expression)
            ORDER BY page.score DESC, a.published_at DESC, a.id DESC;
            """
    }

    /// `newsq events --since FROM --until TO`: events whose days overlap the range, with article
    /// title and place names, first 1,000 by date.
    static func events(from: String, to: String) -> String {
        """
        SELECT e.id, e.article_id, a.title, e.date_start, e.date_end, e.precision, e.expression, e.rule, e.evidence,
          (SELECT group_concat(name, '; ') FROM (SELECT p.name FROM event_place ep JOIN place p ON p.id = ep.place_id
             WHERE ep.event_id = e.id ORDER BY p.name)) AS places
        FROM event e JOIN article a ON a.id = e.article_id
        WHERE e.date_end >= '\(from)' AND e.date_start <= '\(to)'
        ORDER BY e.date_start, e.date_end, e.id LIMIT 1000;
        """
    }

    /// The shipped top-places query: places mentioned by the most articles published in the range.
    static func topPlaces(from: String, to: String) -> String {
        """
        SELECT p.id, p.name, p.kind, p.country_code, p.latitude, p.longitude,
               count(DISTINCT a.id) AS articles, count(*) AS mentions
        FROM article AS a
        JOIN place_mention AS m ON m.article_id = a.id
        JOIN place AS p ON p.id = m.place_id
        WHERE a.published_at >= '\(from)' AND a.published_at < date('\(to)', '+1 day')
        GROUP BY p.id
        ORDER BY articles DESC, mentions DESC, p.name
        LIMIT 50;
        """
    }

    /// `newsq places --near NAME`: the centre as newsq picks it, an R*Tree box, the exact
    /// great-circle distance, mention counts; nearest first.
    static func placesNear(_ key: String, km: Double) -> String {
        """
        WITH c AS (
          SELECT latitude AS lat, longitude AS lon FROM place p
          WHERE latitude IS NOT NULL
            AND (name_key = '\(key)' OR id IN (SELECT place_id FROM place_name WHERE name_key = '\(key)'))
          ORDER BY EXISTS (SELECT 1 FROM place_mention WHERE place_id = p.id) DESC,
                   kind = 'country', coalesce(population, 0) DESC
          LIMIT 1),
        box AS (SELECT lat, lon, \(km) / 111.195 AS dlat, \(km) / (111.195 * cos(radians(lat))) AS dlon FROM c),
        near AS (
          SELECT p.id, p.name, p.kind, p.country_code, p.latitude, p.longitude,
                 2 * 6371.0088 * asin(sqrt(pow(sin(radians(p.latitude - box.lat) / 2), 2)
                   + cos(radians(box.lat)) * cos(radians(p.latitude))
                   * pow(sin(radians(p.longitude - box.lon) / 2), 2))) AS km
          FROM box JOIN place_rtree r JOIN place p ON p.id = r.id
          WHERE r.min_lat >= box.lat - dlat AND r.max_lat <= box.lat + dlat
            AND r.min_lon >= box.lon - dlon AND r.max_lon <= box.lon + dlon)
        SELECT n.*, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
        FROM near n JOIN place_mention m ON m.place_id = n.id
        WHERE n.km <= \(km)
        GROUP BY n.id ORDER BY n.km, n.name LIMIT 100;
        """
    }

    /// The shipped articles-mentioning query, for a plain (ASCII, folded) name: both look-ups by key.
    static func articlesMentioning(_ key: String) -> String {
        """
        SELECT a.id, a.title, a.published_at, a.source, count(m.id) AS mentions
        FROM article AS a JOIN place_mention AS m ON m.article_id = a.id
        WHERE m.place_id IN (SELECT id FROM place WHERE name_key = '\(key)'
                             UNION SELECT place_id FROM place_name WHERE name_key = '\(key)')
        GROUP BY a.id
        ORDER BY a.published_at DESC, a.id DESC;
        """
    }

    /// An SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
