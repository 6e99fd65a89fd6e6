-- The provider's own planning policy, stricter than the funding rules (issue 3): the share of contracted hours it
-- plans as off-the-job training whatever the start date, and the weeks between progress reviews. NULL follows the
-- funding rules alone. The defaults are the seed handbook's (seed 000: "20% Off the Job Training"; "Progress
-- reviews take place every 12 weeks from the programme start date").
ALTER TABLE provider
    ADD COLUMN otj_percentage_of_contracted_hours NUMERIC(4, 1) DEFAULT 20
        CHECK (otj_percentage_of_contracted_hours > 0 AND otj_percentage_of_contracted_hours <= 100),
    ADD COLUMN review_interval_weeks SMALLINT DEFAULT 12
        CHECK (review_interval_weeks BETWEEN 1 AND 52);
