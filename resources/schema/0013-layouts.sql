-- SoHoa store schema, version 13: layouts taught from verified documents
-- (issue 24, core/layouts). A layout holds print positions and label text
-- only, never a taught value; body is the layout's JSON (LayoutModel::toJson),
-- layout_id the SHA-256 of it.
CREATE TABLE layouts (
  id         INTEGER PRIMARY KEY AUTOINCREMENT, -- a removed layout's id is never reused (audit)
  layout_id  TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
