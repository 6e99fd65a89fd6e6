-- What other modules may read of complaints, comments and compliments, as read-only views in the schema named after
-- the module (docs/adr/0006): what each is and whose, never what it says or who complained.
CREATE SCHEMA IF NOT EXISTS feedback;

CREATE VIEW feedback.feedback AS
SELECT id, reference, kind, formal, stage, status, learner_id, category
FROM feedback;
