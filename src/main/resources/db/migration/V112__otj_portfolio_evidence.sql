-- An off-the-job entry may point to one of the apprentice's portfolio evidence items (issue 5, Logging 1: "optionally
-- evidence (a file, or a link to portfolio evidence once that exists)"). No foreign key: the portfolio is another
-- module's table, and the off-the-job service checks the item is the same apprenticeship's when the entry is saved.
ALTER TABLE otj_entry ADD COLUMN portfolio_evidence_id UUID;
