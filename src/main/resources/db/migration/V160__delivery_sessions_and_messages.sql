-- Teaching, learning and assessment sessions and messages (issue 6, items 6 to 9). Seed 000, "Mentoring & Quals
-- Direct": "each time any teaching, learning or assessment takes place, your mentor will document ... what has been
-- delivered or assessed and will also record agreed action and/or assessment plans".

CREATE TABLE delivery_session (
    id               UUID PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('ONE_TO_ONE', 'GROUP')),
    state            VARCHAR(20)  NOT NULL CHECK (state IN ('SCHEDULED', 'RECORDED', 'CANCELLED')),
    starts_at        TIMESTAMPTZ  NOT NULL,
    duration_minutes INT          NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    place            TEXT,
    remote_link      TEXT,
    topic            TEXT         NOT NULL,
    planned_ksbs     TEXT         NOT NULL DEFAULT '',
    tutor_account_id UUID         NOT NULL,
    tutor_name       TEXT         NOT NULL,
    delivered        TEXT,
    cancel_reason    TEXT,
    recorded_at      TIMESTAMPTZ,
    -- iCalendar SEQUENCE (RFC 5545 3.8.7.4): goes up on every change a calendar app must pick up
    sequence         INT          NOT NULL DEFAULT 0,
    lock_version     INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX delivery_session_tutor_idx ON delivery_session (tutor_account_id, starts_at);
CREATE INDEX delivery_session_state_idx ON delivery_session (state, starts_at);

-- Who the session is for: one apprenticeship for a one-to-one, several for a group; attendance once recorded.
CREATE TABLE delivery_session_learner (
    session_id        UUID        NOT NULL REFERENCES delivery_session (id) ON DELETE CASCADE,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    attendance        VARCHAR(10) CHECK (attendance IN ('ATTENDED', 'LATE', 'ABSENT')),
    PRIMARY KEY (session_id, apprenticeship_id)
);
CREATE INDEX delivery_session_learner_apprenticeship_idx ON delivery_session_learner (apprenticeship_id, session_id);

-- Agreed actions and assessment plans, each with an owner and a due date, tracked until done.
CREATE TABLE delivery_action (
    id                UUID PRIMARY KEY,
    session_id        UUID        NOT NULL REFERENCES delivery_session (id),
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    kind              VARCHAR(20) NOT NULL CHECK (kind IN ('ACTION', 'ASSESSMENT_PLAN')),
    description       TEXT        NOT NULL,
    owner             VARCHAR(10) NOT NULL CHECK (owner IN ('LEARNER', 'EMPLOYER', 'TUTOR')),
    due_date          DATE        NOT NULL,
    status            VARCHAR(10) NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    done_at           TIMESTAMPTZ,
    done_by           UUID,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX delivery_action_apprenticeship_idx ON delivery_action (apprenticeship_id, status, due_date);
CREATE INDEX delivery_action_session_idx ON delivery_action (session_id);
CREATE INDEX delivery_action_open_idx ON delivery_action (status, due_date);

-- The provider's cadence where a standard gives none (seed 004: "at least every 4-5 weeks" = 35 days).
CREATE TABLE delivery_settings (
    id                       INT PRIMARY KEY CHECK (id = 1),
    max_days_between_sessions INT NOT NULL CHECK (max_days_between_sessions BETWEEN 1 AND 366)
);
INSERT INTO delivery_settings (id, max_days_between_sessions) VALUES (1, 35);

-- A person's private calendar feed address: calendar apps subscribe without signing in, so the token is the secret.
CREATE TABLE delivery_calendar_token (
    account_id UUID PRIMARY KEY,
    token      VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);

-- Messages: threads of the teaching relationship between the apprentice and the tutor, the employer when included.
CREATE TABLE message_thread (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    subject           TEXT        NOT NULL,
    employer_included BOOLEAN     NOT NULL,
    started_by        UUID        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    last_message_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_thread_apprenticeship_idx ON message_thread (apprenticeship_id, last_message_at DESC);

CREATE TABLE message (
    id                 UUID PRIMARY KEY,
    thread_id          UUID        NOT NULL REFERENCES message_thread (id),
    author_account_id  UUID        NOT NULL,
    author_name        TEXT        NOT NULL,
    body               TEXT        NOT NULL,
    attachment_file_id TEXT,
    attachment_name    TEXT,
    attachment_type    TEXT,
    attachment_size    BIGINT,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_thread_idx ON message (thread_id, created_at);

CREATE TABLE message_read (
    thread_id    UUID        NOT NULL REFERENCES message_thread (id),
    account_id   UUID        NOT NULL,
    last_read_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (thread_id, account_id)
);
