-- What the reporting module's funding audit evidence pack and risk list read of onboarding (docs/adr/0006;
-- docs/domain/audit-and-inspection.md): each training plan version and its signatures, whether each onboarding task
-- is complete (never its answers), the English and maths results and exemptions, the skills scan done and the
-- prior learning claim's evidence. A file id is a kept file's id in the file store. Columns are kept or added,
-- never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS enrolment;

CREATE VIEW enrolment.training_plan_version AS
SELECT apprenticeship_id, number, created_at, sha256, changes,
       (content -> 'content' ->> 'plannedOtjHours')::numeric AS planned_otj_hours
FROM training_plan_version;

CREATE VIEW enrolment.onboarding_signature AS
SELECT apprenticeship_id, document, document_version, party, typed_name, signed_at, document_sha256
FROM onboarding_signature;

CREATE VIEW enrolment.onboarding_task AS
SELECT apprenticeship_id, task, completed, updated_at
FROM onboarding_task;

CREATE VIEW enrolment.english_maths_result AS
SELECT apprenticeship_id, subject, kind, result, assessed_on, source
FROM english_maths_result;

CREATE VIEW enrolment.english_maths_exemption AS
SELECT apprenticeship_id, subject, qualification, certificate_file_id, certificate_name, uploaded_at, verified_at
FROM english_maths_exemption;

CREATE VIEW enrolment.skills_scan AS
SELECT apprenticeship_id, rater, count(*) AS ratings, max(rated_at) AS rated_at
FROM skills_scan_rating
GROUP BY apprenticeship_id, rater;

CREATE VIEW enrolment.prior_learning_claim AS
SELECT apprenticeship_id, evidence_file_id, evidence_name, applied_at, hours_recognised, decided_at
FROM prior_learning;
