-- The kept sums of pairs (V183_9) found by either of their two keys: a forecast narrowed by one employer or tutor has
-- few pairs among the many employers and tutors, so its lines by the other are read from its own pairs and named
-- (instead of every employer walked in the order of their names to find them: 300 ms for a tutor at the reference
-- scale), and every narrowing counts its lines by the others from its pairs alone.
CREATE INDEX funding_forecast_sum_first_key ON funding_forecast_sum (funding_year, kind, split_part(key, ' ', 1));
CREATE INDEX funding_forecast_sum_second_key ON funding_forecast_sum (funding_year, kind, split_part(key, ' ', 2));
