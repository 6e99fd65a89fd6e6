-- The feedback module finds learners in their first three months by the learner record's creation (their start,
-- until apprenticeships carry start dates): Learners.addedBetween filters and sorts on it.
CREATE INDEX learner_created_idx ON learner (created_at, id);
