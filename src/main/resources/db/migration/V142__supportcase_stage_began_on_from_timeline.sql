-- Data fix for V141: the day each existing case's current stage began, from the first timeline entry of its
-- current stage (the day it was opened when there is none).
UPDATE support_case c
SET stage_began_on = COALESCE(
        (SELECT CAST(min(e.at) AT TIME ZONE 'Europe/London' AS DATE) FROM support_case_event e
         WHERE e.case_id = c.id AND e.stage = c.stage),
        CAST(c.opened_at AT TIME ZONE 'Europe/London' AS DATE));

-- Before V141 a case kept only stage 3's time plan, carried on into stages 4 and 5: their own plan is unknown (the
-- case page warns), never stage 3's.
UPDATE support_case SET stage_plan_until = NULL WHERE stage IN ('STAGE_4', 'STAGE_5');
