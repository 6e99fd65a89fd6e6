-- A learner's health declaration and equality answers are encrypted in the application before they are written
-- (docs/adr/0012-envelope-encryption-with-tink.md): all six answers of a learner in one value with a data key of its
-- own, bound to the learner. Expand, then contract (docs/operations.md, "Upgrades"): this release adds the ciphertext
-- column; the application writes only it and empties the plain columns, reads plain answers an older release wrote
-- (newer than the ciphertext when present), and its background job (waypoint.shared.crypto.KeyRotation) seals such
-- leftovers. A later release drops the plain columns and their published view columns, empty by then.
ALTER TABLE learner_declaration
    ADD COLUMN answers_enc BYTEA;
