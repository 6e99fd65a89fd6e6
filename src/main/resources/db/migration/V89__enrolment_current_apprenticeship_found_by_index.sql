-- The same published view of each learner's current apprenticeship (the latest still under way, else the latest), with
-- the same columns and the same choice, written so that a filter on its employer, tutor or line manager reads only
-- those apprenticeships through their indexes. Written with DISTINCT ON (V76), a filter that is not on learner_id
-- made PostgreSQL build the whole view first: the employers list counted each employer's apprentices by reading all
-- 100,000 apprenticeships, 25 times a page (over 3 s; 13 ms this way, docs/performance.md).
CREATE OR REPLACE VIEW learner_apprenticeship AS
SELECT a.learner_id, a.id AS apprenticeship_id, a.employer_id, a.line_manager_id, a.tutor_id, a.status
FROM apprenticeship a
WHERE a.id = (SELECT b.id FROM apprenticeship b
              WHERE b.learner_id = a.learner_id
              ORDER BY b.status IN ('ONBOARDING', 'IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY', 'END_POINT_ASSESSMENT') DESC,
                       b.start_date DESC, b.created_at DESC, b.id
              LIMIT 1);

CREATE INDEX IF NOT EXISTS apprenticeship_line_manager_idx ON apprenticeship (line_manager_id);
