-- What the reporting module's funding audit evidence pack reads of the portfolio (docs/adr/0006;
-- docs/domain/audit-and-inspection.md): each evidence item's current file. A file that failed the virus scan is not
-- released: its row says so and carries no file id, so no reader can hand it on. Columns are kept or added, never
-- renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS portfolio;

CREATE VIEW portfolio.evidence_file AS
SELECT e.id AS evidence_id, e.apprenticeship_id, e.title, e.evidence_date, e.state, v.number, v.file_name,
       v.media_type, v.file_size, v.sha256, v.scan <> 'QUARANTINED' AS released,
       CASE WHEN v.scan <> 'QUARANTINED' THEN v.file_id END AS file_id
FROM portfolio_evidence e
     JOIN portfolio_evidence_version v ON v.evidence_id = e.id AND v.number = e.current_number
WHERE v.file_id IS NOT NULL;

-- The KSBs signed off for each apprenticeship, for the inspection self-assessment's KSB coverage (how many of the
-- standard's KSBs are signed off). Never who signed them off.
CREATE VIEW portfolio.ksb_sign_off AS
SELECT apprenticeship_id, ksb_code, signed_off_at
FROM portfolio_ksb_sign_off;
