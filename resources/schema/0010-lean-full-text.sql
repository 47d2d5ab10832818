-- SoHoa store schema, version 10: full-text tables that write less per record.
-- records_fts.names repeats person names that `body` already holds, and no
-- query matches on that column alone (search reads it back to rank), so it is
-- kept but no longer indexed (notindexed). Neither table's queries use
-- matchinfo's per-document lengths, so the %_docsize tables go (matchinfo=fts3).
-- What search and duplicate lookup return is unchanged. The rows are copied,
-- which re-tokenizes them once.
ALTER TABLE records_fts RENAME TO records_fts_v5;
CREATE VIRTUAL TABLE records_fts USING fts4 (
  body, names, tokenize=unicode61, prefix="2,3", order=desc, notindexed=names, matchinfo=fts3);
INSERT INTO records_fts (docid, body, names) SELECT docid, body, names FROM records_fts_v5;
DROP TABLE records_fts_v5;

ALTER TABLE record_keys RENAME TO record_keys_v9;
CREATE VIRTUAL TABLE record_keys USING fts4 (keys, tokenize=simple, matchinfo=fts3);
INSERT INTO record_keys (docid, keys) SELECT docid, keys FROM record_keys_v9;
DROP TABLE record_keys_v9;
