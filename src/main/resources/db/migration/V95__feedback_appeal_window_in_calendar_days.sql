-- "Within 20 days of the related assessment" counts calendar days (the learner handbook names no working days), so
-- the setting is renamed to say so; its value stays as the provider set it (docs/domain/complaints-policy.md).
ALTER TABLE feedback_settings RENAME COLUMN appeal_window_working_days TO appeal_window_days;
