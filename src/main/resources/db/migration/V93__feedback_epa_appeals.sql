-- An appeal against an end-point assessment result, raised through the feedback module by the epa module (issue 10,
-- item 3: "an appeal to the EPAO (through the feedback module)"): the apprenticeship it is about, the EPAO that
-- assessed, the method and the grade appealed against. Empty on every other case.
ALTER TABLE feedback ADD COLUMN apprenticeship_id UUID REFERENCES apprenticeship (id);
ALTER TABLE feedback ADD COLUMN epao_name TEXT;
ALTER TABLE feedback ADD COLUMN assessment_method TEXT;
ALTER TABLE feedback ADD COLUMN appealed_grade TEXT;
CREATE INDEX feedback_apprenticeship_idx ON feedback (apprenticeship_id) WHERE apprenticeship_id IS NOT NULL;
