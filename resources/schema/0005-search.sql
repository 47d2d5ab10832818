-- SoHoa store schema, version 5: search by name phrase and by prefix (core/search).
-- records_fts gains a `names` column (the person names again, so that a name
-- can be matched as a phrase and ranked first) and prefix indexes for
-- search-as-you-type, with doclists newest first (order=desc) so that a query
-- "newest first LIMIT n" reads only the start of each list. `body` keeps all the folded text as before, so queries
-- on body keep working. The old folded text is carried over; a record's names
-- are indexed the next time it is saved.
ALTER TABLE records_fts RENAME TO records_fts_v1;
CREATE VIRTUAL TABLE records_fts USING fts4 (body, names, tokenize=unicode61, prefix="2,3", order=desc);
INSERT INTO records_fts (docid, body) SELECT docid, body FROM records_fts_v1;
DROP TABLE records_fts_v1;
