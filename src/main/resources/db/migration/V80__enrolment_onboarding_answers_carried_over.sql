-- Where a form task's answers were carried over from (such as "the application APP-1001"), shown to staff until one of
-- them saves the task, which is their check (docs/domain/admissions.md, "Conversion").
ALTER TABLE onboarding_task ADD COLUMN carried_from TEXT;
