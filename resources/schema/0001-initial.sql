-- SoHoa store schema, version 1. Applied once, in one transaction, by core/store/Migrations.
-- SQLite 3.15 (Debian's SQLCipher 3.4.1): no JSON1, no UPSERT, no window functions.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE accounts (
  id                   INTEGER PRIMARY KEY,
  name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name         TEXT NOT NULL DEFAULT '',
  role                 TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
  slot_id              TEXT NOT NULL UNIQUE,
  active               INTEGER NOT NULL DEFAULT 1,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  created_at           TEXT NOT NULL,
  created_by           TEXT NOT NULL
);

-- Tamper-evident log: hash = BLAKE2b-256(prev_hash || canonical entry). See core/audit.
CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  details   TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash      BLOB NOT NULL
);
CREATE INDEX audit_actor ON audit (actor, seq);
CREATE INDEX audit_entity ON audit (entity, seq);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE batches (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  double_keying INTEGER NOT NULL DEFAULT 0
);

-- One imported file or one scanned sheet set.
CREATE TABLE documents (
  id              INTEGER PRIMARY KEY,
  batch_id        INTEGER NOT NULL REFERENCES batches (id),
  source_name     TEXT NOT NULL,         -- file name or scanner device
  source_kind     TEXT NOT NULL,         -- 'file' | 'scanner' | 'manual'
  source_sha256   BLOB,                  -- of the imported file, for re-import detection
  imported_at     TEXT NOT NULL,
  imported_by     TEXT NOT NULL,
  page_count      INTEGER NOT NULL DEFAULT 0,
  doc_type        TEXT NOT NULL DEFAULT 'unknown',
  type_confidence REAL NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'imported', -- imported | ocr_running | ocr_done | ocr_failed
  status_message  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_batch ON documents (batch_id);

CREATE TABLE pages (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  page_no     INTEGER NOT NULL,
  width       INTEGER NOT NULL DEFAULT 0,
  height      INTEGER NOT NULL DEFAULT 0,
  dpi         INTEGER NOT NULL DEFAULT 0,
  rotation    INTEGER NOT NULL DEFAULT 0,  -- degrees applied before OCR (0/90/180/270)
  skew        REAL NOT NULL DEFAULT 0,     -- degrees corrected before OCR
  blank       INTEGER NOT NULL DEFAULT 0,
  ocr         BLOB,                        -- serialised OcrPage (words, boxes, confidences)
  ocr_text    TEXT,
  provenance  TEXT NOT NULL DEFAULT '{}',  -- JSON: file/scanner, time, user
  UNIQUE (document_id, page_no)
);

-- Original page images, kept apart so that listing pages never reads megabytes.
CREATE TABLE page_images (
  page_id INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
  format  TEXT NOT NULL,  -- 'png' | 'jpeg' | 'tiff' | ...
  data    BLOB NOT NULL
);

-- A record is one registration (birth, death, ...) found on a document's pages.
CREATE TABLE records (
  id            INTEGER PRIMARY KEY,
  batch_id      INTEGER NOT NULL REFERENCES batches (id),
  document_id   INTEGER REFERENCES documents (id),
  page_no       INTEGER NOT NULL DEFAULT 1,
  record_type   TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'to_verify', -- to_verify | verified | approved | rejected
  fields        TEXT NOT NULL DEFAULT '{}',        -- JSON {key: {value, raw, confidence, page, box, source}}
  issues        TEXT NOT NULL DEFAULT '[]',        -- JSON [{code, field, severity, message}]
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  verified_by   TEXT,
  verified_at   TEXT,
  decided_by    TEXT,
  decided_at    TEXT,
  reject_reason TEXT,
  version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX records_batch_state ON records (batch_id, state);
CREATE INDEX records_state ON records (state, id);
CREATE INDEX records_document ON records (document_id);

CREATE TABLE field_edits (
  id         INTEGER PRIMARY KEY,
  record_id  INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  field      TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  edited_by  TEXT NOT NULL,
  edited_at  TEXT NOT NULL
);
CREATE INDEX field_edits_record ON field_edits (record_id, id);

-- Accent-folded text of each record for search (docid = records.id). The text
-- is folded in C++ (đ, letters with two marks) before it reaches FTS4.
CREATE VIRTUAL TABLE records_fts USING fts4 (body, tokenize=unicode61);

-- Blocking keys for duplicate detection: folded name + event date, etc.
CREATE TABLE record_keys (
  key       TEXT NOT NULL,
  record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  PRIMARY KEY (key, record_id)
) WITHOUT ROWID;
CREATE INDEX record_keys_record ON record_keys (record_id);
