-- SoHoa store schema, version 15: deleted accounts (issue 21). An administrator
-- deletes an account: its key slot is removed and the store re-keyed as on
-- disabling, and its row stays with the time it was deleted, so that its audit
-- entries keep naming it and no new account can take its name (and with it
-- the deleted account's history). Numbered 15: 14 is taken by another branch
-- of the same session (gaps are allowed, core/store/Migrations.cpp).
ALTER TABLE accounts ADD COLUMN deleted_at TEXT;
ALTER TABLE accounts ADD COLUMN deleted_by TEXT;
