-- Who answered a complaint at its current stage, and who answered the stage before: your complaints policy has a
-- different person handle each stage, never the one who answered the stage before (docs/domain/complaints-policy.md).
-- Cases answered before this column existed have no record of who answered; nobody is excluded on their account.
ALTER TABLE feedback ADD COLUMN responded_by UUID;
ALTER TABLE feedback ADD COLUMN stage_before_responded_by UUID;
