-- An EPA appeal is now raised as a feedback case (the feedback module tracks its deadlines, owner and outcome); the
-- epa row keeps the link, what was appealed, and the outcome feedback reports back, then the EPAO's revised grade
-- when the appeal is upheld.
ALTER TABLE epa_appeal ADD COLUMN feedback_id UUID;
ALTER TABLE epa_appeal ADD COLUMN feedback_reference TEXT;
ALTER TABLE epa_appeal ADD COLUMN epao_name TEXT;
ALTER TABLE epa_appeal ADD COLUMN appealed_grade TEXT;
ALTER TABLE epa_appeal ADD COLUMN decided_on DATE;
ALTER TABLE epa_appeal ADD COLUMN outcome_reason TEXT;
ALTER TABLE epa_appeal ADD COLUMN revised_grade TEXT;
ALTER TABLE epa_appeal ADD COLUMN revised_on DATE;
ALTER TABLE epa_appeal ADD COLUMN revised_by UUID;
CREATE UNIQUE INDEX epa_appeal_feedback ON epa_appeal (feedback_id) WHERE feedback_id IS NOT NULL;

-- The grade an upheld appeal replaced, on the result it revised (the attempt count stays as it was).
ALTER TABLE epa_result ADD COLUMN revised_from TEXT;
ALTER TABLE epa_result ADD COLUMN revised_by_appeal UUID;
