-- A concern's kind, who raised it and the agency a concern was referred to are encrypted like the narratives
-- (docs/adr/0012-envelope-encryption-with-tink.md). Expand, then contract (docs/operations.md, "Upgrades"): this
-- release adds the ciphertext columns and lets the plain ones be empty; the application writes only ciphertext, reads
-- a plain value left by an older release, and its background job (waypoint.shared.crypto.KeyRotation) seals those
-- leftovers and empties the plain columns. A later release drops the plain columns and the kind from the published
-- view, which holds nothing once they are empty. The handler role stays plain: lists filter on it, and it tells only
-- whether the safeguarding lead or the quality team handles the concern.
ALTER TABLE concern
    ADD COLUMN kind_enc              BYTEA,
    ADD COLUMN raised_by_account_enc BYTEA;
ALTER TABLE concern
    ALTER COLUMN kind DROP NOT NULL,
    ALTER COLUMN raised_by_account_id DROP NOT NULL;
ALTER TABLE concern_entry
    ADD COLUMN agency_enc BYTEA;
