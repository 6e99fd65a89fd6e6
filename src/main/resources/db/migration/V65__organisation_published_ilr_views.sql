-- The learner's and employer's ILR facts, published for the ILR return (docs/adr/0006; docs/domain/ilr.md, "The
-- learner's facts"). New views beside those of the organisation's published views, so those stay as they are.
-- Answers are the names of the lists in waypoint.organisation.IlrLists, each of which carries its ILR code.
CREATE SCHEMA IF NOT EXISTS organisation;

-- Every learner, with their reference number; prior attainment and postcode before enrolment where recorded.
CREATE VIEW organisation.learner_ilr AS
SELECT l.id AS learner_id, l.learner_reference, i.prior_attainment, i.postcode_prior
FROM learner l
         LEFT JOIN learner_ilr i ON i.learner_id = l.id;

-- The kinds of a declared learning difficulty, disability or health problem, one of them the main one.
CREATE VIEW organisation.learner_lldd_category AS
SELECT learner_id, category, main
FROM learner_lldd_category;

-- What each learner asked not to be contacted about, or how.
CREATE VIEW organisation.learner_contact_restriction AS
SELECT learner_id, restriction
FROM learner_contact_restriction;

-- Each employer's reference number, null while not yet known.
CREATE VIEW organisation.employer_reference AS
SELECT id AS employer_id, employer_reference_number
FROM employer;
