-- The kept funding forecast's sums of pairs (docs/performance.md, "The narrowed funding forecast from kept sums"): each
-- funding year's totals by standard and employer together, by standard and tutor, and by employer and tutor, kept with
-- the lines and the other sums in the same transaction, so a reader who sees the whole provider and narrows the
-- forecast by one standard, employer or tutor reads them (its lines by the other two, a page at a time) instead of
-- grouping the lines on each request. Derived: the provider export leaves it out (it is worked out again).

-- Kind 'SE' a standard and an employer, 'ST' a standard and a tutor, 'ET' an employer and a tutor: the key is the
-- first's key and the second's, a space between (the standard's reference, '' when none is recorded, and the ids). The
-- kinds kept so far are as they were, so a node of the release before this one reads and writes them as it did.
ALTER TABLE funding_forecast_sum DROP CONSTRAINT funding_forecast_sum_kind_check;
ALTER TABLE funding_forecast_sum
    ALTER COLUMN kind TYPE varchar(2),
    ALTER COLUMN key TYPE varchar(80);
ALTER TABLE funding_forecast_sum ADD CONSTRAINT funding_forecast_sum_kind_check
    CHECK (kind IN ('P', 'S', 'E', 'T', 'SE', 'ST', 'ET'));

-- A forecast kept before the pairs were is worked out again at the first start (until then every narrowed forecast is
-- grouped on request, as before).
UPDATE funding_forecast SET sums_kept = false;
