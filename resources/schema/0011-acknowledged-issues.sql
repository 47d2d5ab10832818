-- "Đúng như sổ gốc": the clerk confirms a value that is wrong on the paper as
-- it stands (the national practice is to key the book as written and note the
-- discrepancy). An acknowledgement covers one issue (code + field) for the
-- value the field had when it was acknowledged: once the value changes, the
-- acknowledgement no longer applies and the issue blocks again. The
-- supervisor's approval must accept acknowledged errors explicitly
-- (workflow::Decision::acceptAcknowledged); see docs/clerk-walkthrough.md.
CREATE TABLE acknowledged_issues (
  record_id       INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  code            TEXT NOT NULL,
  field           TEXT NOT NULL DEFAULT '',
  value           TEXT NOT NULL DEFAULT '', -- the field's value when acknowledged
  note            TEXT NOT NULL DEFAULT '',
  acknowledged_by TEXT NOT NULL,
  acknowledged_at TEXT NOT NULL,
  PRIMARY KEY (record_id, code, field)
) WITHOUT ROWID;

-- "Cần hỏi": a record the clerk cannot finish without asking someone (the
-- family, the book's keeper). It leaves the to-verify queue until taken back.
CREATE TABLE record_holds (
  record_id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
  note      TEXT NOT NULL,
  held_by   TEXT NOT NULL,
  held_at   TEXT NOT NULL
);
