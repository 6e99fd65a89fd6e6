-- The employer reference number the ILR names an employer by (its employer identifier): 9 digits, the last a check
-- digit; empty while not yet known (docs/domain/identifiers.md, "Employer reference number").
ALTER TABLE employer ADD COLUMN employer_reference_number VARCHAR(9);
