-- A standard version's assessment plan under the assessment reform (docs/domain/assessment-reform.md): the
-- apprenticeship assessment's components, one per graded assessment method, each taken during the programme or after
-- the gateway to completion, marked by the provider or the assessment organisation, with the attempts it allows. A
-- version with no row here keeps the end-point assessment.
CREATE TABLE standard_reformed_plan (
    standard_version_id UUID PRIMARY KEY REFERENCES standard_version (id),
    source              TEXT,
    changed_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE standard_assessment_component (
    standard_version_id UUID NOT NULL REFERENCES standard_reformed_plan (standard_version_id) ON DELETE CASCADE,
    position            INT  NOT NULL,
    method              TEXT NOT NULL,
    taken               TEXT NOT NULL CHECK (taken IN ('ON_PROGRAMME', 'AFTER_GATEWAY')),
    marked_by           TEXT NOT NULL CHECK (marked_by IN ('PROVIDER', 'ASSESSMENT_ORGANISATION')),
    attempts_allowed    INT  NOT NULL CHECK (attempts_allowed BETWEEN 1 AND 5),
    PRIMARY KEY (standard_version_id, method)
);
