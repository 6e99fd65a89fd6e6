-- The prior learning decided for each apprenticeship, for the ILR and reports (docs/adr/0006): the hours recognised
-- and what they reduce. Undecided claims are not shown. Columns are kept or added, never renamed or removed while a
-- reader uses them.
CREATE SCHEMA IF NOT EXISTS enrolment;

CREATE VIEW enrolment.prior_learning AS
SELECT apprenticeship_id, hours_recognised, prior_learning_percentage, reduced_minimum_otj_hours,
       duration_reduction_days, price_reduction_percentage, minimum_price_reduction, decided_at
FROM prior_learning
WHERE decided_at IS NOT NULL;
