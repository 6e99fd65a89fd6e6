-- What other modules may read of the gateway and end-point assessment, as read-only views in the schema named after
-- the module (docs/adr/0006). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS epa;

-- Published by epa for the reporting module's EPA bookings report: each booked assessment method, when and where,
-- with which end-point assessment organisation and assessor, and its attempt (a resit is attempt 2). Never the
-- reasonable adjustments agreed for the apprentice.
CREATE VIEW epa.booking AS
SELECT id, apprenticeship_id, method, epao_id, starts_at, place, assessor, attempt
FROM epa_booking;

COMMENT ON VIEW epa.booking IS 'Published by epa: each end-point assessment booking, for the EPA bookings report';

-- Published by epa for the reporting module's EPA results report (the distribution of overall grades): where each
-- apprenticeship's end-point assessment is (the EPA table's stage) and its overall grade once graded. Never the
-- gateway meeting's notes or who attended it.
CREATE VIEW epa.record AS
SELECT apprenticeship_id, stage, overall_grade
FROM epa_record;

COMMENT ON VIEW epa.record IS 'Published by epa: each apprenticeship''s EPA stage and overall grade, for the EPA results report';
