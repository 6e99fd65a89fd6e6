-- What other modules may read of concerns, as read-only views in the schema named after the module
-- (docs/adr/0006): the kind, the state and the learner it is about, for counts; never a narrative or who raised it.
CREATE SCHEMA IF NOT EXISTS safeguarding;

CREATE VIEW safeguarding.concern AS
SELECT id, kind, status, raised_at, learner_id
FROM concern;
