-- Onboarding an apprenticeship (issue 4, "Onboarding: a GOV.UK task list per apprenticeship"; seed 000, "How will my
-- apprenticeship progress?"). Every table hangs off the apprenticeship (V70) and is read per apprenticeship.

-- The tasks whose answers are one form each (employer pre-start meeting, eligibility, initial assessment's own
-- answers, apprenticeship start-up meeting, induction): the answers as JSON written from the task's request record,
-- and whether the person said the task is complete. version: optimistic locking, two staff editing one task.
CREATE TABLE onboarding_task (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    task              TEXT        NOT NULL,
    completed         BOOLEAN     NOT NULL DEFAULT FALSE,
    answers           JSONB       NOT NULL DEFAULT '{}',
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        UUID        NOT NULL,
    version           INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (apprenticeship_id, task)
);

-- Initial and diagnostic English and maths results, entered or imported from a diagnostic tool's CSV (bksb).
CREATE TABLE english_maths_result (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    subject           TEXT        NOT NULL CHECK (subject IN ('ENGLISH', 'MATHS')),
    kind              TEXT        NOT NULL CHECK (kind IN ('INITIAL', 'DIAGNOSTIC')),
    result            TEXT        NOT NULL,
    assessed_on       DATE        NOT NULL,
    source            TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    recorded_by       UUID        NOT NULL
);
CREATE INDEX english_maths_result_apprenticeship ON english_maths_result (apprenticeship_id, subject, kind);

-- An exemption from functional skills by a Level 2 qualification the learner holds (seed 000, English and
-- Mathematics: "providing you are able to produce your certificates"): the certificate, then a member of staff's check.
CREATE TABLE english_maths_exemption (
    apprenticeship_id   UUID        NOT NULL REFERENCES apprenticeship (id),
    subject             TEXT        NOT NULL CHECK (subject IN ('ENGLISH', 'MATHS')),
    qualification       TEXT        NOT NULL,
    certificate_file_id TEXT        NOT NULL,
    certificate_name    TEXT        NOT NULL,
    uploaded_at         TIMESTAMPTZ NOT NULL,
    uploaded_by         UUID        NOT NULL,
    verified_at         TIMESTAMPTZ,
    verified_by         UUID,
    PRIMARY KEY (apprenticeship_id, subject)
);

-- The skills scan: the learner and the employer each rate every KSB of the standard, 1 (new to it) to 4 (confident).
CREATE TABLE skills_scan_rating (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    ksb_code          TEXT        NOT NULL,
    rater             TEXT        NOT NULL CHECK (rater IN ('LEARNER', 'EMPLOYER')),
    rating            SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 4),
    rated_at          TIMESTAMPTZ NOT NULL,
    rated_by          UUID        NOT NULL,
    PRIMARY KEY (apprenticeship_id, ksb_code, rater)
);

-- Recognition of prior learning: the learner's application with evidence, then the staff decision with the hours
-- recognised and the rule pack's explanation of what they reduce (DOMAIN.md, Recognition of prior learning).
CREATE TABLE prior_learning (
    apprenticeship_id UUID PRIMARY KEY REFERENCES apprenticeship (id),
    application       TEXT        NOT NULL,
    evidence_file_id  TEXT,
    evidence_name     TEXT,
    applied_at        TIMESTAMPTZ NOT NULL,
    applied_by        UUID        NOT NULL,
    hours_recognised  NUMERIC(6, 1) CHECK (hours_recognised >= 0),
    decision_reason   TEXT,
    explanation       TEXT,
    decided_at        TIMESTAMPTZ,
    decided_by        UUID,
    version           INT         NOT NULL DEFAULT 0
);

-- Training plan versions. A version is written once and never changed (a signature covers its exact text), which the
-- trigger below enforces; an edit is a new version, numbered from 1. The primary key is the optimistic lock: two
-- staff saving from the same version both try the same next number, and the second is refused.
CREATE TABLE training_plan_version (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    number            INT         NOT NULL CHECK (number >= 1),
    content           JSONB       NOT NULL,
    canonical_text    TEXT        NOT NULL,
    sha256            CHAR(64)    NOT NULL,
    changes           TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        UUID        NOT NULL,
    PRIMARY KEY (apprenticeship_id, number)
);

CREATE FUNCTION training_plan_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a training plan version is never changed: save a new version instead';
END $$;

CREATE TRIGGER training_plan_version_immutable
    BEFORE UPDATE OR DELETE ON training_plan_version
    FOR EACH ROW EXECUTE FUNCTION training_plan_version_is_immutable();

-- Signatures on onboarding documents: the training plan (learner, employer, provider) and the learner's handbook
-- declaration (seed 000, Key contact information & declaration). One per party per document version.
CREATE TABLE onboarding_signature (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    document          TEXT        NOT NULL CHECK (document IN ('TRAINING_PLAN', 'HANDBOOK_DECLARATION')),
    document_version  INT         NOT NULL,
    party             TEXT        NOT NULL CHECK (party IN ('LEARNER', 'EMPLOYER', 'PROVIDER')),
    signer_account_id UUID        NOT NULL,
    typed_name        TEXT        NOT NULL,
    signed_at         TIMESTAMPTZ NOT NULL,
    ip_address        TEXT        NOT NULL,
    document_sha256   CHAR(64)    NOT NULL,
    UNIQUE (apprenticeship_id, document, document_version, party)
);
