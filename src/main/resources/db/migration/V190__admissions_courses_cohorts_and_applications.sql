-- Admissions: the provider's course pages, its cohorts, and the enquiries and applications people send from them
-- (docs/domain/admissions.md).

-- A standard the provider chooses to offer, with the page's words an administrator writes. The standard's facts
-- (title, level, duration, assessment plan) are read from the catalogue, never copied here.
CREATE TABLE admissions_course (
    id                 UUID PRIMARY KEY,
    slug               TEXT        NOT NULL UNIQUE,
    standard_reference TEXT        NOT NULL UNIQUE,
    published          BOOLEAN     NOT NULL DEFAULT TRUE,
    summary            TEXT        NOT NULL,
    overview           TEXT        NOT NULL,
    job_roles          TEXT        NOT NULL,
    entry_requirements TEXT        NOT NULL,
    english_and_maths  TEXT        NOT NULL,
    duration           TEXT        NOT NULL,
    delivery           TEXT        NOT NULL,
    assessment         TEXT        NOT NULL,
    progression        TEXT        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    version            INT         NOT NULL DEFAULT 0
);

-- A group starting one standard together. places_taken counts accepted applications; the cohort aggregate alone
-- changes it, and never past the capacity.
CREATE TABLE admissions_cohort (
    id               UUID PRIMARY KEY,
    course_id        UUID        NOT NULL REFERENCES admissions_course (id),
    name             TEXT        NOT NULL,
    start_date       DATE        NOT NULL,
    capacity         INT         NOT NULL CHECK (capacity > 0),
    places_taken     INT         NOT NULL DEFAULT 0 CHECK (places_taken >= 0 AND places_taken <= capacity),
    tutor_staff_id   UUID        NOT NULL,
    delivery_pattern TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    version          INT         NOT NULL DEFAULT 0
);
CREATE INDEX admissions_cohort_course ON admissions_cohort (course_id, start_date);

-- The group teaching sessions planned for a whole cohort.
CREATE TABLE admissions_cohort_session (
    cohort_id UUID NOT NULL REFERENCES admissions_cohort (id),
    held_on   DATE NOT NULL,
    topic     TEXT NOT NULL,
    PRIMARY KEY (cohort_id, held_on, topic)
);

-- An enquiry or an application, from the public forms or entered by staff, and where triage has got to.
CREATE TABLE admissions_admission (
    id                   UUID PRIMARY KEY,
    reference            TEXT        NOT NULL UNIQUE,
    kind                 TEXT        NOT NULL CHECK (kind IN ('ENQUIRY', 'APPLICATION')),
    state                TEXT        NOT NULL,
    course_id            UUID        NOT NULL REFERENCES admissions_course (id),
    cohort_id            UUID REFERENCES admissions_cohort (id),
    enquirer             TEXT        NOT NULL CHECK (enquirer IN ('INDIVIDUAL', 'EMPLOYER')),
    source               TEXT        NOT NULL,
    given_names          TEXT        NOT NULL,
    family_name          TEXT        NOT NULL,
    email                TEXT        NOT NULL,
    phone                TEXT,
    employer_name        TEXT,
    message              TEXT,
    date_of_birth        DATE,
    postcode             TEXT,
    uln                  TEXT,
    line_manager_name    TEXT,
    line_manager_email   TEXT,
    line_manager_phone   TEXT,
    english_held         TEXT,
    maths_held           TEXT,
    spam                 BOOLEAN     NOT NULL DEFAULT FALSE,
    owner_staff_id       UUID,
    not_eligible_reason  TEXT,
    withdrawn_reason     TEXT,
    learner_id           UUID,
    apprenticeship_id    UUID,
    employer_agreed_by   TEXT,
    employer_agreed_on   DATE,
    received_at          TIMESTAMPTZ NOT NULL,
    state_since          TIMESTAMPTZ NOT NULL,
    reminded_at          TIMESTAMPTZ,
    version              INT         NOT NULL DEFAULT 0
);
CREATE INDEX admissions_admission_board ON admissions_admission (spam, state, received_at DESC);
CREATE INDEX admissions_admission_cohort ON admissions_admission (cohort_id);
CREATE INDEX admissions_admission_course ON admissions_admission (course_id, received_at);

CREATE TABLE admissions_note (
    id           UUID PRIMARY KEY,
    admission_id UUID        NOT NULL REFERENCES admissions_admission (id),
    author_id    UUID        NOT NULL,
    author_name  TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    written_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX admissions_note_admission ON admissions_note (admission_id, written_at);

-- The limit on the public forms per address, kept as salted hashes for a day.
CREATE TABLE admissions_public_submission (
    address_hash TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX admissions_public_submission_address ON admissions_public_submission (address_hash, at);

CREATE SEQUENCE admissions_reference START 1001;
