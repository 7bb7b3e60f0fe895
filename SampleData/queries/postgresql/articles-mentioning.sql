-- name: articles-mentioning
-- description: Articles that mention a place, by its name or an alternate name, newest first
-- kind: sql
-- param: place  The place name, e.g. Mosul (case and diacritics are ignored)
-- dialect: postgresql
-- Names are compared folded (lower case, no diacritics) in place and place_name, so Mūşil
-- finds what Musil finds.
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
