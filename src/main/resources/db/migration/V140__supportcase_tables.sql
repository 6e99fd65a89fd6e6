-- Support cases (issue 8; seed 003, Support and Escalation for Apprentices): the five-stage process, its meetings,
-- recommendations and emails, interventions, and the stored at-risk indicator behind the at-risk list.

CREATE TABLE support_case
(
    id                  UUID PRIMARY KEY,
    apprenticeship_id   UUID        NOT NULL REFERENCES apprenticeship (id),
    stage               TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('PASTORAL', 'PLACEMENT', 'BOTH')),
    reason              TEXT        NOT NULL,
    -- each entry to a stage starts a new period: meetings and recommendations belong to one period
    period              INT         NOT NULL DEFAULT 1,
    told_in_person_on   DATE,
    stage_plan_until    DATE,
    appeal_deadline     DATE,
    appeal_received_on  DATE,
    appeal_by           TEXT,
    appeal_text         TEXT,
    appeal_decision     TEXT,
    appeal_decided_on   DATE,
    other_policy        TEXT,
    employer_choice     TEXT,
    employer_actions    TEXT,
    opened_at           TIMESTAMPTZ NOT NULL,
    opened_by           UUID        NOT NULL,
    closed_at           TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             INT         NOT NULL DEFAULT 0
);
-- one open case per apprenticeship (seed 003: an apprentice is at one stage at a time)
CREATE UNIQUE INDEX support_case_one_open ON support_case (apprenticeship_id)
    WHERE stage IN ('STAGE_1', 'STAGE_2', 'STAGE_3', 'STAGE_4', 'STAGE_5');
CREATE INDEX support_case_apprenticeship ON support_case (apprenticeship_id, opened_at DESC);
CREATE INDEX support_case_stage ON support_case (stage, updated_at DESC);
CREATE INDEX support_case_appeal_deadline ON support_case (appeal_deadline) WHERE stage = 'STAGE_5';

-- The timeline: every step, in words; staff_only entries are never shown to the apprentice or the employer.
CREATE TABLE support_case_event
(
    id         UUID PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES support_case (id),
    at         TIMESTAMPTZ NOT NULL,
    by_name    TEXT        NOT NULL,
    stage      TEXT        NOT NULL,
    text       TEXT        NOT NULL,
    staff_only BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX support_case_event_case ON support_case_event (case_id, at);

CREATE TABLE support_meeting
(
    id                UUID PRIMARY KEY,
    case_id           UUID        NOT NULL REFERENCES support_case (id),
    stage             TEXT        NOT NULL,
    period            INT         NOT NULL,
    held_on           DATE        NOT NULL,
    attendees         TEXT        NOT NULL,
    employer_attended BOOLEAN     NOT NULL,
    progress_update   TEXT        NOT NULL,
    successes         TEXT        NOT NULL,
    blockers          TEXT        NOT NULL,
    amendments        TEXT        NOT NULL,
    support_requests  TEXT        NOT NULL,
    staff_notes       TEXT,
    recorded_by       TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX support_meeting_case ON support_meeting (case_id, stage, period);

CREATE TABLE support_recommendation
(
    id            UUID PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES support_case (id),
    stage         TEXT        NOT NULL,
    period        INT         NOT NULL,
    outcome       TEXT        NOT NULL,
    reasons       TEXT        NOT NULL,
    made_by       TEXT        NOT NULL,
    made_on       DATE        NOT NULL,
    email_sent_at TIMESTAMPTZ,
    UNIQUE (case_id, stage, period)
);

-- What was sent, to whom and when: the case keeps its own copy of every email (seed 003: confirmed by email).
CREATE TABLE support_email
(
    id         UUID PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES support_case (id),
    kind       TEXT        NOT NULL,
    stage      TEXT        NOT NULL,
    recipients TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    sent_by    TEXT        NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX support_email_case ON support_email (case_id, sent_at);

-- Clear actions for resolution with suggested dates (seed 003, stage 3 before steps).
CREATE TABLE support_action
(
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES support_case (id),
    description TEXT NOT NULL,
    due_on      DATE NOT NULL,
    done_on     DATE
);
CREATE INDEX support_action_case ON support_action (case_id, due_on);

-- The interventions catalogue: the seed's list, then the provider's own.
CREATE TABLE support_intervention_kind
(
    id            UUID PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    description   TEXT    NOT NULL,
    provider_own  BOOLEAN NOT NULL DEFAULT FALSE,
    position      INT     NOT NULL
);
INSERT INTO support_intervention_kind (id, name, description, position) VALUES
    ('00000000-0000-0000-0003-000000000001', 'Increased review frequency', 'Meeting more regularly than usual', 1),
    ('00000000-0000-0000-0003-000000000002', 'Increased contact time', 'Contact time with the coach or other staff beyond the time normally allocated at this stage', 2),
    ('00000000-0000-0000-0003-000000000003', 'Technical coach 1:1', 'One-to-one sessions with a technical coach for a technical issue', 3),
    ('00000000-0000-0000-0003-000000000004', 'Wellbeing coach 1:1', 'One-to-one sessions with a wellbeing coach for support with a personal issue', 4),
    ('00000000-0000-0000-0003-000000000005', 'Professional development opportunity', 'For example attending a conference', 5),
    ('00000000-0000-0000-0003-000000000006', 'Compulsory additional training', 'For example an online course', 6),
    ('00000000-0000-0000-0003-000000000007', 'Extended deadline', 'For example a deadline of month 7 to complete the wider development', 7);

CREATE TABLE support_intervention
(
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    case_id           UUID REFERENCES support_case (id),
    kind_id           UUID        NOT NULL REFERENCES support_intervention_kind (id),
    details           TEXT        NOT NULL,
    owner             TEXT        NOT NULL,
    starts_on         DATE        NOT NULL,
    ends_on           DATE,
    outcome           TEXT,
    recorded_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX support_intervention_apprenticeship ON support_intervention (apprenticeship_id, starts_on DESC);

-- The provider's at-risk thresholds (one row).
CREATE TABLE support_settings
(
    id                              INT PRIMARY KEY CHECK (id = 1),
    otj_percent_below               INT NOT NULL,
    review_overdue_days             INT NOT NULL,
    english_maths_weeks_before_gateway INT NOT NULL,
    ksb_coverage_gap_percent        INT NOT NULL,
    session_cadence_days            INT NOT NULL,
    overdue_action_days             INT NOT NULL
);

-- The computed at-risk indicator of each apprenticeship, nightly and on demand: the at-risk list reads it in one query.
CREATE TABLE at_risk_indicator
(
    apprenticeship_id UUID PRIMARY KEY REFERENCES apprenticeship (id),
    severity          INT         NOT NULL,
    signal_codes      TEXT[]      NOT NULL,
    reasons           TEXT        NOT NULL,
    computed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX at_risk_indicator_severity ON at_risk_indicator (severity DESC, apprenticeship_id) WHERE severity > 0;
CREATE INDEX at_risk_indicator_signals ON at_risk_indicator USING GIN (signal_codes);
