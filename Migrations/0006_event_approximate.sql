-- Events by date without walking history: a day, month or year event spans at most 366 days, so
-- one overlapping a range that starts on day F starts on or after F - 366 days, a bounded range of
-- event_date. Approximate events ("earlier this year") have no such bound by their precision; they
-- are few, and this partial index finds them apart.

CREATE INDEX event_approximate ON event(date_start) WHERE precision = 'approximate';
