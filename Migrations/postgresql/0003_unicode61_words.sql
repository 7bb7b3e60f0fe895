-- Words split where FTS5's unicode61 splits them. PostgreSQL's parser keeps some runs of letters,
-- digits and punctuation whole: 3.5, 10.1.2 and -17 are numbers, cnn.com a host,
-- john.smith@cnn.com an e-mail address, u.s a word, a URL three tokens of its own. The SQLite
-- engine indexes 3 and 5, 17, cnn and com, john, smith, u and s; so does the search text the
-- query compiler makes for both engines. Typed into the PostgreSQL engine, `17` or `smith`
-- found nothing there that they find on SQLite.
--
-- newsq_words(text) turns every ASCII character other than a letter or digit, the spaces and
-- signs of Latin-1 (not its letters, ordinals, superscripts and fractions) with the
-- multiplication and division signs, and Unicode's General Punctuation block (U+2000 to
-- U+206F: spaces, dashes, quotation marks, bullets) into spaces before the parser sees the
-- text: unicode61 separates on all of them. One regular-expression pass costs about 0.1 ms for
-- a 6 kB body, against 0.9 ms for to_tsvector itself (translate() took 5 ms).
CREATE FUNCTION newsq_words(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT pg_catalog.regexp_replace($1, '[!-/:-@[-`{-~\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f]+', ' ', 'g') $$;

-- PostgreSQL 15 cannot change a generated column's expression: the column and its index are made
-- again (every article's vector computed once more).
ALTER TABLE article DROP COLUMN search;
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('newsq', newsq_words(title)), 'A')
    || setweight(to_tsvector('newsq', newsq_words(highlights)), 'B')
    || setweight(to_tsvector('newsq', newsq_words(body)), 'C')
    || setweight(to_tsvector('newsq', newsq_words(captions)), 'D')) STORED;
CREATE INDEX article_search ON article USING gin (search);
