-- Ranking a common word without reading every match's whole index text. `search` is toasted
-- (a body's tsvector is kilobytes, compressed): ts_rank over it for every match of a word found
-- in most articles was most of a search. newsq_search_head is the title (A) and highlights (B)
-- alone, with the positions they have at the start of `search`: for a query ts_rank scores
-- word by word (one word, or OR; no phrase, AND or prefix), an article's rank over `search` is
-- at least its rank over the head and less than 0.1 above it (body and caption words weigh 0.1).
-- So newsq ranks over `search` only the articles that can still reach the page, and gets the
-- same page (PostgresStorage+RankedPage.swift gives the proof).
--
-- An expression index rather than a stored column: adding a stored column rewrites the table and
-- rebuilds the index of `search` (minutes at 100,000 articles); this reads only titles and
-- highlights, and a title's vector is cheap to make again for the few thousand rows that need it.
CREATE FUNCTION newsq_search_head(title text, highlights text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT setweight(to_tsvector('newsq', newsq_words(title)), 'A')
        || setweight(to_tsvector('newsq', newsq_words(highlights)), 'B')
$$;
CREATE INDEX article_search_head ON article USING gin (newsq_search_head(title, highlights));
