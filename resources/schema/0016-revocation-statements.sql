-- SoHoa store schema, version 16: what a revocation leaves valid (issue 21,
-- backdating after revocation). A roster row that disables an account (format
-- 2) lists, signed with the row, the account's statements that existed and
-- were not yet delivered to the registry at that moment (JSON array of
-- "seq:id" strings, sync::approvals::statementListItem); the registry takes a
-- statement made before the revocation only if it is listed. NULL: a format-1
-- row (every other row, and revocations written before this version).
ALTER TABLE signing_keys ADD COLUMN statements TEXT;
