-- Expected hours change every day, so the lists that rank thousands of apprenticeships by shortfall (the tutor's
-- caseload, the provider's behind-pace report) read them from here instead of working them out per request:
-- worked out for every apprenticeship once a day (as_of), and again for one apprenticeship whenever its entries,
-- plan or status change. See waypoint.otj.internal.PaceSnapshots.
ALTER TABLE otj_pace
    ADD COLUMN expected_hours  NUMERIC(8, 1) NOT NULL DEFAULT 0,
    ADD COLUMN shortfall_hours NUMERIC NOT NULL DEFAULT 0,
    ADD COLUMN behind          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN as_of           DATE NOT NULL DEFAULT DATE '1900-01-01';

-- Every apprenticeship has its row, so the lists can join rather than outer-join.
INSERT INTO otj_pace (apprenticeship_id, updated_at)
SELECT a.id, now() FROM apprenticeship a
WHERE NOT EXISTS (SELECT 1 FROM otj_pace t WHERE t.apprenticeship_id = a.id);

-- The report: everyone behind, largest shortfall first, one page read from the front of this index.
CREATE INDEX otj_pace_behind_idx ON otj_pace (shortfall_hours DESC, apprenticeship_id) WHERE behind;
-- "Is anything not yet worked out for today?": a probe of this index.
CREATE INDEX otj_pace_as_of_idx ON otj_pace (as_of);
