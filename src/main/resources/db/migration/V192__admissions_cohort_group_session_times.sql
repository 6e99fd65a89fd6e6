-- When and where a cohort's planned group sessions are held (the same for each), so that they can be scheduled in
-- delivery for the cohort's apprentices (docs/domain/admissions.md, "Cohorts"). Unset until staff say.
ALTER TABLE admissions_cohort ADD COLUMN group_session_time TIME;
ALTER TABLE admissions_cohort ADD COLUMN group_session_minutes INT;
ALTER TABLE admissions_cohort ADD COLUMN group_session_place TEXT;
