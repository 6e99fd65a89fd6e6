-- Satisfaction surveys (seed 001, "The Procedure": learners within the first 3 months and on completion, employers
-- at least annually) and the improvement actions the Board report follows (seed 001, "Monitoring and Review").

CREATE TABLE survey_template
(
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    audience   VARCHAR(20)  NOT NULL,
    occasion   VARCHAR(30)  NOT NULL,
    anonymous  BOOLEAN      NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INT          NOT NULL
);
CREATE INDEX survey_template_occasion_idx ON survey_template (occasion, active);

CREATE TABLE survey_question
(
    id          UUID PRIMARY KEY,
    template_id UUID          NOT NULL REFERENCES survey_template (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    text        VARCHAR(500)  NOT NULL
);
CREATE INDEX survey_question_template_idx ON survey_question (template_id, position);

-- One survey sent to one person; the token is their link. For an anonymous survey the answers are not linked back.
CREATE TABLE survey_invitation
(
    id                   UUID PRIMARY KEY,
    template_id          UUID         NOT NULL REFERENCES survey_template (id),
    occasion_key         VARCHAR(200) NOT NULL UNIQUE,
    recipient_account_id UUID,
    recipient_email      VARCHAR(254) NOT NULL,
    recipient_name       VARCHAR(200) NOT NULL,
    learner_id           UUID,
    token                VARCHAR(64)  NOT NULL UNIQUE,
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at          TIMESTAMP WITH TIME ZONE,
    answered_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX survey_invitation_template_idx ON survey_invitation (template_id, sent_at);
CREATE INDEX survey_invitation_unanswered_idx ON survey_invitation (sent_at) WHERE answered_at IS NULL;
CREATE INDEX survey_invitation_recipient_idx ON survey_invitation (recipient_account_id);

CREATE TABLE survey_response
(
    id            UUID PRIMARY KEY,
    template_id   UUID NOT NULL REFERENCES survey_template (id),
    invitation_id UUID REFERENCES survey_invitation (id),
    respondent    VARCHAR(200),
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX survey_response_template_idx ON survey_response (template_id, submitted_at);

CREATE TABLE survey_answer
(
    response_id UUID NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
    question_id UUID NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    rating      INT,
    yes         BOOLEAN,
    text        VARCHAR(4000),
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX survey_answer_question_idx ON survey_answer (question_id);

CREATE TABLE improvement_action
(
    id          UUID PRIMARY KEY,
    title       VARCHAR(300) NOT NULL,
    feedback_id UUID REFERENCES feedback (id),
    status      VARCHAR(20)  NOT NULL,
    due_on      DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INT          NOT NULL
);
CREATE INDEX improvement_action_created_idx ON improvement_action (created_at, id);
