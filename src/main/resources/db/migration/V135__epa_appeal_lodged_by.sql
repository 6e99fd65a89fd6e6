-- Who lodged an EPA appeal: the apprentice, or the employer (named), who is then sent the decision as well
-- (docs/domain/gateway-and-epa.md, Appeals). Appeals recorded before this were the apprentice's.
ALTER TABLE epa_appeal ADD COLUMN lodged_by TEXT NOT NULL DEFAULT 'APPRENTICE';
ALTER TABLE epa_appeal ADD COLUMN lodged_by_name TEXT;
