-- Re-declares the full-text index so the SQLite ecosystem's tools find it. Datasette (?_search=) and
-- sqlite-utils (search, enable-fts) recognise an external-content FTS table only when its CREATE
-- statement in sqlite_schema contains exactly content="article" or content=[article]: with
-- 0001's content = 'article' Datasette ignored ?_search= and returned every article, and
-- sqlite-utils refused to search. Keep that spelling (no spaces, double quotes) when editing this.
-- The option value is read by FTS5, not by SQLite's parser, so it is no double-quoted string
-- literal: it stands with those literals turned off for DDL on newsq's connections.
--
-- Everything else is as 0001 declared it: the same columns, rowid and tokenizer. The triggers on
-- article that keep the index in step name article_fts only, so they serve the new table unchanged.

DROP TABLE article_fts;

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, highlights, body, captions,
    content="article", content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

-- The new index starts empty: fill it from article.
INSERT INTO article_fts(article_fts) VALUES ('rebuild');
