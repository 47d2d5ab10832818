-- SoHoa store schema, version 12: per-account signing keys (issue 21, finding 1).
-- Each account has an Ed25519 key; its secret half is wrapped by the account's
-- password in keyring.json, its public half is listed here. Each roster row
-- (account, role, public key, first audit entry it applies to) is signed by an
-- administrator's key (the first row, the store's first administrator, by
-- itself: the roster's root). Audit entries carry their actor's signature over
-- the entry hash. See core/audit/Roster.h and docs/security.md.
CREATE TABLE signing_keys (
  id         INTEGER PRIMARY KEY,
  account    TEXT NOT NULL,
  role       TEXT NOT NULL,
  public_key BLOB NOT NULL,
  from_seq   INTEGER NOT NULL,
  signed_by  TEXT,
  signer_key BLOB,
  signature  BLOB
);
CREATE INDEX signing_keys_account ON signing_keys (account, from_seq);
ALTER TABLE audit ADD COLUMN signature BLOB;
-- Entries before this one were written before accounts had keys (an upgraded store).
INSERT OR REPLACE INTO meta (key, value)
  SELECT 'audit_signed_from', CAST(COALESCE(MAX(seq), 0) + 1 AS TEXT) FROM audit;
