-- What the ILR return reads of the end-point assessment record (docs/adr/0006; docs/domain/ilr.md): the stage, the
-- actual end of learning, the achievement date and the overall grade. Columns are kept or added, never renamed.
CREATE SCHEMA IF NOT EXISTS epa;

CREATE VIEW epa.completion AS
SELECT apprenticeship_id, stage, overall_grade, actual_end_date, achievement_date
FROM epa_record;
