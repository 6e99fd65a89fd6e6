-- What a prior learning decision reduces, as the funding rules worked it out when it was decided
-- (docs/domain/funding-rules.md, "Recognition of prior learning"): the percentage, the minimum off-the-job hours
-- after it, how many days shorter the practical period may be, and the least price reduction (at least half the
-- percentage of the funding band maximum, off the training price). The 2026-27 ILR records the price reduction.
-- Null while undecided, and where the rules could not work it out (the standard's published minimum not recorded):
-- unknown, never 0.
ALTER TABLE prior_learning
    ADD COLUMN prior_learning_percentage NUMERIC(4, 1),
    ADD COLUMN reduced_minimum_otj_hours NUMERIC(6, 1),
    ADD COLUMN duration_reduction_days   INT,
    ADD COLUMN price_reduction_percentage NUMERIC(5, 2),
    ADD COLUMN minimum_price_reduction   NUMERIC(10, 2);
