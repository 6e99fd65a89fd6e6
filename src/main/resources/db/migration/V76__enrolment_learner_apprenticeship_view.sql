-- Who each learner works with, read from their apprenticeship: the one record of their employer, line manager and
-- tutor (docs/domain/enrolment.md, "Who an apprentice works with"). A learner's current apprenticeship is the latest
-- still under way, or else the latest. Published for the organisation module's learner lists, home pages and access
-- checks, which may not call the enrolment module's code; learner_id is the DISTINCT ON key, so a query that joins
-- on it reads one learner's apprenticeships through apprenticeship_learner_idx.
CREATE VIEW learner_apprenticeship AS
SELECT DISTINCT ON (a.learner_id)
       a.learner_id, a.id AS apprenticeship_id, a.employer_id, a.line_manager_id, a.tutor_id, a.status
FROM apprenticeship a
ORDER BY a.learner_id,
         a.status IN ('ONBOARDING', 'IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY', 'END_POINT_ASSESSMENT') DESC,
         a.start_date DESC, a.created_at DESC, a.id;
