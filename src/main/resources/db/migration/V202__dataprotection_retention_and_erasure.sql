-- Retention: how long the provider keeps each kind of record and what happens after (anonymise or delete), the
-- nightly job's report of what it did, and erasure requests with what was erased and what is kept until when
-- (UK GDPR articles 5(1)(e) and 17). See docs/domain/retention.md.
CREATE TABLE retention_setting
(
    kind            varchar(40)  PRIMARY KEY,
    period_months   integer      NOT NULL CHECK (period_months BETWEEN 1 AND 1200),
    action          varchar(20)  NOT NULL CHECK (action IN ('ANONYMISE', 'DELETE')),
    updated_at      timestamptz,
    updated_by_name varchar(200),
    version         integer      NOT NULL DEFAULT 0
);

CREATE TABLE retention_run
(
    id          uuid PRIMARY KEY,
    ran_at      timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    trigger     varchar(20) NOT NULL
);

CREATE INDEX retention_run_newest_idx ON retention_run (ran_at DESC, id);

CREATE TABLE retention_run_line
(
    run_id        uuid        NOT NULL REFERENCES retention_run (id),
    kind          varchar(40) NOT NULL,
    action        varchar(20) NOT NULL,
    period_months integer     NOT NULL,
    cutoff        timestamptz NOT NULL,
    records       integer     NOT NULL,
    PRIMARY KEY (run_id, kind)
);

-- The learners whose records of a kind were anonymised or deleted (by the job or an erasure request), so each is
-- done once.
CREATE TABLE retention_learner_done
(
    learner_id uuid        NOT NULL,
    kind       varchar(40) NOT NULL,
    done_at    timestamptz NOT NULL,
    PRIMARY KEY (learner_id, kind)
);

CREATE TABLE erasure_request
(
    id               uuid PRIMARY KEY,
    learner_id       uuid          NOT NULL,
    learner_name     varchar(201)  NOT NULL,
    received_on      date          NOT NULL,
    request_words    varchar(4000),
    recorded_by_name varchar(200)  NOT NULL,
    recorded_at      timestamptz   NOT NULL
);

CREATE INDEX erasure_request_learner_idx ON erasure_request (learner_id);

-- Per kind of record: erased now (how many), or kept, until when and why.
CREATE TABLE erasure_request_line
(
    request_id  uuid          NOT NULL REFERENCES erasure_request (id),
    position    integer       NOT NULL,
    kind        varchar(40)   NOT NULL,
    outcome     varchar(20)   NOT NULL CHECK (outcome IN ('ERASED', 'KEPT', 'NONE_HELD')),
    records     integer       NOT NULL,
    kept_until  date,
    explanation varchar(2000) NOT NULL,
    PRIMARY KEY (request_id, position)
);
