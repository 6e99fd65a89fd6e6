-- What other modules may read of apprenticeships, as read-only views in the schema named after the module
-- (docs/adr/0006). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS enrolment;

CREATE VIEW enrolment.apprenticeship AS
SELECT id, learner_id, employer_id, line_manager_id, tutor_id, standard_reference, standard_version, start_date,
       planned_end_date, epa_period_months, weekly_hours, funding_type, training_price, epa_price, epao_id, status,
       migrated, created_at
FROM apprenticeship;

CREATE VIEW enrolment.apprenticeship_staff AS
SELECT apprenticeship_id, staff_id, part
FROM apprenticeship_staff;
