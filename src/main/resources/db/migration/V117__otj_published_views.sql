-- What other modules may read of off-the-job training, as read-only views in the schema named after the module
-- (docs/adr/0006). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS otj;

-- Published by otj for the reporting module's behind-pace report (the provider's list of apprenticeships whose
-- approved off-the-job hours are below the amber threshold of those expected to date): each apprenticeship's pace
-- as worked out for the day in as_of. A reader first asks OffTheJobHours.bringPaceUpToDate(), and judges a row's
-- status with OffTheJobHours.statusRule(); the arithmetic stays otj's. Planned and minimum hours are null while
-- not known (never zero); approved and waiting hours are in minutes as recorded.
CREATE VIEW otj.pace AS
SELECT apprenticeship_id, planned_hours, minimum_hours, approved_minutes, pending_minutes, expected_hours,
       shortfall_hours, behind, as_of
FROM otj_pace;

COMMENT ON VIEW otj.pace IS 'Published by otj: each apprenticeship''s off-the-job pace of the day, for the behind-pace report';
