-- name: places-in-article
-- description: Places an article mentions, most mentioned first, with coordinates when the gazetteer knows them
-- kind: sql
-- param: article  The article id, as `newsq articles` lists it
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
