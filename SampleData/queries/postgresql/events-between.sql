-- name: events-between
-- description: Dated events that may fall between two days, in date order, with their article and places
-- kind: sql
-- param: from  First day, YYYY-MM-DD
-- param: to  Last day, YYYY-MM-DD (included)
-- dialect: postgresql
-- An event is kept when its possible days (date_start … date_end) overlap the range, so
-- "October 2016" shows up for any range that touches October.
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
