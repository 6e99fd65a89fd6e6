-- When a learner's details were anonymised: at the end of their records' retention period, or on an erasure request
-- (docs/domain/retention.md). Their apprenticeships and the facts the figures count stay.
ALTER TABLE learner ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
