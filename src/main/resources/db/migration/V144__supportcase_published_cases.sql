-- What the reporting module's inspection self-assessment reads of support cases (docs/adr/0006;
-- docs/domain/audit-and-inspection.md): each case's stage, when it opened and closed. Never its reason, meetings,
-- timeline or kind. Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS supportcase;

CREATE VIEW supportcase.support_case AS
SELECT id, apprenticeship_id, stage, opened_at, closed_at
FROM support_case;
