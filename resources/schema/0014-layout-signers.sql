-- SoHoa store schema, version 14: the keys of other offices whose signed
-- layout files an administrator accepted (issue 24, core/layouts). The next
-- file signed with a remembered key is trusted without asking again; the
-- office that key signs for is kept so a file claiming another office is
-- refused. Accepting and removing a key are audited.
CREATE TABLE layout_signers (
  fingerprint TEXT PRIMARY KEY,     -- audit::keyFingerprint(public_key)
  public_key  BLOB NOT NULL,        -- Ed25519, 32 bytes
  office      TEXT NOT NULL,        -- the signing store's id, as its files say
  account     TEXT NOT NULL,        -- the signing account, as that office names it
  accepted_by TEXT NOT NULL,
  accepted_at TEXT NOT NULL
);
