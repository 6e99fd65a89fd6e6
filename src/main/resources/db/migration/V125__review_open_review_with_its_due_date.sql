-- At most one open review (due or planned) per apprenticeship, as before, now carrying its due date: the caseload
-- board and its provider-wide overview read every apprenticeship's next review date from the index alone rather
-- than from each review's row (docs/performance.md).
CREATE UNIQUE INDEX progress_review_one_open_with_due ON progress_review (apprenticeship_id) INCLUDE (due_date)
    WHERE state IN ('DUE', 'PLANNED');
DROP INDEX progress_review_one_open;
