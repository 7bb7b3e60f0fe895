-- The shipped saved query articles-mentioning compared lower() of every place name; the one
-- shipped now looks plain names up through place_name_key and place_name's key. Databases created
-- earlier hold the old text: replace it, but only where it is still exactly what newsq shipped, so
-- a query the user edited (or re-imported) is left alone.

UPDATE saved_query
SET body = '-- A name matches when lower() of it as written in place or place_name equals lower(:place).
-- For a plain name (ASCII letters and digits, single spaces) that lowered text is also the folded
-- name_key newsq stores, so the look-ups go through place_name_key and place_name''s primary key.
-- Any other name (hyphens, apostrophes, letters beyond ASCII) cannot be folded in plain SQL: only
-- then are all names compared, in the last two branches, whose condition on :place alone SQLite
-- checks once before reading a row.
SELECT a.id,
       a.title,
       a.published_at,
       a.source,
       count(m.id) AS mentions
FROM article AS a
JOIN place_mention AS m ON m.article_id = a.id
WHERE m.place_id IN (
    SELECT p.id FROM place AS p WHERE p.name_key = lower(:place) AND lower(p.name) = lower(:place)
    UNION
    SELECT n.place_id FROM place_name AS n WHERE n.name_key = lower(:place) AND lower(n.name) = lower(:place)
    UNION
    SELECT p.id FROM place AS p
    WHERE (lower(:place) GLOB ''*[^a-z0-9 ]*'' OR :place GLOB ''* '' OR :place GLOB '' *'' OR :place GLOB ''*  *'')
      AND lower(p.name) = lower(:place)
    UNION
    SELECT n.place_id FROM place_name AS n
    WHERE (lower(:place) GLOB ''*[^a-z0-9 ]*'' OR :place GLOB ''* '' OR :place GLOB '' *'' OR :place GLOB ''*  *'')
      AND lower(n.name) = lower(:place)
)
GROUP BY a.id
ORDER BY a.published_at DESC, a.id DESC',
    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE name = 'articles-mentioning'
  AND body = '-- The folded place.name_key is computed in Swift, so plain SQL compares lower() of the names
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
ORDER BY a.published_at DESC, a.id DESC';
