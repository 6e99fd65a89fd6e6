-- The safeguarding module (issue 11): concerns anyone raises (safeguarding disclosures, Prevent concerns, bullying
-- or harassment, unfair treatment, health and safety incidents, wellbeing worries), their chronology, the provider's
-- designated safeguarding officer and learner entitlements text, and staff safeguarding records (seed 000,
-- "Safe recruitment"). Columns ending _enc hold AES-GCM ciphertext (NarrativeCipher), never plaintext: a database
-- dump or a report query shows nothing of what was disclosed. People are referred to by id (account, learner,
-- staff member): those records belong to other modules, so there are no foreign keys to them.

CREATE TABLE concern
(
    id                   UUID PRIMARY KEY,
    kind                 VARCHAR(40)  NOT NULL,
    -- The role that handles this kind (SAFEGUARDING_LEAD or QUALITY), kept so lists filter on an index.
    handler_role         VARCHAR(40)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    raised_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by_account_id UUID         NOT NULL,
    raised_by_name_enc   BYTEA        NOT NULL,
    -- The learner the concern is about (the learner themselves when a learner raises it), when known.
    learner_id           UUID,
    description_enc      BYTEA        NOT NULL,
    -- Health and safety incidents only.
    incident_category    VARCHAR(20),
    occurred_on          DATE,
    place_enc            BYTEA,
    people_involved_enc  BYTEA,
    injury_enc           BYTEA,
    riddor_reportable    BOOLEAN,
    risk_level           VARCHAR(10),
    outcome_enc          BYTEA,
    closed_at            TIMESTAMP WITH TIME ZONE,
    -- The safeguarding lead chose to let the learner's tutor know that "a safeguarding matter is open".
    tutor_flag_shared    BOOLEAN      NOT NULL DEFAULT FALSE,
    version              INT          NOT NULL
);
CREATE INDEX concern_handler_idx ON concern (handler_role, status, raised_at DESC, id);
CREATE INDEX concern_learner_idx ON concern (learner_id) WHERE learner_id IS NOT NULL;

-- The chronology of a concern: triage, referrals to external agencies with their reference numbers, support put in
-- place, signposting, notes, updates shared with the person who raised it, closure. Append-only by use.
CREATE TABLE concern_entry
(
    id                   UUID PRIMARY KEY,
    concern_id           UUID         NOT NULL REFERENCES concern (id),
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    author_account_id    UUID,
    author_name          VARCHAR(200) NOT NULL,
    entry_kind           VARCHAR(30)  NOT NULL,
    agency               VARCHAR(30),
    reference_number_enc BYTEA,
    details_enc          BYTEA
);
CREATE INDEX concern_entry_concern_idx ON concern_entry (concern_id, occurred_at, id);

-- The one provider's safeguarding settings: the designated safeguarding officer, and the learner entitlements
-- page's text (safeguarding entitlements, the Prevent duty, British values), which the provider edits.
CREATE TABLE safeguarding_setting
(
    id                   SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    officer_name         VARCHAR(200),
    officer_email        VARCHAR(254),
    officer_phone        VARCHAR(30),
    entitlements_text    TEXT,
    prevent_text         TEXT,
    british_values_text  TEXT,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INT          NOT NULL
);

-- Each staff member's safeguarding training and DBS check (seed 000 "Safe recruitment": staff are vetted through
-- Disclosure and Barring Service checks relevant to their role and have undertaken mandatory safeguarding training).
CREATE TABLE staff_safeguarding_record
(
    staff_id          UUID PRIMARY KEY,
    training_on       DATE,
    dbs_checked_on    DATE,
    dbs_expires_on    DATE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INT  NOT NULL
);
CREATE INDEX staff_safeguarding_dbs_expiry_idx ON staff_safeguarding_record (dbs_expires_on);
