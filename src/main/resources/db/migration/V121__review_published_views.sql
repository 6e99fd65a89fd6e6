-- What other modules may read of progress reviews, as read-only views in the schema named after the module
-- (docs/adr/0006). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS review;

-- Published by review for the reporting module's review compliance report (reviews due this week, overdue and
-- waiting for signatures across the apprenticeships a member of staff may see, counted by tutor and by employer):
-- each review's number, where it is (the review table's state), when it falls due (null while a break in learning
-- pauses it) and when its meeting is. Never what the review records, its draft, or who signed it.
CREATE VIEW review.progress_review AS
SELECT id, apprenticeship_id, number, state, due_date, meeting_at
FROM progress_review;

COMMENT ON VIEW review.progress_review IS 'Published by review: each progress review''s state and dates, for the review compliance report';
