-- Gateway, end-point assessment and completion (issue 10). One row per apprenticeship that has started towards its
-- gateway: where it is in the EPA steps (EpaTable), the gateway meeting record and the completion.
CREATE TABLE epa_record (
    apprenticeship_id        UUID PRIMARY KEY REFERENCES apprenticeship (id),
    stage                    TEXT        NOT NULL,
    meeting_held_on          DATE,
    meeting_mentor           TEXT,
    meeting_employer         TEXT,
    meeting_apprentice       TEXT,
    meeting_decision         TEXT,
    meeting_notes            TEXT,
    meeting_text             TEXT,
    overall_grade            TEXT,
    actual_end_date          DATE,
    achievement_date         DATE,
    certificate_requested_on DATE,
    certificate_received_on  DATE,
    progression_kind         TEXT,
    progression_notes        TEXT,
    progression_held_on      DATE,
    updated_at               TIMESTAMPTZ NOT NULL,
    version                  INT         NOT NULL
);
CREATE INDEX epa_record_stage ON epa_record (stage);

-- A checklist item confirmed by a person (employer, apprentice, staff), with the evidence they gave.
CREATE TABLE epa_gateway_confirmation (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    item_key          TEXT        NOT NULL,
    evidence          TEXT        NOT NULL,
    confirmed_by      UUID        NOT NULL,
    confirmed_by_name TEXT        NOT NULL,
    confirmed_as      TEXT        NOT NULL,
    confirmed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (apprenticeship_id, item_key)
);

-- Signatures on the gateway meeting record: the mentor, the employer and the apprentice.
CREATE TABLE epa_gateway_signature (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    party             TEXT        NOT NULL,
    signer_account_id UUID        NOT NULL,
    typed_name        TEXT        NOT NULL,
    signed_at         TIMESTAMPTZ NOT NULL,
    ip_address        TEXT        NOT NULL,
    document_sha256   TEXT        NOT NULL,
    PRIMARY KEY (apprenticeship_id, party)
);

-- One assessment method booked with the EPAO.
CREATE TABLE epa_booking (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    method            TEXT        NOT NULL,
    epao_id           UUID        NOT NULL REFERENCES epao (id),
    starts_at         TIMESTAMPTZ NOT NULL,
    place             TEXT        NOT NULL,
    assessor          TEXT,
    adjustments       TEXT,
    attempt           INT         NOT NULL,
    reminded_at       TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        UUID        NOT NULL
);
CREATE INDEX epa_booking_starts ON epa_booking (starts_at, id);
CREATE INDEX epa_booking_apprenticeship ON epa_booking (apprenticeship_id);

-- A grade for one graded component (a method, or a holistic criterion): the latest attempt counts.
CREATE TABLE epa_result (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    component         TEXT        NOT NULL,
    grade             TEXT        NOT NULL,
    attempt           INT         NOT NULL,
    assessed_on       DATE        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    recorded_by       UUID        NOT NULL,
    UNIQUE (apprenticeship_id, component, attempt)
);
CREATE INDEX epa_result_grade ON epa_result (apprenticeship_id, component, attempt DESC);

-- An appeal to the EPAO against a result (recorded here: the feedback module has no public API for appeals yet).
CREATE TABLE epa_appeal (
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    component         TEXT        NOT NULL,
    lodged_on         DATE        NOT NULL,
    reason            TEXT        NOT NULL,
    outcome           TEXT,
    recorded_at       TIMESTAMPTZ NOT NULL,
    recorded_by       UUID        NOT NULL
);
CREATE INDEX epa_appeal_apprenticeship ON epa_appeal (apprenticeship_id);

-- The gateway readiness dashboard lists apprenticeships in learning by the end of their practical period.
CREATE INDEX epa_apprenticeship_practical_end ON apprenticeship (status, planned_end_date, id);
