-- Which onboarding tasks of an apprenticeship are done, for a cohort's page in admissions (docs/adr/0006).
CREATE VIEW enrolment.onboarding_task AS
SELECT apprenticeship_id, task, completed
FROM onboarding_task;
