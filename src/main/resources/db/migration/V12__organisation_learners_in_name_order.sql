-- Lists of apprentices in the order of their names (the portfolio caseload, and any list ordered by
-- lower(full_name)) read the first page from this index instead of sorting every learner: for someone who sees the
-- whole provider at the reference scale, 450 ms to 0.5 ms for a page of 25 (docs/performance.md).
CREATE INDEX learner_full_name_order_idx ON learner (lower(full_name), id);
