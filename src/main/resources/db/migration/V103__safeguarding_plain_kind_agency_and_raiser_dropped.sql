-- The contract step of sealing a concern's kind, who raised it and the agency it was referred to
-- (docs/adr/0012-envelope-encryption-with-tink.md, "Contract"; docs/operations.md, "Upgrades"): V102 added the sealed
-- columns and the release with it stopped writing the plain ones; this drops them, and the kind from the published
-- view (other modules ask the safeguarding module which learners have a concern of a kind, decrypted there).
--
-- Waypoint seals any value a node of an older release left in plain text just before this runs, in the same
-- transaction (waypoint.safeguarding.internal.PlainConcernFieldsSealed). Applied without Waypoint (a migration tool on
-- its own), a plain value would be lost, so it stops instead.
DO
$$
    DECLARE
        plain BIGINT;
    BEGIN
        SELECT (SELECT count(*) FROM concern WHERE kind IS NOT NULL OR raised_by_account_id IS NOT NULL)
                   + (SELECT count(*) FROM concern_entry WHERE agency IS NOT NULL)
        INTO plain;
        IF plain > 0 THEN
            RAISE EXCEPTION '% safeguarding records are still in plain text. Start Waypoint of this release (it seals them before this migration runs), not a migration tool on its own; see docs/deploy/README.md, "Upgrading to the release that drops the plain columns".', plain;
        END IF;
    END
$$;

DROP VIEW safeguarding.concern;

ALTER TABLE concern
    DROP COLUMN kind,
    DROP COLUMN raised_by_account_id,
    ALTER COLUMN kind_enc SET NOT NULL,
    ALTER COLUMN raised_by_account_enc SET NOT NULL;

ALTER TABLE concern_entry
    DROP COLUMN agency;

-- The state of each concern and the learner it is about, for counts; never what kind it is, what it says or who
-- raised it.
CREATE VIEW safeguarding.concern AS
SELECT id, status, raised_at, learner_id
FROM concern;
