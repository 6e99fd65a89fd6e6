-- A session planned for a whole group (a cohort's planned session) carries the key of that plan, so the group's
-- newcomers are added to the same session rather than given one of their own (docs/domain/teaching-sessions.md).
ALTER TABLE delivery_session ADD COLUMN plan_key TEXT;
CREATE UNIQUE INDEX delivery_session_plan_key ON delivery_session (plan_key) WHERE plan_key IS NOT NULL;
