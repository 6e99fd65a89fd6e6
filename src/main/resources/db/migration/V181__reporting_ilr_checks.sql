-- The last check of each ILR return (collection year and return period) against the official validation rules: when
-- it ran, who or what started it, how many learners it checked and what it found, so the return's page and the
-- tutors' home pages read it rather than checking the whole return on every view. Each learner checked (so a
-- caseload's count is known even where nothing was found) and each finding, with where it is put right.
-- See docs/domain/ilr.md, "Checking a return before upload".
CREATE TABLE ilr_check (
    id               uuid PRIMARY KEY,
    collection_year  varchar(7)   NOT NULL,
    return_period    integer      NOT NULL CHECK (return_period BETWEEN 1 AND 14),
    checked_at       timestamptz  NOT NULL,
    -- the person who asked for it; null when the system did (the nightly check, the demo data)
    checked_by       uuid,
    checked_by_name  varchar(200) NOT NULL,
    learners         integer      NOT NULL,
    errors           integer      NOT NULL,
    warnings         integer      NOT NULL,
    CONSTRAINT ilr_check_one_per_return UNIQUE (collection_year, return_period)
);

CREATE TABLE ilr_check_learner (
    check_id         uuid         NOT NULL REFERENCES ilr_check (id) ON DELETE CASCADE,
    learn_ref_number varchar(12)  NOT NULL,
    learner_id       uuid,
    name             varchar(200),
    PRIMARY KEY (check_id, learn_ref_number)
);

CREATE INDEX ilr_check_learner_by_learner ON ilr_check_learner (check_id, learner_id);

CREATE TABLE ilr_check_finding (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    check_id         uuid         NOT NULL REFERENCES ilr_check (id) ON DELETE CASCADE,
    -- '' for a problem with the file as a whole, so it sorts first and the index serves the page's order
    learn_ref_number varchar(12)  NOT NULL,
    learner_id       uuid,
    apprenticeship_id uuid,
    learner_name     varchar(200),
    rule             varchar(60)  NOT NULL,
    -- 0 an error, 1 a warning: errors first within a learner
    severity_rank    smallint     NOT NULL CHECK (severity_rank IN (0, 1)),
    aim_seq_number   integer,
    field            varchar(100),
    message          text         NOT NULL,
    -- where it is put right (the learner's details, the apprenticeship...), read with the learner and apprenticeship
    fix              varchar(40),
    -- found by a rule across learners (a reference number or ULN used twice): kept when one learner is checked again
    across_learners  boolean      NOT NULL DEFAULT false
);

CREATE INDEX ilr_check_finding_in_order ON ilr_check_finding (check_id, learn_ref_number, severity_rank, rule, id);
CREATE INDEX ilr_check_finding_by_rule ON ilr_check_finding (check_id, rule, learn_ref_number, severity_rank, id);
CREATE INDEX ilr_check_finding_by_learner ON ilr_check_finding (check_id, learner_id);
