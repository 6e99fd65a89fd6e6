-- The provider's EPA settings (one row): how many times a method may be assessed (the first attempt, resits and
-- retakes) and the working days after an assessment within which an appeal may be made. Neither the seeds nor the
-- design give a figure for end-point assessments: each standard's assessment plan and each EPAO's appeals policy set
-- them (seed 001, "Assessment and Accreditation"), so these are the provider's defaults, which an administrator
-- changes. The 20 days echo seed 000's window for appeals to an awarding organisation.
CREATE TABLE epa_settings (
    id                         INT PRIMARY KEY CHECK (id = 1),
    maximum_attempts           INT NOT NULL,
    appeal_window_working_days INT NOT NULL,
    version                    INT NOT NULL
);
INSERT INTO epa_settings (id, maximum_attempts, appeal_window_working_days, version) VALUES (1, 3, 20, 0);
