-- The apprenticeship is the one record of a learner's employer, line manager and tutor: the learner record no longer
-- keeps copies that could disagree with it (docs/adr/0004). What the columns held was kept by the script before.
DROP INDEX IF EXISTS learner_employer_idx;
DROP INDEX IF EXISTS learner_tutor_idx;
DROP INDEX IF EXISTS learner_line_manager_idx;
ALTER TABLE learner
    DROP COLUMN employer_id,
    DROP COLUMN line_manager_id,
    DROP COLUMN tutor_id;
