-- Off-the-job training (issue 5): activity types, the provider's pace thresholds, the entries and a running total
-- per apprenticeship so that pace and the behind-pace report read one row, not every entry (10 million of them in
-- the reference data set, ARCHITECTURE.md).

-- The handbook's list (seed 000, "20% Off the Job Training", What can be used as off the job training?) and types
-- the provider adds.
CREATE TABLE otj_activity_type (
    code           VARCHAR(40) PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE,
    position       INT     NOT NULL,
    provider_added BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO otj_activity_type (code, name, position) VALUES
    ('THEORY', 'Theory, such as lectures', 1),
    ('ROLE_PLAYING', 'Role-playing', 2),
    ('ONLINE_LEARNING', 'Online learning', 3),
    ('SIMULATION', 'Simulation exercises or industry training', 4),
    ('SHADOWING', 'Staff shadowing', 5),
    ('MENTORING', 'Mentoring', 6),
    ('INDUSTRY_VISIT', 'Industry visits', 7),
    ('COMPETITION', 'Competitions', 8),
    ('LEARNING_SUPPORT', 'Learning support', 9),
    ('ASSIGNMENT_WRITING', 'Time spent writing assignments', 10);

-- One row: the provider's red / amber / green thresholds, as a percentage of the hours expected to date.
CREATE TABLE otj_settings (
    id                 INT PRIMARY KEY CHECK (id = 1),
    amber_below_percent INT NOT NULL CHECK (amber_below_percent BETWEEN 1 AND 100),
    red_below_percent   INT NOT NULL CHECK (red_below_percent BETWEEN 0 AND 100),
    version            INT NOT NULL DEFAULT 0,
    CHECK (red_below_percent <= amber_below_percent)
);
INSERT INTO otj_settings (id, amber_below_percent, red_below_percent) VALUES (1, 90, 75);

CREATE TABLE otj_entry (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    learner_id        UUID        NOT NULL,
    activity_date     DATE        NOT NULL,
    start_time        TIME,
    end_time          TIME,
    minutes           INT         NOT NULL CHECK (minutes > 0 AND minutes % 15 = 0 AND minutes <= 1440),
    activity_type     VARCHAR(40) NOT NULL REFERENCES otj_activity_type (code),
    description       TEXT        NOT NULL,
    ksbs              TEXT        NOT NULL DEFAULT '',
    evidence_file_id  TEXT,
    evidence_name     TEXT,
    evidence_link     TEXT,
    -- LEARNER, STAFF, or the module that published OffTheJobActivityRecorded, with its own reference.
    source            VARCHAR(40) NOT NULL,
    source_reference  TEXT,
    state             VARCHAR(30) NOT NULL,
    rejection_reason  VARCHAR(30),
    reviewer_note     TEXT,
    reviewed_by       UUID,
    reviewed_at       TIMESTAMPTZ,
    employer_confirmed_by UUID,
    employer_confirmed_at TIMESTAMPTZ,
    created_by        UUID,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           INT         NOT NULL DEFAULT 0
);
-- An apprenticeship's entries newest first (keyset pagination on date and id), and its sums by state.
CREATE INDEX otj_entry_apprenticeship_idx ON otj_entry (apprenticeship_id, activity_date DESC, id DESC)
    INCLUDE (minutes, state);
-- Overlaps and day totals: one learner's entries on one day.
CREATE INDEX otj_entry_learner_day_idx ON otj_entry (learner_id, activity_date);
-- The tutor's pending queue.
CREATE INDEX otj_entry_pending_idx ON otj_entry (apprenticeship_id) WHERE state = 'SUBMITTED';
-- An event delivered twice adds one entry.
CREATE UNIQUE INDEX otj_entry_source_uq ON otj_entry (source, source_reference) WHERE source_reference IS NOT NULL;

-- The running total per apprenticeship, kept in the same transaction as every entry change, with the facts the
-- behind-pace report needs in SQL: planned and minimum hours, breaks, and the end of learning (gateway,
-- withdrawal). Expected-to-date is worked out at query time from these, as it changes every day.
CREATE TABLE otj_pace (
    apprenticeship_id  UUID PRIMARY KEY REFERENCES apprenticeship (id),
    approved_minutes   BIGINT NOT NULL DEFAULT 0,
    pending_minutes    BIGINT NOT NULL DEFAULT 0,
    last_approved_date DATE,
    planned_hours      NUMERIC(7, 1),
    minimum_hours      NUMERIC(7, 1),
    completed_break_days INT NOT NULL DEFAULT 0,
    paused_since       DATE,
    learning_ended_on  DATE,
    updated_at         TIMESTAMPTZ NOT NULL
);
