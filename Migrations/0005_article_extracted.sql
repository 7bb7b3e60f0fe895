-- Whether place and event extraction ran for an article. `newsq import --no-extract` stores
-- articles without it (a large backlog loads at the pace of the writes), and `newsq extract --all`
-- fills places and events in later, article by article, skipping those already done; the partial
-- index lets it find the remaining ones without reading every article. Articles stored before
-- this migration were all extracted on import.

ALTER TABLE article ADD COLUMN extracted INTEGER NOT NULL DEFAULT 1 CHECK (extracted IN (0, 1));

CREATE INDEX article_awaiting_extraction ON article(id) WHERE extracted = 0;
