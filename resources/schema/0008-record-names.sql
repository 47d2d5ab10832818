-- SoHoa store schema, version 8: names in a B-tree for search as you type.
-- A typed name is a prefix of a folded full name ("nguyen van a"): in FTS4 a
-- prefix or phrase of common syllables reads doclists of hundreds of thousands
-- of records before the first row comes back; a range scan of this index reads
-- only the rows it returns. Full-text search (records_fts) still finds names
-- anywhere in a record. One row per name of a record (folded as in
-- records_fts.names, whose " | "-separated segments it repeats).
CREATE TABLE record_names (
  name      TEXT NOT NULL,
  record_id INTEGER NOT NULL, -- records are never deleted; search::indexRecord keeps this in step
  PRIMARY KEY (name, record_id)
) WITHOUT ROWID;

WITH RECURSIVE split (record_id, rest, name) AS (
  SELECT docid, names || ' | ', '' FROM records_fts WHERE names IS NOT NULL AND names != ''
  UNION ALL
  SELECT record_id, substr(rest, instr(rest, ' | ') + 3), substr(rest, 1, instr(rest, ' | ') - 1)
  FROM split WHERE rest != ''
)
INSERT OR IGNORE INTO record_names (name, record_id) SELECT name, record_id FROM split WHERE name != '';
