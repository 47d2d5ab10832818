-- SoHoa store schema, version 6: keying by hand (core/keying). Most old
-- civil-status books are handwritten registers that OCR cannot read; clerks
-- key each entry while SoHoa shows the part of the page it belongs to.

-- A book layout: the zones a clerk draws once for a register's page layout and
-- reuses on every page of that book. zones is JSON
-- [{"entry": 1, "field": "full_name", "x": 0.1, "y": 0.2, "w": 0.5, "h": 0.04}, ...]
-- in fractions of the page (scans of one book differ a little in pixels);
-- "field": "" is the area of the whole entry.
CREATE TABLE keying_layouts (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  record_type      TEXT NOT NULL,
  entries_per_page INTEGER NOT NULL DEFAULT 1,
  zones            TEXT NOT NULL DEFAULT '[]',
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);

-- The layout a batch (one book) is keyed with.
CREATE TABLE keying_batch_layouts (
  batch_id  INTEGER PRIMARY KEY REFERENCES batches (id),
  layout_id INTEGER NOT NULL REFERENCES keying_layouts (id)
);

-- Records keyed by hand: which entry of which page they are (first keying).
CREATE TABLE keying_first_pass (
  record_id   INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  page_no     INTEGER NOT NULL,
  entry_no    INTEGER NOT NULL,
  keyed_by    TEXT NOT NULL,
  keyed_at    TEXT NOT NULL,
  UNIQUE (document_id, page_no, entry_no)
);

-- Double keying: a second clerk keys the same entries blind; the differences
-- are resolved before the record can be confirmed. fields is JSON {key: value}.
CREATE TABLE keying_second_pass (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL REFERENCES batches (id),
  document_id INTEGER NOT NULL REFERENCES documents (id),
  page_no     INTEGER NOT NULL,
  entry_no    INTEGER NOT NULL,
  record_type TEXT NOT NULL,
  fields      TEXT NOT NULL,
  keyed_by    TEXT NOT NULL,
  keyed_at    TEXT NOT NULL,
  resolved_by TEXT,
  resolved_at TEXT,
  UNIQUE (document_id, page_no, entry_no)
);
CREATE INDEX keying_second_pass_batch ON keying_second_pass (batch_id);
