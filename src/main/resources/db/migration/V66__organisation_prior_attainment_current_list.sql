-- Prior attainment follows the ILR's current list (docs/domain/ilr.md, "The learner's facts"). The older list's
-- "other qualifications below level 1" has no equal in it: such an answer is cleared, so the learner's page shows
-- it as missing and it is asked again, rather than reported as a level the learner may not hold.
UPDATE learner_ilr SET prior_attainment = NULL WHERE prior_attainment = 'BELOW_LEVEL_1';
