-- The reviews still in hand (due, planned, or waiting for signatures) with their state and due date, so that review
-- compliance counts them for every tutor and employer from the index alone (docs/performance.md).
CREATE INDEX progress_review_in_hand ON progress_review (apprenticeship_id) INCLUDE (state, due_date)
    WHERE state IN ('DUE', 'PLANNED', 'AWAITING_SIGNATURES');
