-- What the reporting module's funding audit evidence pack reads of off-the-job training (docs/adr/0006;
-- docs/domain/audit-and-inspection.md): each entry of the ledger, its state, and its evidence (a kept file's id, a
-- link, or a portfolio item). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS otj;

CREATE VIEW otj.entry AS
SELECT id, apprenticeship_id, activity_date, minutes, activity_type, description, state, evidence_file_id,
       evidence_name, evidence_link, portfolio_evidence_id, reviewed_at, employer_confirmed_at
FROM otj_entry;
