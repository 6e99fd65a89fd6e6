-- The reviews still to be held (due or planned) in the order they fall due, carrying what review compliance lists of
-- them: its overdue and due-this-week lists read a page at a time from this index, in due-date order, rather than
-- sorting every review still to be held (docs/performance.md).
CREATE INDEX progress_review_open_by_due ON progress_review (due_date)
    INCLUDE (id, apprenticeship_id, number, state, meeting_at)
    WHERE state IN ('DUE', 'PLANNED');
