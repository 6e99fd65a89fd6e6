-- Subject access requests: a person asks for a copy of everything held about them (UK GDPR article 15), answered
-- within one calendar month of receipt, extendable by up to two further months with a reason.
-- See docs/domain/data-protection.md.
CREATE TABLE subject_access_request
(
    id                  uuid PRIMARY KEY,
    learner_id          uuid          NOT NULL,
    learner_account_id  uuid          NOT NULL,
    learner_name        varchar(201)  NOT NULL,
    channel             varchar(30)   NOT NULL,
    request_words       varchar(4000),
    received_on         date          NOT NULL,
    due_on              date          NOT NULL,
    extension_months    integer       NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_reason    varchar(2000),
    state               varchar(30)   NOT NULL,
    recorded_by         uuid          NOT NULL,
    recorded_by_name    varchar(200)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    identity_note       varchar(2000),
    identity_checked_at timestamptz,
    gathered_at         timestamptz,
    review              text,
    withheld            varchar(2000),
    refusal_reason      varchar(4000),
    decided_at          timestamptz,
    decided_by_name     varchar(200),
    pack_file_id        varchar(200),
    pack_size           bigint,
    version             integer       NOT NULL,
    CONSTRAINT subject_access_request_extension_has_reason
        CHECK (extension_months = 0 OR extension_reason IS NOT NULL)
);

CREATE INDEX subject_access_request_due_idx ON subject_access_request (due_on, id);
CREATE INDEX subject_access_request_learner_idx ON subject_access_request (learner_id);
