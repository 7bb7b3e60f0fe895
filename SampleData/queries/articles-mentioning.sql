-- name: articles-mentioning
-- description: Articles that mention a place, by its name or an alternate name, newest first
-- kind: sql
-- param: place  The place name, e.g. Mosul (case is ignored for ASCII letters only: SQLite's lower() does not fold Ş or ū)
-- The folded place.name_key is computed in Swift, so plain SQL compares lower() of the names
-- as written in place and place_name instead; that is exact for ASCII names.
SELECT a.id,
       a.title,
       a.published_at,
       a.source,
       count(m.id) AS mentions
FROM article AS a
JOIN place_mention AS m ON m.article_id = a.id
WHERE m.place_id IN (
    SELECT p.id FROM place AS p WHERE lower(p.name) = lower(:place)
    UNION
    SELECT n.place_id FROM place_name AS n WHERE lower(n.name) = lower(:place)
)
GROUP BY a.id
ORDER BY a.published_at DESC, a.id DESC
