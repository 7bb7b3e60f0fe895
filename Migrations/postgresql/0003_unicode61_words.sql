-- Words split where FTS5's unicode61 splits them. PostgreSQL's parser keeps some runs of letters,
-- digits and punctuation whole: 3.5, 10.1.2 and -17 are numbers, cnn.com a host,
-- john.smith@cnn.com an e-mail address, u.s a word, a URL three tokens of its own. The SQLite
-- engine indexes 3 and 5, 17, cnn and com, john, smith, u and s; so does the search text the
-- query compiler makes for both engines. Typed into the PostgreSQL engine, `17` or `smith`
-- found nothing there that they find on SQLite.
--
-- newsq_words(text) turns every ASCII character other than a letter or digit, and the
-- punctuation and spaces of Latin-1 and of Unicode's General Punctuation block, into spaces
-- before the parser sees the text: unicode61 separates on all of them. translate() maps
-- character for character, so the index costs about what it did.
DO $$
DECLARE
    separators text;
BEGIN
    SELECT string_agg(chr(code), '' ORDER BY code) INTO separators
    FROM (
        -- ASCII: every printable character but letters and digits
        SELECT generate_series(33, 47) AS code
        UNION ALL SELECT generate_series(58, 64)
        UNION ALL SELECT generate_series(91, 96)
        UNION ALL SELECT generate_series(123, 126)
        -- Latin-1 spaces and signs, not its letters and numbers (feminine and masculine
        -- ordinals, micro sign, superscripts, fractions), and the multiplication and division signs
        UNION ALL SELECT code FROM generate_series(160, 191) AS code
            WHERE code NOT IN (170, 178, 179, 181, 185, 186, 188, 189, 190)
        UNION ALL SELECT 215
        UNION ALL SELECT 247
        -- General Punctuation, U+2000 to U+206F: spaces, dashes, quotation marks, bullets
        UNION ALL SELECT generate_series(8192, 8303)
    ) AS punctuation;
    EXECUTE format(
        'CREATE FUNCTION newsq_words(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT '
        'AS %L',
        format('SELECT pg_catalog.translate($1, %L, %L)', separators, repeat(' ', length(separators))));
END
$$;

-- PostgreSQL 15 cannot change a generated column's expression: the column and its index are made
-- again (every article's vector computed once more).
ALTER TABLE article DROP COLUMN search;
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('newsq', newsq_words(title)), 'A')
    || setweight(to_tsvector('newsq', newsq_words(highlights)), 'B')
    || setweight(to_tsvector('newsq', newsq_words(body)), 'C')
    || setweight(to_tsvector('newsq', newsq_words(captions)), 'D')) STORED;
CREATE INDEX article_search ON article USING gin (search);
