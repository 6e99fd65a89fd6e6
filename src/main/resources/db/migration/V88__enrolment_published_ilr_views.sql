-- What the ILR return reads of an apprenticeship's history and training plan (docs/adr/0006; docs/domain/ilr.md,
-- "How Waypoint builds the return"). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS enrolment;

-- Every change of status and of employer, dated: starts, breaks and returns (with how far the planned end moved),
-- withdrawals with their reason, gateway, end-point assessment and completion.
CREATE VIEW enrolment.apprenticeship_status_change AS
SELECT id, apprenticeship_id, transition, from_status, to_status, effective_date, recorded_at, withdrawal_reason,
       expected_return_date, employment_ended, previous_employer_id, new_employer_id, planned_end_moved_days
FROM apprenticeship_status_change;

-- The newest version of each training plan: the planned off-the-job hours and the functional skills English and
-- maths it plans (a level, or none).
CREATE VIEW enrolment.training_plan AS
SELECT DISTINCT ON (apprenticeship_id) apprenticeship_id, number AS version,
       (content -> 'content' ->> 'plannedOtjHours')::numeric AS planned_otj_hours,
       content -> 'content' -> 'functionalSkills' ->> 'english' AS english_planned,
       content -> 'content' -> 'functionalSkills' ->> 'maths' AS maths_planned
FROM training_plan_version
ORDER BY apprenticeship_id, number DESC;
