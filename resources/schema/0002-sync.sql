-- SoHoa store schema, version 2: delivery to the national registries (core/sync).
-- Everything here lives inside the encrypted store, secret keys included.

-- This office's device identity (one row): Ed25519 signs requests and packages,
-- X25519 receives the registry's sealed receipts.
CREATE TABLE sync_device (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  sign_public BLOB NOT NULL,
  sign_secret BLOB NOT NULL,
  box_public  BLOB NOT NULL,
  box_secret  BLOB NOT NULL,
  created_at  TEXT NOT NULL
);

-- The registry the device is enrolled with (one row): where it is, the
-- certificate or CA pinned for TLS, the id it gave this device, and its keys
-- (X25519 for sealing packages to it, Ed25519 for checking its receipts).
CREATE TABLE sync_registry (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  url                TEXT NOT NULL,
  ca_pem             TEXT NOT NULL,
  device_id          TEXT NOT NULL,
  registry_name      TEXT NOT NULL DEFAULT '',
  package_public_key BLOB NOT NULL,
  receipt_public_key BLOB NOT NULL,
  enrolled_at        TEXT NOT NULL,
  enrolled_by        TEXT NOT NULL
);

-- One row per batch that has records in the outbox.
CREATE TABLE sync_batches (
  batch_id        INTEGER PRIMARY KEY REFERENCES batches (id),
  batch_key       TEXT NOT NULL UNIQUE,      -- idempotency key of the batch
  queued_at       TEXT NOT NULL,
  last_attempt_at TEXT,
  last_message    TEXT NOT NULL DEFAULT ''
);

-- The outbox: one row per approved record on its way to a registry. The
-- payload is frozen when the record is queued, so what is sent is what was approved.
CREATE TABLE sync_records (
  record_id       INTEGER PRIMARY KEY REFERENCES records (id),
  batch_id        INTEGER NOT NULL REFERENCES batches (id),
  record_key      TEXT NOT NULL UNIQUE,      -- idempotency key of this submission
  registry        TEXT NOT NULL,             -- 'civil_status' | 'land'
  state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted', 'rejected', 'conflict',
                                                 'failed_will_retry', 'needs_attention')),
  payload         TEXT NOT NULL,             -- canonical JSON {type, fields, pages, ...}
  content_hash    TEXT NOT NULL,
  channel         TEXT NOT NULL DEFAULT 'online', -- 'online' | 'package'
  package_id      TEXT,                      -- the package it travels in, until its receipt
  in_doubt        INTEGER NOT NULL DEFAULT 0,-- a request may have reached the registry: ask before resending
  attempts        INTEGER NOT NULL DEFAULT 0,
  queued_at       TEXT NOT NULL,
  last_attempt_at TEXT,
  next_attempt_at TEXT,
  last_code       TEXT NOT NULL DEFAULT '',
  last_message    TEXT NOT NULL DEFAULT '',
  registry_id     TEXT,
  answer          TEXT,                      -- the registry's whole answer (JSON)
  answered_at     TEXT
);
CREATE INDEX sync_records_batch ON sync_records (batch_id, state);
CREATE INDEX sync_records_state ON sync_records (state, next_attempt_at);
CREATE INDEX sync_records_package ON sync_records (package_id);

-- Page images of queued records: content hash and whether the registry has
-- confirmed it holds the whole image ('started': an upload began and may be partial).
CREATE TABLE sync_pages (
  page_id   INTEGER PRIMARY KEY REFERENCES pages (id),
  hash      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  format    TEXT NOT NULL,
  started   INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_pages_hash ON sync_pages (hash);

-- Offline packages written for removable media, and the receipts imported back.
CREATE TABLE sync_packages (
  package_id          TEXT PRIMARY KEY,
  batch_id            INTEGER NOT NULL REFERENCES batches (id),
  file_name           TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  records             INTEGER NOT NULL,
  bytes               INTEGER NOT NULL,
  hash                TEXT NOT NULL,
  receipt_id          TEXT,
  receipt_imported_at TEXT
) WITHOUT ROWID;

CREATE TABLE sync_receipts (
  receipt_id  TEXT PRIMARY KEY,
  package_id  TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  answers     INTEGER NOT NULL,
  changed     INTEGER NOT NULL
) WITHOUT ROWID;
