-- The learner's facts the ILR needs that the learner record did not hold (docs/domain/ilr.md, "The learner's facts").

-- The provider's own reference for the learner in the ILR: given once, from a sequence, when the learner is added
-- (every learner already recorded gets one now); never changed and never given to anyone else. The ILR allows 1 to
-- 12 letters, digits or spaces: these are "WP" and 10 digits.
CREATE SEQUENCE learner_reference_seq;
ALTER TABLE learner
    ADD COLUMN learner_reference VARCHAR(12) NOT NULL
        DEFAULT ('WP' || lpad(nextval('learner_reference_seq')::text, 10, '0'));
CREATE UNIQUE INDEX learner_reference_uq ON learner (learner_reference);

-- Prior attainment and postcode before enrolment, and whether they were asked about contact restrictions.
CREATE TABLE learner_ilr
(
    learner_id       UUID PRIMARY KEY REFERENCES learner (id) ON DELETE CASCADE,
    prior_attainment VARCHAR(40),
    postcode_prior   VARCHAR(8),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the learner asked not to be contacted about, or how: none means no restriction.
CREATE TABLE learner_contact_restriction
(
    learner_id  UUID        NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    restriction VARCHAR(40) NOT NULL,
    PRIMARY KEY (learner_id, restriction)
);

-- Sensitive, beside the declarations: the categories of a declared learning difficulty, disability or health
-- problem, one of them the main one.
CREATE TABLE learner_lldd_category
(
    learner_id UUID        NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    category   VARCHAR(60) NOT NULL,
    main       BOOLEAN     NOT NULL,
    PRIMARY KEY (learner_id, category)
);
CREATE UNIQUE INDEX learner_lldd_category_one_main ON learner_lldd_category (learner_id) WHERE main;
