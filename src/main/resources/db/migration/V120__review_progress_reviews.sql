-- Progress reviews (issue 7): one row per review of an apprenticeship, from the moment it falls due to its signed
-- record. The record's content is a draft until sent for signatures; each sending is a numbered, never-changed
-- version whose canonical text the three parties sign.
CREATE TABLE progress_review (
    id                  uuid PRIMARY KEY,
    apprenticeship_id   uuid        NOT NULL REFERENCES apprenticeship (id),
    number              int         NOT NULL,
    state               text        NOT NULL,
    anchor_date         date        NOT NULL,
    due_date            date,
    due_explanation     text        NOT NULL DEFAULT '',
    exception_reason    text,
    exception_agreed_by text,
    exception_agreed_on date,
    meeting_at          timestamptz,
    meeting_place       text,
    held_on             date,
    suggested_date      date,
    reflection          text        NOT NULL DEFAULT '',
    draft               jsonb       NOT NULL DEFAULT '{}'::jsonb,
    record_version      int         NOT NULL DEFAULT 0,
    signed_at           timestamptz,
    lock_version        int         NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (apprenticeship_id, number)
);
-- at most one review still to be held per apprenticeship
CREATE UNIQUE INDEX progress_review_one_open ON progress_review (apprenticeship_id) WHERE state IN ('DUE', 'PLANNED');
CREATE INDEX progress_review_state_due ON progress_review (state, due_date);
CREATE INDEX progress_review_meeting ON progress_review (meeting_at) WHERE state = 'PLANNED';

CREATE TABLE progress_review_version (
    review_id      uuid        NOT NULL REFERENCES progress_review (id),
    number         int         NOT NULL,
    content        jsonb       NOT NULL,
    canonical_text text        NOT NULL,
    sha256         text        NOT NULL,
    changes        text        NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     uuid        NOT NULL,
    PRIMARY KEY (review_id, number)
);

CREATE TABLE progress_review_signature (
    id                uuid PRIMARY KEY,
    review_id         uuid        NOT NULL REFERENCES progress_review (id),
    record_version    int         NOT NULL,
    party             text        NOT NULL,
    signer_account_id uuid        NOT NULL,
    typed_name        text        NOT NULL,
    signed_at         timestamptz NOT NULL,
    ip_address        text        NOT NULL,
    document_sha256   text        NOT NULL,
    UNIQUE (review_id, record_version, party)
);

-- Targets agreed at a review, tracked until the next one looks at them.
CREATE TABLE review_action (
    id                uuid PRIMARY KEY,
    review_id         uuid NOT NULL REFERENCES progress_review (id),
    apprenticeship_id uuid NOT NULL REFERENCES apprenticeship (id),
    position          int  NOT NULL,
    title             text NOT NULL,
    target_date       date NOT NULL,
    ksbs              text NOT NULL DEFAULT '',
    status            text NOT NULL DEFAULT 'OPEN',
    UNIQUE (review_id, position)
);
CREATE INDEX review_action_apprenticeship ON review_action (apprenticeship_id);

-- The provider's review settings: the record's sections (a template the provider adjusts) and after how many days
-- missing signatures are chased. One row.
CREATE TABLE review_settings (
    id               int PRIMARY KEY CHECK (id = 1),
    chase_after_days int   NOT NULL DEFAULT 3,
    sections         jsonb NOT NULL
);
