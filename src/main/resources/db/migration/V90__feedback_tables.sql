-- The feedback module: complaints (formal and informal), compliments, suggestions and assessment appeals, each a
-- case with its deadlines (seed 001, "Complaints and Feedback Policy"), and satisfaction surveys.
-- People are referred to by identity account id and learners by organisation learner id, without foreign keys
-- to other modules' tables.

-- The provider's timings and words; one row. The defaults are the seed policy's.
CREATE TABLE feedback_settings
(
    id                          SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    acknowledge_working_days    INT           NOT NULL,
    stage2_response_working_days INT          NOT NULL,
    stage3_response_working_days INT          NOT NULL,
    stage2_quiet_months         INT           NOT NULL,
    escalation_months           INT           NOT NULL,
    suggestion_response_working_days INT      NOT NULL,
    appeal_window_working_days  INT           NOT NULL,
    near_deadline_working_days  INT           NOT NULL,
    funding_body_details        VARCHAR(4000) NOT NULL,
    version                     INT           NOT NULL
);
INSERT INTO feedback_settings
VALUES (1, 2, 10, 10, 1, 1, 10, 20, 2,
        'ESFA complaints team. Email: complaints.ESFA@education.gov.uk. Post: Complaints team, Education and Skills Funding Agency, Cheylesmore House, Quinton Road, Coventry CV1 2WT. In most cases the complaint must be made within three months of the date of our response letter.',
        0);

CREATE TABLE feedback
(
    id                         UUID PRIMARY KEY,
    reference                  VARCHAR(20)   NOT NULL UNIQUE,
    kind                       VARCHAR(20)   NOT NULL,
    formal                     BOOLEAN       NOT NULL,
    stage                      SMALLINT,
    status                     VARCHAR(20)   NOT NULL,
    channel                    VARCHAR(20)   NOT NULL,
    raised_by_account_id       UUID,
    complainant_account_id     UUID,
    complainant_name           VARCHAR(200)  NOT NULL,
    complainant_email          VARCHAR(254),
    complainant_type           VARCHAR(20)   NOT NULL,
    learner_id                 UUID,
    about_account_id           UUID,
    about_name                 VARCHAR(200),
    summary                    VARCHAR(200)  NOT NULL,
    details                    VARCHAR(8000) NOT NULL,
    category                   VARCHAR(40)   NOT NULL,
    under_18                   BOOLEAN       NOT NULL,
    guardian_told              BOOLEAN,
    representative_name        VARCHAR(200),
    representative_relationship VARCHAR(100),
    representative_account_id  UUID,
    authority_file_id          VARCHAR(100),
    authority_file_name        VARCHAR(255),
    owner_account_id           UUID,
    prefers_operations_manager BOOLEAN       NOT NULL,
    wants_response             BOOLEAN       NOT NULL,
    received_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledge_by             DATE,
    acknowledged_at            TIMESTAMP WITH TIME ZONE,
    stage_received_on          DATE,
    respond_by                 DATE,
    responded_at               TIMESTAMP WITH TIME ZONE,
    response                   VARCHAR(8000),
    escalate_by                DATE,
    extension_reason           VARCHAR(2000),
    appeal_route               VARCHAR(30),
    assessment_date            DATE,
    appeal_by                  DATE,
    shared_with_praised_at     TIMESTAMP WITH TIME ZONE,
    outcome                    VARCHAR(20),
    closed_at                  TIMESTAMP WITH TIME ZONE,
    closed_reason              VARCHAR(2000),
    highest_stage              SMALLINT,
    deadlines_due              INT           NOT NULL,
    deadlines_met              INT           NOT NULL,
    version                    INT           NOT NULL
);
CREATE INDEX feedback_received_idx ON feedback (received_at DESC, id);
CREATE INDEX feedback_kind_status_idx ON feedback (kind, status, received_at DESC);
CREATE INDEX feedback_owner_idx ON feedback (owner_account_id, status);
CREATE INDEX feedback_complainant_idx ON feedback (complainant_account_id);
CREATE INDEX feedback_representative_idx ON feedback (representative_account_id);
CREATE INDEX feedback_learner_idx ON feedback (learner_id);
CREATE INDEX feedback_escalate_by_idx ON feedback (escalate_by) WHERE status = 'RESPONDED';
CREATE INDEX feedback_respond_by_idx ON feedback (respond_by) WHERE status IN ('OPEN', 'ACKNOWLEDGED');
CREATE SEQUENCE feedback_reference_seq;

-- Everyone who has handled a case: with the quality role and the complainant, the only people who may see it.
CREATE TABLE feedback_handler
(
    feedback_id UUID NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    account_id  UUID NOT NULL,
    PRIMARY KEY (feedback_id, account_id)
);
CREATE INDEX feedback_handler_account_idx ON feedback_handler (account_id, feedback_id);

-- The case's timeline, oldest first.
CREATE TABLE feedback_event
(
    id          BIGSERIAL PRIMARY KEY,
    feedback_id UUID          NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    what        VARCHAR(200)  NOT NULL,
    detail      VARCHAR(8000)
);
CREATE INDEX feedback_event_feedback_idx ON feedback_event (feedback_id, at, id);

-- Submissions through the public form, by a hash of the sender's address, to limit spam.
CREATE TABLE feedback_public_submission
(
    address_hash VARCHAR(64) NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX feedback_public_submission_idx ON feedback_public_submission (address_hash, at);
