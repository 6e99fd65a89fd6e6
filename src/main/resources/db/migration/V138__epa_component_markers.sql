-- Under the assessment reform (docs/domain/assessment-reform.md) a component of the apprenticeship assessment may be
-- marked by the training provider rather than the assessment organisation: each attempt keeps who marked it and, for
-- the provider, the name of its marker. Results recorded before stay as they were (marked by the assessment
-- organisation, with no name).
ALTER TABLE epa_result ADD COLUMN marked_by TEXT CHECK (marked_by IN ('PROVIDER', 'ASSESSMENT_ORGANISATION'));
ALTER TABLE epa_result ADD COLUMN marker_name TEXT;
