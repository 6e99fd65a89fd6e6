-- The contract step of sealing learners' declarations (docs/adr/0012-envelope-encryption-with-tink.md, "Contract";
-- docs/operations.md, "Upgrades"): V14 added the sealed column and the release with it stopped writing the plain
-- ones; this drops them, and the published view's answer columns, which no module reads (the equality report and the
-- ILR read the answers decrypted, through the organisation module).
--
-- Waypoint seals any answers a node of an older release left in plain text just before this runs, in the same
-- transaction (waypoint.organisation.internal.learner.PlainDeclarationsSealed). Applied without Waypoint (a migration
-- tool on its own), a plain answer would be lost, so it stops instead.
DO
$$
    DECLARE
        plain BIGINT;
    BEGIN
        SELECT count(*)
        INTO plain
        FROM learner_declaration
        WHERE health_declaration IS NOT NULL
           OR health_details IS NOT NULL
           OR ethnicity IS NOT NULL
           OR sex IS NOT NULL
           OR religion IS NOT NULL
           OR sexual_orientation IS NOT NULL;
        IF plain > 0 THEN
            RAISE EXCEPTION '% learners'' declarations are still in plain text. Start Waypoint of this release (it seals them before this migration runs), not a migration tool on its own; see docs/deploy/README.md, "Upgrading to the release that drops the plain columns".', plain;
        END IF;
    END
$$;

DROP VIEW organisation.learner_declaration;

ALTER TABLE learner_declaration
    DROP COLUMN health_declaration,
    DROP COLUMN health_details,
    DROP COLUMN ethnicity,
    DROP COLUMN sex,
    DROP COLUMN religion,
    DROP COLUMN sexual_orientation;

-- Which learners have made declarations, and when they last changed them; the answers only through the organisation
-- module (waypoint.organisation.DeclaredAnswers), decrypted.
CREATE VIEW organisation.learner_declaration AS
SELECT learner_id, updated_at
FROM learner_declaration;
