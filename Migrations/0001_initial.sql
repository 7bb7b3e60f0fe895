-- The whole newsq schema: articles and their full-text index, authors, places (a gazetteer and
-- places known by name only), mentions, dated events, countries and saved queries.
-- Instants are ISO 8601 text in UTC ('2016-10-17T17:01:00Z'); a date known only to the day is
-- 'YYYY-MM-DD'. Both sort and compare correctly as text.

CREATE TABLE article (
    id              INTEGER PRIMARY KEY,
    url             TEXT,
    title           TEXT NOT NULL,
    highlights      TEXT NOT NULL DEFAULT '',   -- one bullet per line
    body            TEXT NOT NULL,
    captions        TEXT NOT NULL DEFAULT '',   -- one gallery caption per line, each once
    published_at    TEXT,                       -- UTC instant, or a bare date
    published_tz    TEXT,                       -- the zone the page gave ('America/New_York', '-04:00')
    updated_at      TEXT,
    updated_tz      TEXT,
    source          TEXT,                       -- the outlet or dateline source ('CNN')
    section         TEXT,
    language        TEXT,
    content_hash    TEXT NOT NULL UNIQUE,       -- SHA-256 of the cleaned title and body
    imported_from   TEXT NOT NULL,              -- file path, URL or '-' for standard input
    imported_at     TEXT NOT NULL
);
CREATE INDEX article_published ON article(published_at);
CREATE INDEX article_url ON article(url) WHERE url IS NOT NULL;

-- External-content index: the text lives once, in article. unicode61 without porter keeps
-- prefixes of names intact (qayy* finds Qayyara); remove_diacritics 2 folds Mūşil to musil.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, highlights, body, captions,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, highlights, body, captions)
    VALUES (new.id, new.title, new.highlights, new.body, new.captions);
END;

CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, highlights, body, captions)
    VALUES ('delete', old.id, old.title, old.highlights, old.body, old.captions);
END;

-- Re-index only when an indexed column really changed.
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, highlights, body, captions ON article
WHEN old.title IS NOT new.title OR old.highlights IS NOT new.highlights
  OR old.body IS NOT new.body OR old.captions IS NOT new.captions
BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, highlights, body, captions)
    VALUES ('delete', old.id, old.title, old.highlights, old.body, old.captions);
    INSERT INTO article_fts(rowid, title, highlights, body, captions)
    VALUES (new.id, new.title, new.highlights, new.body, new.captions);
END;

CREATE TABLE author (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE            -- folded name: one row per person across articles
);

CREATE TABLE article_author (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    author_id   INTEGER NOT NULL REFERENCES author(id),
    position    INTEGER NOT NULL,               -- order in the byline
    role        TEXT,                           -- 'CNN National Security Analyst'
    outlet      TEXT,                           -- 'CNN', 'Reuters'
    PRIMARY KEY (article_id, author_id)
) WITHOUT ROWID;
CREATE INDEX article_author_author ON article_author(author_id);

CREATE TABLE country (
    code        TEXT PRIMARY KEY,               -- ISO 3166-1 alpha-2
    iso3        TEXT,
    name        TEXT NOT NULL,
    capital     TEXT,
    continent   TEXT,
    population  INTEGER,
    neighbours  TEXT,                           -- comma-separated alpha-2 codes
    demonyms    TEXT                            -- comma-separated adjectives: 'Iraqi', 'Syrian'
) WITHOUT ROWID;

CREATE TABLE place (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,                  -- city, village, country, region, mountain, area …
    country_code TEXT,
    admin1      TEXT,
    latitude    REAL,                           -- NULL: known by name only, never invented
    longitude   REAL,
    population  INTEGER,
    geonames_id INTEGER UNIQUE,
    name_key    TEXT NOT NULL,                  -- folded name, for lookups and merging
    origin      TEXT NOT NULL CHECK (origin IN ('gazetteer', 'text')),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))
);
CREATE INDEX place_name_key ON place(name_key);
CREATE INDEX place_country ON place(country_code);

CREATE TABLE place_name (
    place_id    INTEGER NOT NULL REFERENCES place(id) ON DELETE CASCADE,
    name_key    TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (name_key, place_id)
) WITHOUT ROWID;
CREATE INDEX place_name_place ON place_name(place_id);

-- Bounding boxes for --near: an R*Tree kept in step with place coordinates.
CREATE VIRTUAL TABLE place_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER place_rtree_insert AFTER INSERT ON place WHEN new.latitude IS NOT NULL BEGIN
    INSERT INTO place_rtree VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude);
END;

CREATE TRIGGER place_rtree_update AFTER UPDATE OF latitude, longitude ON place BEGIN
    DELETE FROM place_rtree WHERE id = old.id;
    INSERT INTO place_rtree SELECT new.id, new.latitude, new.latitude, new.longitude, new.longitude
    WHERE new.latitude IS NOT NULL;
END;

CREATE TRIGGER place_rtree_delete AFTER DELETE ON place BEGIN
    DELETE FROM place_rtree WHERE id = old.id;
END;

CREATE TABLE place_mention (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    place_id    INTEGER NOT NULL REFERENCES place(id),
    field       TEXT NOT NULL CHECK (field IN ('title', 'highlights', 'body', 'captions')),
    start_offset INTEGER NOT NULL,              -- character offsets in that field
    end_offset  INTEGER NOT NULL,
    surface     TEXT NOT NULL,                  -- the text as written ('Khazer')
    sentence    TEXT NOT NULL,
    resolved    INTEGER NOT NULL CHECK (resolved IN (0, 1))  -- matched to the gazetteer
);
CREATE INDEX place_mention_article ON place_mention(article_id);
CREATE INDEX place_mention_place ON place_mention(place_id);

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,                  -- 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' by precision
    date_start  TEXT NOT NULL,                  -- first day the date can mean
    date_end    TEXT NOT NULL,                  -- last day the date can mean
    precision   TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year', 'approximate')),
    expression  TEXT NOT NULL,                  -- as written: 'Wednesday night'
    rule        TEXT NOT NULL,                  -- how it was resolved: 'weekday-future'
    evidence    TEXT NOT NULL,                  -- the sentence or caption
    field       TEXT NOT NULL CHECK (field IN ('title', 'highlights', 'body', 'captions')),
    start_offset INTEGER NOT NULL
);
CREATE INDEX event_date ON event(date_start);
CREATE INDEX event_article ON event(article_id);

CREATE TABLE event_place (
    event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    place_id    INTEGER NOT NULL REFERENCES place(id),
    PRIMARY KEY (event_id, place_id)
) WITHOUT ROWID;
CREATE INDEX event_place_place ON event_place(place_id);

CREATE TABLE saved_query (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('search', 'sql')),
    body        TEXT NOT NULL,                  -- the search query, or the SQL
    options     TEXT NOT NULL DEFAULT '{}',     -- JSON: search filters, limits
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
