-- The view other modules may read: who each learner works with, from their current apprenticeship
-- (docs/domain/enrolment.md, "Who an apprentice works with"; docs/adr/0004).
COMMENT ON VIEW learner_apprenticeship IS 'Published by enrolment: each learner''s current apprenticeship (the latest still under way, else the latest) with its employer, line manager, tutor and status. Read-only; columns are kept or added, never renamed.';
