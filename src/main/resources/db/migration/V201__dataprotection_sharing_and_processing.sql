-- Each time Waypoint sends a learner's personal data to their employer or an end-point assessment organisation
-- (UK GDPR article 15(1)(c): the recipients), and the provider's record of processing activities (article 30).
-- See docs/domain/data-protection.md.
CREATE TABLE personal_data_sharing
(
    id             uuid PRIMARY KEY,
    learner_id     uuid          NOT NULL,
    recipient_kind varchar(40)   NOT NULL,
    recipient      varchar(500)  NOT NULL,
    what           varchar(4000) NOT NULL,
    shared_at      timestamptz   NOT NULL
);

CREATE INDEX personal_data_sharing_newest_idx ON personal_data_sharing (shared_at DESC, id);
CREATE INDEX personal_data_sharing_learner_idx ON personal_data_sharing (learner_id, shared_at);

CREATE TABLE processing_activity
(
    id              uuid PRIMARY KEY,
    name            varchar(200)  NOT NULL,
    purpose         varchar(2000) NOT NULL,
    lawful_basis    varchar(1000) NOT NULL,
    people          varchar(1000) NOT NULL,
    data_categories varchar(2000) NOT NULL,
    recipients      varchar(2000) NOT NULL,
    retention       varchar(2000) NOT NULL,
    safeguards      varchar(2000),
    updated_at      timestamptz   NOT NULL,
    updated_by_name varchar(200)  NOT NULL,
    version         integer       NOT NULL
);
