-- Page images of a document whose import is still running. A long PDF would
-- otherwise hold every page image in memory until its last page is read; the
-- images wait here (encrypted like everything else) and move into page_images
-- in the transaction that stores the whole document. Rows left by an import
-- that crashed are purged by the next import once they are old.
CREATE TABLE staged_images (
  id        INTEGER PRIMARY KEY,
  staged_at TEXT NOT NULL,
  format    TEXT NOT NULL,
  data      BLOB NOT NULL
);
