-- SoHoa store schema, version 9: blocking keys as terms of a full-text index.
-- A key ("birth|n:full_name|nguyenvanan|2019-03-15") is only ever looked up by
-- equality. As rows of a B-tree keyed by the key, every commit rewrote a page
-- per new key wherever it fell (random keys), which made record_keys the
-- largest cost of storing records once a store held tens of thousands. FTS4
-- keeps its terms in merged segments instead (pages written once, merged in
-- bulk). Each key is stored as printf('%016x', short_hash(key)) — 64-bit
-- SipHash (crypto::shortHash) in hex; a collision only adds a candidate that
-- the duplicate scorer compares in full. One row per record (docid = records.id).
CREATE VIRTUAL TABLE record_keys_v9 USING fts4 (keys, tokenize=simple);
INSERT INTO record_keys_v9 (docid, keys)
  SELECT record_id, group_concat(printf('%016x', short_hash(key)), ' ') FROM record_keys GROUP BY record_id;
DROP TABLE record_keys;
ALTER TABLE record_keys_v9 RENAME TO record_keys;
