-- The English and maths qualifications the provider delivers, recorded once by an administrator: the qualification's
-- name, its awarding organisation, subject, level and its learning aim reference (LearnAimRef) in the department's
-- learning aims database, which differs by awarding organisation. An apprentice's English or maths study names one, and
-- the ILR return writes it as the English or maths aim (docs/domain/english-and-maths-aims.md).
CREATE TABLE english_maths_qualification (
    id                    UUID PRIMARY KEY,
    learn_aim_ref         VARCHAR(8)  NOT NULL UNIQUE,
    title                 TEXT        NOT NULL,
    awarding_organisation TEXT        NOT NULL,
    subject               TEXT        NOT NULL CHECK (subject IN ('ENGLISH', 'MATHS')),
    level                 TEXT        NOT NULL CHECK (level IN ('ENTRY_LEVEL_3', 'LEVEL_1', 'LEVEL_2')),
    kind                  TEXT        NOT NULL CHECK (kind IN ('FUNCTIONAL_SKILLS', 'GCSE')),
    recorded_at           TIMESTAMPTZ NOT NULL,
    recorded_by           UUID
);

CREATE SCHEMA IF NOT EXISTS catalogue;

CREATE VIEW catalogue.english_maths_qualification AS
SELECT id, learn_aim_ref, title, awarding_organisation, subject, level, kind
FROM english_maths_qualification;

COMMENT ON VIEW catalogue.english_maths_qualification IS 'Published by catalogue: the English and maths qualifications the provider delivers with their learning aim references, for the ILR return';
