-- Funding audit samples (docs/domain/audit-and-inspection.md, "Samples"): who asked for which sample, how it was
-- chosen (at random with a seed that repeats it, or by risk), the apprenticeships chosen in order, and how far the
-- background export has got; the ZIP is kept in the file store under file_id once ready.
CREATE TABLE evidence_sample
(
    id                 UUID PRIMARY KEY,
    requested_by       UUID        NOT NULL,
    requested_by_name  TEXT        NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    chosen_by          TEXT        NOT NULL CHECK (chosen_by IN ('RANDOM', 'RISK')),
    seed               BIGINT      NOT NULL,
    size_asked         INT         NOT NULL CHECK (size_asked > 0),
    funding_year       INT,
    standard_reference TEXT,
    state              TEXT        NOT NULL,
    packed             INT         NOT NULL DEFAULT 0,
    file_id            TEXT,
    file_size          BIGINT,
    failure            TEXT,
    finished_at        TIMESTAMPTZ,
    version            INT         NOT NULL DEFAULT 0
);
CREATE INDEX evidence_sample_newest_idx ON evidence_sample (requested_at DESC);

CREATE TABLE evidence_sample_member
(
    sample_id         UUID NOT NULL REFERENCES evidence_sample (id),
    position          INT  NOT NULL,
    apprenticeship_id UUID NOT NULL,
    why               TEXT NOT NULL,
    PRIMARY KEY (sample_id, position)
);
