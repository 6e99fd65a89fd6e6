-- The apprenticeship: a learner, their employer and line manager, a standard version, a tutor, dates, hours,
-- delivery, funding and a status (the enrolment module). Learners, employers, staff and EPAOs belong to the
-- organisation module; the standard version is named by reference and version, as the catalogue keeps them.
CREATE TABLE apprenticeship
(
    id                 UUID PRIMARY KEY,
    learner_id         UUID          NOT NULL REFERENCES learner (id),
    employer_id        UUID          NOT NULL REFERENCES employer (id),
    line_manager_id    UUID REFERENCES employer_contact (id),
    standard_reference VARCHAR(6)    NOT NULL,
    standard_version   VARCHAR(10)   NOT NULL,
    tutor_id           UUID          NOT NULL REFERENCES staff_member (id),
    start_date         DATE          NOT NULL,
    planned_end_date   DATE          NOT NULL,
    epa_period_months  INT,
    weekly_hours       NUMERIC(5, 2) NOT NULL,
    delivery_model     VARCHAR(20),
    delivery_link      VARCHAR(500),
    study_days         VARCHAR(100),
    funding_type       VARCHAR(10) CHECK (funding_type IN ('LEVY', 'NON_LEVY')),
    training_price     NUMERIC(10, 2),
    epa_price          NUMERIC(10, 2),
    epao_id            UUID REFERENCES epao (id),
    status             VARCHAR(30)   NOT NULL,
    migrated           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The account that created it and the key its request carried, so a repeated submission finds the first.
    created_by         UUID,
    creation_key       VARCHAR(100),
    version            INT           NOT NULL
);
CREATE INDEX apprenticeship_learner_idx ON apprenticeship (learner_id);
CREATE INDEX apprenticeship_employer_idx ON apprenticeship (employer_id);
CREATE INDEX apprenticeship_tutor_idx ON apprenticeship (tutor_id);
CREATE INDEX apprenticeship_status_idx ON apprenticeship (status);
CREATE INDEX apprenticeship_standard_idx ON apprenticeship (standard_reference);
CREATE INDEX apprenticeship_start_idx ON apprenticeship (start_date, id);
CREATE UNIQUE INDEX apprenticeship_creation_key_uq ON apprenticeship (created_by, creation_key)
    WHERE creation_key IS NOT NULL;

-- Other staff working on an apprenticeship, each with their part in it.
CREATE TABLE apprenticeship_staff
(
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    staff_id          UUID        NOT NULL REFERENCES staff_member (id),
    part              VARCHAR(30) NOT NULL CHECK (part IN ('FUNCTIONAL_SKILLS_TUTOR', 'CLIENT_PARTNER',
                                                          'PASTORAL_LEAD', 'TECHNICAL_LEAD', 'OTHER')),
    PRIMARY KEY (apprenticeship_id, staff_id, part)
);
CREATE INDEX apprenticeship_staff_staff_idx ON apprenticeship_staff (staff_id, apprenticeship_id);

-- Every change of status (and change of employer), dated, by whom and why: the apprenticeship's timeline.
CREATE TABLE apprenticeship_status_change
(
    id                   UUID PRIMARY KEY,
    apprenticeship_id    UUID        NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    transition           VARCHAR(30) NOT NULL,
    from_status          VARCHAR(30),
    to_status            VARCHAR(30) NOT NULL,
    effective_date       DATE        NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by          UUID,
    reason               TEXT,
    withdrawal_reason    VARCHAR(40),
    expected_return_date DATE,
    employer_agreed      BOOLEAN,
    -- A break because the apprentice's employment ended (a break in employment).
    employment_ended     BOOLEAN,
    previous_employer_id UUID REFERENCES employer (id),
    new_employer_id      UUID REFERENCES employer (id),
    -- On a return: how many days the planned end date moved.
    planned_end_moved_days INT
);
CREATE INDEX apprenticeship_status_change_idx ON apprenticeship_status_change (apprenticeship_id, effective_date,
                                                                                recorded_at);
