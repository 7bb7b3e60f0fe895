-- Saved queries keep a search's options as encoded SearchOptions (only what differs from the
-- defaults: sort, since, until, author, place, source, limit) and an SQL query's parameters in a
-- column of their own, as a JSON array of {"name", "description"} in SQLite's order.
-- Until now both lived in one JSON object of strings, parameter descriptions under "param.NAME".

ALTER TABLE saved_query ADD COLUMN parameters TEXT NOT NULL DEFAULT '[]';

UPDATE saved_query
SET parameters = (
    SELECT json_group_array(json_object('name', substr(key, 7), 'description', value))
    FROM json_each(saved_query.options)
    WHERE key LIKE 'param.%'
);

-- Numbers were stored as text ("20") and days as typed ("2016-10"); SearchOptions decodes
-- numbers and whole days ('2016-10' since → 2016-10-01, until → 2016-10-31).
UPDATE saved_query
SET options = (
    SELECT json_group_object(key, CASE
        WHEN key = 'limit' THEN CAST(value AS INTEGER)
        WHEN key = 'since' AND length(value) = 4 THEN value || '-01-01'
        WHEN key = 'since' AND length(value) = 7 THEN value || '-01'
        WHEN key = 'until' AND length(value) = 4 THEN value || '-12-31'
        WHEN key = 'until' AND length(value) = 7 THEN date(value || '-01', '+1 month', '-1 day')
        ELSE value END)
    FROM json_each(saved_query.options)
    WHERE key NOT LIKE 'param.%'
);
