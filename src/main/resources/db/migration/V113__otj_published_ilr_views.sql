-- What the ILR return reads of off-the-job training (docs/adr/0006; docs/domain/ilr.md): the approved hours of each
-- apprenticeship, the running total kept with every entry change. Columns are kept or added, never renamed.
CREATE SCHEMA IF NOT EXISTS otj;

CREATE VIEW otj.approved_hours AS
SELECT apprenticeship_id, approved_minutes, last_approved_date
FROM otj_pace;
