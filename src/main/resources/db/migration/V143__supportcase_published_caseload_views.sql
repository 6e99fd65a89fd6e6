-- What other modules may read of support for the caseload board (docs/adr/0006; docs/domain/accountability.md,
-- "The caseload board"): each apprenticeship's computed at-risk signals (their codes and the reasons in words, never
-- a case's notes), and the stage of its open support case. Columns are kept or added, never renamed or removed.
CREATE SCHEMA IF NOT EXISTS supportcase;

CREATE VIEW supportcase.at_risk AS
SELECT apprenticeship_id, severity, signal_codes, reasons, computed_at
FROM at_risk_indicator;

COMMENT ON VIEW supportcase.at_risk IS 'Published by supportcase: each apprenticeship''s at-risk signals, for the caseload board';

CREATE VIEW supportcase.open_case AS
SELECT DISTINCT ON (apprenticeship_id) apprenticeship_id, stage, opened_at
FROM support_case
WHERE closed_at IS NULL
ORDER BY apprenticeship_id, opened_at DESC;

COMMENT ON VIEW supportcase.open_case IS 'Published by supportcase: the stage of each apprenticeship''s open support case, for the caseload board';
