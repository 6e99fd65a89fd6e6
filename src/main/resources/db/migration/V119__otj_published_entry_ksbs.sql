-- The off-the-job ledger as published (V115), with the knowledge, skills and behaviours each entry claims, which a
-- learner's transfer pack carries to their next provider (docs/domain/transfer-pack.md). Columns are only added.
CREATE OR REPLACE VIEW otj.entry AS
SELECT id, apprenticeship_id, activity_date, minutes, activity_type, description, state, evidence_file_id,
       evidence_name, evidence_link, portfolio_evidence_id, reviewed_at, employer_confirmed_at, ksbs
FROM otj_entry;
