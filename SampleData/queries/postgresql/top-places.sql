-- name: top-places
-- description: The 50 places mentioned in the most articles published between two days
-- kind: sql
-- param: from  First day, YYYY-MM-DD
-- param: to  Last day, YYYY-MM-DD (included)
-- dialect: postgresql
-- published_at is a UTC instant ('2016-10-17T17:01:00Z') or a bare day, text that compares in
-- order; the day after the last day makes it count in full.
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
