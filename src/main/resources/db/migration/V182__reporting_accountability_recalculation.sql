-- "Recalculate now" (docs/domain/accountability.md, "When the figures are calculated"): each press is kept while the
-- calculation runs in the background and after it ends, so every node's page can say "Recalculating: started at …"
-- and the API can answer where the press has got to. QUEUED until the background picks it up, RUNNING while it holds
-- the calculation's lock, then DONE (with the snapshot it made) or FAILED (with words for the page, never a stack
-- trace). At most one press is under way at a time. Who pressed is the account; the audit trail says the rest.
CREATE TABLE accountability_recalculation
(
    id           uuid PRIMARY KEY,
    requested_at timestamptz NOT NULL,
    requested_by uuid        NOT NULL,
    state        varchar(10) NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    started_at   timestamptz,
    finished_at  timestamptz,
    snapshot_id  uuid,
    failure      text
);
CREATE INDEX accountability_recalculation_newest_idx ON accountability_recalculation (requested_at DESC);
CREATE UNIQUE INDEX accountability_recalculation_one_under_way
    ON accountability_recalculation ((TRUE)) WHERE state IN ('QUEUED', 'RUNNING');
